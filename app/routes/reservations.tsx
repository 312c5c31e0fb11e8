import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { StatusBadge } from "~/components/ui/status-badge";
import { requireRole } from "~/modules/auth/index.server";
import { reservationFormSchema } from "~/modules/desks";
import { reservationPage, cancelReservation, reserveFlexSpot } from "~/modules/presence/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { formatDay } from "~/utils/calendar";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("nav.reservations");

export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "member");
  return reservationPage(werkplaats.id, user.id, args.context.locale);
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "member");
  const locale = args.context.locale;
  return submitForm(args.request, reservationFormSchema, async (input) => {
    if (input.intent === "reserve") {
      const r = await reserveFlexSpot(werkplaats.id, user.id, { day: input.day, areaId: input.areaId });
      return successReply({ key: "reservation.reserved", vars: { area: r.areaName, date: formatDay(r.day, locale, "weekday") } });
    }
    const day = await cancelReservation(werkplaats.id, user.id, input.reservationId);
    return successReply({ key: "reservation.cancelled", vars: { date: formatDay(day, locale, "weekday") } });
  });
}

export default function Reservations() {
  const t = useT();
  const locale = useLocale();
  const { entitlement, days, areas, mine, now } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader title={t("reservations.title")} intro={t("reservations.intro")} />
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} />
      {entitlement ? (
        <div className="card flex flex-wrap items-center justify-between gap-3">
          <div>
            <p className="text-sm text-slate-600">{t("reservations.yourPlan")}</p>
            <p className="text-lg font-bold">{entitlement.plan}</p>
          </div>
          <p className="text-slate-800">
            {entitlement.stripsLeft !== null
              ? t("reservations.stripsLeft", {
                  left: entitlement.stripsLeft,
                  of: entitlement.stripDays ?? 0,
                  date: entitlement.validUntil ? formatDay(entitlement.validUntil, locale) : "",
                })
              : entitlement.accessDaysPerWeek
                ? t("reservations.daysPerWeek", { days: entitlement.accessDaysPerWeek })
                : t("reservations.unlimited")}
          </p>
        </div>
      ) : (
        <Notice tone="info" title={t("reservations.noPlanTitle")}>
          {t("reservations.noPlanBody")} <Link to="/plans">{t("myMembership.seePlans")}</Link>
        </Notice>
      )}
      {mine.upcoming.length > 0 ? (
        <section className="card" aria-labelledby="mine-title">
          <h2 id="mine-title" className="text-xl font-bold">
            {t("reservations.mine")}
          </h2>
          <ul className="mt-3 divide-y divide-slate-200">
            {mine.upcoming.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <span>
                  <span className="font-semibold">{formatDay(r.day, locale, "weekday")}</span>
                  <span className="block text-slate-700">
                    {r.area}
                    {r.viaDayPass ? ` · ${t("reservations.viaDayPass")}` : ""}
                  </span>
                </span>
                {r.viaDayPass ? null : r.cancellable ? (
                  <Form method="post">
                    <input type="hidden" name="reservationId" value={r.id} />
                    <Button
                      type="submit"
                      name="intent"
                      value="cancel"
                      variant="secondary"
                      small
                      disabled={busy}
                      aria-label={t("reservations.cancelLabel", { date: formatDay(r.day, locale, "weekday") })}
                    >
                      {t("reservations.cancel")}
                    </Button>
                  </Form>
                ) : (
                  <span className="text-sm text-slate-600">{t("reservations.tooLate")}</span>
                )}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm text-slate-600">{t("reservations.cancelRule")}</p>
        </section>
      ) : null}
      {entitlement ? (
        <section aria-labelledby="days-title">
          <h2 id="days-title" className="mb-3 text-xl font-bold">
            {t("reservations.pickDay")}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {days.map((d) => (
              <li key={d.day} className="card">
                <h3 className="font-bold">
                  {formatDay(d.day, locale, "weekday")}
                  {d.day === now ? ` · ${t("reservations.today")}` : ""}
                </h3>
                {d.reservedArea ? (
                  <p className="mt-2 font-semibold text-green-900">✓ {t("reservations.youHave", { area: d.reservedArea })}</p>
                ) : d.closed ? (
                  <p className="mt-2 text-slate-700">
                    <StatusBadge tone="neutral">{t("openingDays.closed")}</StatusBadge>{" "}
                    {d.closed.kind === "day"
                      ? d.closed.reason
                      : t("openingDays.closedWeekly", { weekday: t(`openingDays.weekday.${d.closed.weekday}`) })}
                  </p>
                ) : (
                  <div className="mt-3 flex flex-wrap gap-2">
                    {areas.map((a) => {
                      const free = d.free[a.id] ?? 0;
                      return (
                        <Form method="post" key={a.id}>
                          <input type="hidden" name="day" value={d.day} />
                          <input type="hidden" name="areaId" value={a.id} />
                          <Button
                            type="submit"
                            name="intent"
                            value="reserve"
                            variant={free > 0 ? "primary" : "secondary"}
                            small
                            disabled={busy || free === 0}
                            aria-label={t("reservations.reserveLabel", { area: a.name, date: formatDay(d.day, locale, "weekday"), free })}
                          >
                            {a.name} · {free > 0 ? t("reservations.free", { n: free }) : t("reservations.full")}
                          </Button>
                        </Form>
                      );
                    })}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
