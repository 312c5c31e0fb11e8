import { Link } from "@remix-run/react";
import { LinkButton } from "~/components/ui/button";
import { useLocale, useT } from "~/modules/i18n";
import type { EffectiveStatus } from "~/modules/memberships";
import { formatDay } from "~/utils/calendar";
import { formatTime } from "~/utils/dates";
import { formatMoney } from "~/utils/money";
import { MembershipStatus } from "./membership-status";

type Home = {
  today: string;
  membership: { id: string; plan: string; status: EffectiveStatus; startDate: string; endDate: string | null } | null;
  stripsLeft: number | null;
  canReserve: boolean;
  next: { id: string; day: string; area: string }[];
  checkedInAt: string | Date | null;
};

/** On the start page: your membership or application, today's check-in and next reservations. */
export function MemberHome({ home }: { home: Home }) {
  const t = useT();
  const locale = useLocale();
  const m = home.membership;
  if (!m) {
    return (
      <section className="card" aria-labelledby="join-title">
        <h2 id="join-title" className="text-xl font-bold">
          {t("homeMember.joinTitle")}
        </h2>
        <p className="mt-1 text-slate-700">{t("homeMember.joinBody")}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <LinkButton to="/plans">{t("myMembership.seePlans")}</LinkButton>
          <LinkButton to="/daypass" variant="secondary">
            {t("myMembership.dayPass")}
          </LinkButton>
        </div>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="member-title">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="member-title" className="text-xl font-bold">
          {m.plan}
        </h2>
        <MembershipStatus status={m.status} />
      </div>
      <p className="mt-1 text-slate-700">
        {m.endDate
          ? t("common.range", { from: formatDay(m.startDate, locale), to: formatDay(m.endDate, locale) })
          : t("common.rangeOpen", { from: formatDay(m.startDate, locale) })}
        {home.stripsLeft !== null ? ` · ${t("homeMember.strips", { n: home.stripsLeft })}` : ""}
      </p>
      {m.status === "pending" ? <p className="mt-3">{t("homeMember.pending")}</p> : null}
      {m.status !== "pending" ? (
        <div className={`mt-4 grid gap-4 ${home.canReserve || home.next.length > 0 ? "sm:grid-cols-2" : ""}`}>
          <div className="rounded-md border border-slate-200 bg-slate-50 p-4">
            <p className="text-sm text-slate-700">{t("homeMember.today")}</p>
            <p className="mt-1 font-semibold">
              {home.checkedInAt ? t("checkin.stateIn", { time: formatTime(home.checkedInAt, locale) }) : t("checkin.notYet")}
            </p>
            {!home.checkedInAt ? (
              <Link to="/checkin" className="mt-2 inline-block">
                {t("checkin.submit")}
              </Link>
            ) : null}
          </div>
          {home.canReserve || home.next.length > 0 ? (
            <div className="rounded-md border border-slate-200 bg-slate-50 p-4">
              <p className="text-sm text-slate-700">{t("homeMember.next")}</p>
              {home.next.length === 0 ? (
                <p className="mt-1">{t("homeMember.noReservations")}</p>
              ) : (
                <ul className="mt-1">
                  {home.next.map((r) => (
                    <li key={r.id}>
                      <span className="font-semibold">{formatDay(r.day, locale, "short")}</span> · {r.area}
                    </li>
                  ))}
                </ul>
              )}
              {home.canReserve ? (
                <Link to="/reservations" className="mt-2 inline-block">
                  {t("nav.reservations")}
                </Link>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
      <p className="mt-4">
        <Link to={`/membership/${m.id}`}>{t("homeMember.details")}</Link>
      </p>
    </section>
  );
}

type Space = {
  pending: number;
  endingSoon: number;
  activeMembers: number;
  mrrCents: number;
  flexReserved: number;
  flexCapacity: number;
  inside: number;
  expected: number;
};

function Figure({ label, value, to }: { label: string; value: string | number; to?: string }) {
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-4">
      <dt className="text-sm text-slate-700">{to ? <Link to={to}>{label}</Link> : label}</dt>
      <dd className="mt-1 text-3xl font-bold text-slate-950">{value}</dd>
    </div>
  );
}

/** On the start page of managers and staff: members and the space today. */
export function SpaceHome({ space, manager }: { space: Space; manager: boolean }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="space-title">
      <h2 id="space-title" className="text-xl font-bold">
        {t("homeSpace.title")}
      </h2>
      <dl className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label={t("homeSpace.inside")} value={space.inside} to="/reception" />
        <Figure
          label={t("homeSpace.flexToday")}
          value={`${space.flexReserved}/${space.flexCapacity}`}
          to={manager ? "/admin/occupancy?period=day" : undefined}
        />
        {manager ? (
          <Figure label={t("homeSpace.pending")} value={space.pending} to="/admin/memberships?view=pending" />
        ) : (
          <Figure label={t("homeSpace.expected")} value={space.expected} to="/reception" />
        )}
        {manager ? <Figure label={t("homeSpace.ending")} value={space.endingSoon} to="/admin/memberships?view=ending" /> : null}
        {manager ? <Figure label={t("homeSpace.active")} value={space.activeMembers} to="/admin/reports" /> : null}
        {manager ? <Figure label={t("reports.mrr")} value={formatMoney(space.mrrCents, locale)} to="/admin/reports" /> : null}
      </dl>
    </section>
  );
}
