import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SelectField, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { StatusBadge } from "~/components/ui/status-badge";
import { requireVerifiedUser, requireWerkplaats } from "~/modules/auth/index.server";
import { areaOptions } from "~/modules/desks/index.server";
import { MAX_UNPAID_PASSES, UNPAID_HOLD_UNTIL_HOUR } from "~/modules/desks";
import { useLocale, useT } from "~/modules/i18n";
import { dayPassPlan } from "~/modules/plans/index.server";
import { cancelDayPass, dayPassHoldOf, issueDayPass, myDayPasses } from "~/modules/presence/index.server";
import { CHECKOUT_MINUTES } from "~/modules/events/index.server";
import { isStripeConfigured, startDayPassCheckout } from "~/modules/stripe/index.server";
import { dayPassFormSchema } from "~/modules/presence";
import { closedAhead } from "~/modules/werkplaats/index.server";
import { formatDay, type IsoDate } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney, shownPrice } from "~/utils/money";
import { SaleReceipt } from "~/components/billing/sale-receipt";

export const meta = pageTitle("daypass.title");

/**
 * A day pass for anyone with an account: pick a date, get a check-in code. When Stripe is the
 * payment rail the pass is paid at once at Checkout (the spot held meanwhile); back from there,
 * `?hold=` says what became of the payment.
 */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireVerifiedUser(args);
  const werkplaats = requireWerkplaats(args);
  const url = new URL(args.request.url);
  const [plan, areas, passes, closed, hold] = await Promise.all([
    dayPassPlan(werkplaats.id),
    areaOptions(werkplaats.id),
    myDayPasses(werkplaats.id, user.id),
    closedAhead(werkplaats.id),
    dayPassHoldOf(werkplaats.id, user.id, url.searchParams.get("hold") ?? ""),
  ]);
  return {
    payOnline: isStripeConfigured() ? { holdMinutes: CHECKOUT_MINUTES } : null,
    checkout: hold ? { ...hold, cancelled: url.searchParams.has("cancelled") } : null,
    today: todayIn(),
    price: plan ? shownPrice(plan.priceCents, plan.btwRate, "consumer") : null,
    areas: areas.filter((a) => a.capacity > 0),
    passes,
    closed,
    rule: { maxUnpaid: MAX_UNPAID_PASSES, holdUntilHour: UNPAID_HOLD_UNTIL_HOUR },
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = requireVerifiedUser(args);
  const werkplaats = requireWerkplaats(args);
  const locale = args.context.locale;
  return submitForm(args.request, dayPassFormSchema, async (input) => {
    if (input.intent === "cancel") {
      const day = await cancelDayPass(werkplaats.id, user.id, input.dayPassId);
      return successReply({ key: "daypass.cancelled", vars: { date: formatDay(day, locale, "weekday") } });
    }
    const buyer = { userId: user.id, name: user.name, email: user.email, locale };
    if (isStripeConfigured()) return redirect(await startDayPassCheckout(werkplaats, buyer, { day: input.day, areaId: input.areaId }));
    const pass = await issueDayPass(werkplaats, buyer, { day: input.day, areaId: input.areaId });
    return successReply({
      key: "daypass.issued",
      vars: { date: formatDay(pass.day, locale, "weekday"), code: pass.code, area: pass.areaName },
    });
  });
}

export default function DayPass() {
  const t = useT();
  const locale = useLocale();
  const { today, price, areas, passes, closed, rule, payOnline, checkout } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("daypass.title")} intro={t("daypass.intro")} />
      <SuccessNotice reply={reply} />
      {checkout ? <CheckoutNotice checkout={checkout} /> : null}
      {!price ? (
        <Notice tone="info">{t("daypass.errors.notOnSale")}</Notice>
      ) : (
        <section className="card" aria-labelledby="buy-title">
          <h2 id="buy-title" className="text-xl font-bold">
            {t("daypass.buyTitle")}
          </h2>
          <p className="mt-1 text-slate-700">
            {t("daypass.price", { incl: formatMoney(price.cents, locale), excl: formatMoney(price.exclCents, locale), rate: price.rate })}
          </p>
          <ErrorSummary reply={reply} labels={{ day: t("daypass.day"), areaId: t("daypass.area") }} />
          <Form method="post" className="mt-4 grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end" noValidate>
            <TextField name="day" type="date" label={t("daypass.day")} min={today} defaultValue={today} required reply={reply} />
            <SelectField
              name="areaId"
              label={t("daypass.area")}
              reply={reply}
              options={[{ value: "", label: t("daypass.anyArea") }, ...areas.map((a) => ({ value: a.id, label: a.name }))]}
            />
            <Button type="submit" name="intent" value="buy" disabled={busy}>
              {t("daypass.buy")}
            </Button>
          </Form>
          <p className="mt-3 text-sm text-slate-700">
            {payOnline
              ? t("daypass.hold.payRule", { minutes: payOnline.holdMinutes })
              : t("daypass.unpaidRule", { max: rule.maxUnpaid, hour: rule.holdUntilHour })}
          </p>
          {closed.weekdays.length > 0 || closed.days.length > 0 ? (
            <div className="mt-3 text-sm text-slate-700">
              <p className="font-semibold">{t("openingDays.upcomingClosed")}</p>
              <ul className="mt-1 list-disc pl-5">
                {closed.weekdays.length > 0 ? (
                  <li>
                    {t("openingDays.closedWeekly", { weekday: closed.weekdays.map((d) => t(`openingDays.weekday.${d}`)).join(", ") })}
                  </li>
                ) : null}
                {closed.days.map((d) => (
                  <li key={d.day}>
                    {formatDay(d.day, locale, "weekday")}: {d.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      )}
      <section className="card" aria-labelledby="passes-title">
        <h2 id="passes-title" className="text-xl font-bold">
          {t("daypass.mine")}
        </h2>
        {passes.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("daypass.none")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200">
            {passes.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-semibold">{formatDay(p.day, locale, "weekday")}</p>
                  <p className="text-slate-700">{p.area}</p>
                  <p className="mt-1 flex flex-wrap items-center gap-2">
                    <span className="text-sm text-slate-600">{t("daypass.code")}</span>
                    <span className="rounded bg-slate-900 px-2 py-0.5 font-mono text-lg tracking-widest text-white">{p.code}</span>
                    {p.status === "cancelled" ? (
                      <StatusBadge tone="neutral">{t("daypass.statusCancelled")}</StatusBadge>
                    ) : p.paidAt ? (
                      <StatusBadge tone="good">{t("daypass.paid")}</StatusBadge>
                    ) : p.lapsed ? (
                      <StatusBadge tone="bad">{t("daypass.lapsed")}</StatusBadge>
                    ) : (
                      <StatusBadge tone="warn">{t("daypass.unpaid")}</StatusBadge>
                    )}
                  </p>
                  {p.status === "valid" && !p.paidAt ? <SaleReceipt receipt={p.receipt} /> : null}
                </div>
                {p.status === "valid" && p.day >= today && !p.lapsed ? (
                  <Form method="post">
                    <input type="hidden" name="dayPassId" value={p.id} />
                    <Button
                      type="submit"
                      name="intent"
                      value="cancel"
                      variant="secondary"
                      small
                      disabled={busy}
                      aria-label={t("daypass.cancelLabel", { date: formatDay(p.day, locale, "weekday") })}
                    >
                      {t("daypass.cancel")}
                    </Button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-sm">
          <Link to="/checkin">{t("daypass.toCheckin")}</Link>
        </p>
      </section>
    </div>
  );
}

type Checkout = { status: "pending" | "confirmed" | "released" | "refunded"; day: string; code: string | null; cancelled: boolean };

/** Back from Checkout: paid (with the code), still waiting for Stripe's word, broken off, or paid too late. */
function CheckoutNotice({ checkout }: { checkout: Checkout }) {
  const t = useT();
  const locale = useLocale();
  const date = formatDay(checkout.day as IsoDate, locale, "weekday");
  if (checkout.status === "confirmed" && checkout.code)
    return <Notice tone="success">{t("daypass.hold.paid", { date, code: checkout.code })}</Notice>;
  if (checkout.status === "refunded") return <Notice tone="warning">{t("daypass.hold.refunded", { date })}</Notice>;
  if (checkout.status === "released" || checkout.cancelled) return <Notice tone="warning">{t("daypass.hold.cancelled", { date })}</Notice>;
  return <Notice tone="info">{t("daypass.hold.waiting")}</Notice>;
}

export const ErrorBoundary = ErrorPage;
