import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { StatusBadge } from "~/components/ui/status-badge";
import { useLocale, useT } from "~/modules/i18n";
import { formatTime } from "~/utils/dates";

type Presence = {
  inside: {
    id: string;
    name: string;
    viaDayPass: boolean;
    unpaid: boolean;
    method: string;
    checkedInAt: string | Date;
    checkedOutAt: string | Date | null;
  }[];
  expected: { id: string; name: string; area: string; viaDayPass: boolean; userId: string | null; code: string | null }[];
};

/** Today's list at the reception: who is in (and who left), and who is expected. */
export function PresenceList({ presence, busy }: { presence: Presence; busy: boolean }) {
  const t = useT();
  const locale = useLocale();
  const inNow = presence.inside.filter((p) => !p.checkedOutAt).length;
  return (
    <section className="card" aria-labelledby="today-title">
      <h2 id="today-title" className="text-xl font-bold">
        {t("reception.today", { n: inNow })}
      </h2>
      {presence.inside.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("reception.nobody")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200">
          {presence.inside.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
              <span>
                <span className="font-semibold">{p.name}</span>{" "}
                {p.viaDayPass ? <StatusBadge tone="info">{t("reception.dayPass")}</StatusBadge> : null}{" "}
                {p.unpaid ? <StatusBadge tone="warn">{t("daypass.unpaid")}</StatusBadge> : null}
                <span className="block text-sm text-slate-600">
                  {t("reception.inAt", { time: formatTime(p.checkedInAt, locale) })}
                  {p.checkedOutAt ? ` · ${t("reception.outAt", { time: formatTime(p.checkedOutAt, locale) })}` : ""}
                  {" · "}
                  {t(`reception.method.${p.method}`)}
                </span>
              </span>
              {!p.checkedOutAt ? (
                <Form method="post">
                  <input type="hidden" name="checkInId" value={p.id} />
                  <Button
                    type="submit"
                    name="intent"
                    value="checkout"
                    variant="secondary"
                    small
                    disabled={busy}
                    aria-label={t("reception.checkOutLabel", { name: p.name })}
                  >
                    {t("reception.checkOut")}
                  </Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {presence.expected.length > 0 ? (
        <>
          <h3 className="mt-5 font-bold">{t("reception.expected", { n: presence.expected.length })}</h3>
          <ul className="mt-2 divide-y divide-slate-200">
            {presence.expected.map((e) => (
              <li key={e.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <span>
                  <span className="font-semibold">{e.name || t("floor.guest")}</span>{" "}
                  {e.viaDayPass ? <StatusBadge tone="info">{t("reception.dayPass")}</StatusBadge> : null}
                  <span className="block text-sm text-slate-600">{e.area}</span>
                </span>
                {/* The same check-in as the search: a day pass by its code, a member by id. */}
                <Form method="post">
                  {e.code ? (
                    <input type="hidden" name="code" value={e.code} />
                  ) : (
                    <input type="hidden" name="userId" value={e.userId ?? ""} />
                  )}
                  <Button
                    type="submit"
                    name="intent"
                    value={e.code ? "checkin-code" : "checkin-member"}
                    small
                    disabled={busy}
                    aria-label={t("reception.checkInLabel", { name: e.name || t("floor.guest") })}
                  >
                    {t("reception.checkIn")}
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
