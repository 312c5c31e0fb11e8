import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/modules/i18n";
import type { EffectiveStatus } from "~/modules/memberships";
import { nameSaysKind, planName, type PlanKind } from "~/modules/plans";
import { formatDay } from "~/utils/calendar";
import { formatIban } from "~/modules/companies";
import { formatMoney } from "~/utils/money";
import { HistoryList } from "./history-list";
import { MembershipStatus } from "./membership-status";

export type OverviewData = {
  membership: {
    id: string;
    startDate: string;
    endDate: string | null;
    appliedAt: string | Date;
    motivation: string | null;
    declineReason: string | null;
    cancelledAt: string | Date | null;
  };
  status: EffectiveStatus;
  user: { name: string; email: string; phone: string | null };
  company: { id: string; name: string; kvkNumber: string; btwId: string | null; iban: string | null; city: string } | null;
  periods: {
    id: string;
    startsOn: string;
    endsOn: string | null;
    plan: { nameNl: string; nameEn: string; kind: string; priceCents: number; btwRate: number };
  }[];
  pauses: { id: string; startsOn: string; endsOn: string; reason: string | null }[];
  desks: { id: string; label: string; area: string; startsOn: string; endsOn: string | null }[];
  history: { id: string; kind: string; details: Record<string, string | number | null>; at: string | Date; actor: string | null }[];
};

function Range({ from, to }: { from: string; to: string | null }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      {to
        ? t("common.range", { from: formatDay(from, locale), to: formatDay(to, locale) })
        : t("common.rangeOpen", { from: formatDay(from, locale) })}
    </>
  );
}

/** A membership at a glance: who, billed to whom, plans over time, desks, pauses and history. */
export function MembershipOverview({ data, showPerson }: { data: OverviewData; showPerson: boolean }) {
  const t = useT();
  const locale = useLocale();
  const { membership: m } = data;
  return (
    <div className="space-y-6">
      <section className="card" aria-labelledby="overview-title">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="overview-title" className="text-xl font-bold">
            {t("membershipPage.summary")}
          </h2>
          <MembershipStatus status={data.status} />
        </div>
        <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-2">
          {showPerson ? (
            <div>
              <dt className="text-sm text-slate-600">{t("membershipPage.member")}</dt>
              <dd className="font-semibold">
                {data.user.name}
                <span className="block font-normal text-slate-700">
                  <a href={`mailto:${data.user.email}`}>{data.user.email}</a>
                  {data.user.phone ? ` · ${data.user.phone}` : ""}
                </span>
              </dd>
            </div>
          ) : null}
          <div>
            <dt className="text-sm text-slate-600">{t("membershipPage.billedTo")}</dt>
            <dd className="font-semibold">
              {data.company ? (
                <>
                  {data.company.name}
                  <span className="block text-sm font-normal text-slate-700">
                    {t("company.kvkShort", { kvk: data.company.kvkNumber })}
                    {data.company.btwId ? ` · ${t("company.btwShort", { btw: data.company.btwId })}` : ""}
                    {data.company.iban ? ` · ${formatIban(data.company.iban)}` : ""}
                  </span>
                </>
              ) : (
                t("membershipPage.ownName", { name: data.user.name })
              )}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("membershipPage.period")}</dt>
            <dd className="font-semibold">
              <Range from={m.startDate} to={m.endDate} />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("membershipPage.applied")}</dt>
            <dd>{formatDay(new Date(m.appliedAt).toISOString().slice(0, 10), locale)}</dd>
          </div>
          {m.motivation ? (
            <div className="sm:col-span-2">
              <dt className="text-sm text-slate-600">{t("apply.motivation")}</dt>
              <dd className="whitespace-pre-line">{m.motivation}</dd>
            </div>
          ) : null}
          {m.declineReason ? (
            <div className="sm:col-span-2">
              <dt className="text-sm text-slate-600">{t("membershipPage.declineReason")}</dt>
              <dd className="whitespace-pre-line">{m.declineReason}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section className="card overflow-x-auto" aria-labelledby="plans-title">
        <h2 id="plans-title" className="text-xl font-bold">
          {t("membershipPage.plans")}
        </h2>
        <table className="data-table mt-3">
          <thead>
            <tr>
              <th scope="col">{t("membershipPage.col.plan")}</th>
              <th scope="col">{t("membershipPage.col.period")}</th>
              <th scope="col" className="text-right">
                {t("membershipPage.col.price")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.periods.map((p) => (
              <tr key={p.id}>
                <td>
                  <span className="font-semibold">{planName(p.plan, locale)}</span>
                  {!nameSaysKind(planName(p.plan, locale), t(`plan.kind.${p.plan.kind as PlanKind}`)) ? (
                    <span className="block text-slate-600">{t(`plan.kind.${p.plan.kind as PlanKind}`)}</span>
                  ) : null}
                </td>
                <td>
                  <Range from={p.startsOn} to={p.endsOn ?? m.endDate} />
                </td>
                <td className="text-right whitespace-nowrap">{formatMoney(p.plan.priceCents, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.desks.length > 0 ? (
          <>
            <h3 className="mt-5 font-bold">{t("membershipPage.desks")}</h3>
            <ul className="mt-2 space-y-1">
              {data.desks.map((d) => (
                <li key={d.id}>
                  <span className="font-semibold">{t("membershipPage.deskLabel", { desk: d.label, area: d.area })}</span> ·{" "}
                  <Range from={d.startsOn} to={d.endsOn} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {data.pauses.length > 0 ? (
          <>
            <h3 className="mt-5 font-bold">{t("membershipPage.pauses")}</h3>
            <ul className="mt-2 space-y-1">
              {data.pauses.map((p) => (
                <li key={p.id}>
                  <Range from={p.startsOn} to={p.endsOn} />
                  {p.reason ? <span className="text-slate-700"> · {p.reason}</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title" className="mb-4 text-xl font-bold">
          {t("membershipPage.history")}
        </h2>
        <HistoryList events={data.history} />
      </section>
      {showPerson && data.company ? (
        <p className="text-sm">
          <Link to={`/admin/memberships?company=${data.company.id}`}>
            {t("membershipPage.sameCompany", { company: data.company.name })}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
