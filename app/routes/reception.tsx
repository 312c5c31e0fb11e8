import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, RadioGroupField, SelectField, SuccessNotice, TextField } from "~/components/form";
import { PresenceList } from "~/components/members/presence-list";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { StatusBadge } from "~/components/ui/status-badge";
import { requireRole } from "~/modules/auth/index.server";
import { areaOptions } from "~/modules/desks/index.server";
import { dayPassPlan } from "~/modules/plans/index.server";
import { formatMoney, shownPrice } from "~/utils/money";
import { useLocale, useT } from "~/modules/i18n";
import { receptionFormSchema, receptionSearchSchema } from "~/modules/presence";
import { receptionAction, receptionSearch, todaysPresence } from "~/modules/presence/index.server";
import { formatDay } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { formatTime } from "~/utils/dates";
import { isErrorReply } from "~/utils/forms";
import { parseQuery, submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("nav.reception");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  const { q } = parseQuery(args.request, receptionSearchSchema);
  const [hits, presence, areas, plan] = await Promise.all([
    q ? receptionSearch(werkplaats.id, q, args.context.locale) : Promise.resolve([]),
    todaysPresence(werkplaats.id),
    areaOptions(werkplaats.id),
    dayPassPlan(werkplaats.id),
  ]);
  return {
    q: q ?? "",
    hits,
    presence,
    today: todayIn(),
    areas: areas.filter((a) => a.capacity > 0),
    // What the guest pays at the desk: the consumer price, incl. BTW.
    passPrice: plan ? shownPrice(plan.priceCents, plan.btwRate, "consumer").cents : null,
  };
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "staff", "manager");
  return submitForm(args.request, receptionFormSchema, async (input) =>
    successReply(await receptionAction(werkplaats, user.id, input, args.context.locale)),
  );
}

export default function Reception() {
  const t = useT();
  const locale = useLocale();
  const { q, hits, presence, today, areas, passPrice } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const intent = isErrorReply(reply) ? reply.values.intent : undefined;
  return (
    <div className="space-y-6">
      <PageHeader title={t("reception.title")} intro={t("reception.intro", { date: formatDay(today, locale, "weekday") })} />
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} labels={{ code: t("reception.code"), name: t("common.name"), email: t("common.email") }} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <section className="card" aria-labelledby="find-title">
            <h2 id="find-title" className="text-xl font-bold">
              {t("reception.find")}
            </h2>
            <Form method="get" role="search" className="mt-3 flex flex-wrap items-end gap-2">
              <div className="min-w-56 flex-1">
                <label htmlFor="q" className="mb-1 block font-semibold">
                  {t("reception.search")}
                </label>
                <input id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} className="input" autoComplete="off" />
              </div>
              <Button type="submit" variant="secondary">
                {t("people.searchSubmit")}
              </Button>
            </Form>
            {q ? (
              hits.length === 0 ? (
                <p className="mt-4 text-slate-700">{t("reception.noHits", { q })}</p>
              ) : (
                <ul className="mt-4 divide-y divide-slate-200">
                  {hits.map((h) => (
                    <li key={h.key} className="flex flex-wrap items-center justify-between gap-3 py-3">
                      <div>
                        <p className="font-semibold">
                          {h.name} {h.kind === "daypass" ? <StatusBadge tone="info">{t("reception.dayPass")}</StatusBadge> : null}{" "}
                          {h.unpaid ? <StatusBadge tone="warn">{t("daypass.unpaid")}</StatusBadge> : null}
                        </p>
                        <p className="text-sm text-slate-700">
                          {[
                            h.detail,
                            h.area ? t("reception.spot", { area: h.area }) : null,
                            h.code ? t("reception.codeValue", { code: h.code }) : null,
                          ]
                            .filter(Boolean)
                            .join(" · ")}
                        </p>
                      </div>
                      {h.unpaid && h.dayPassId ? (
                        <Form method="post" className="flex gap-2">
                          <input type="hidden" name="intent" value="pay-pass" />
                          <input type="hidden" name="dayPassId" value={h.dayPassId} />
                          {(["pin", "cash"] as const).map((method) => (
                            <Button
                              key={method}
                              type="submit"
                              name="method"
                              value={method}
                              variant="secondary"
                              small
                              disabled={busy}
                              aria-label={t("reception.payLabel", { name: h.name, method: t(`reception.method.${method}`) })}
                            >
                              {t(method === "pin" ? "reception.payPin" : "reception.payCash")}
                            </Button>
                          ))}
                        </Form>
                      ) : null}
                      {h.checkedInAt ? (
                        <StatusBadge tone="good">{t("reception.inSince", { time: formatTime(h.checkedInAt, locale) })}</StatusBadge>
                      ) : (
                        <Form method="post">
                          {h.kind === "member" ? (
                            <input type="hidden" name="userId" value={h.userId ?? ""} />
                          ) : (
                            <input type="hidden" name="code" value={h.code ?? ""} />
                          )}
                          <Button
                            type="submit"
                            name="intent"
                            value={h.kind === "member" ? "checkin-member" : "checkin-code"}
                            small
                            disabled={busy}
                            aria-label={t("reception.checkInLabel", { name: h.name })}
                          >
                            {t("reception.checkIn")}
                          </Button>
                        </Form>
                      )}
                    </li>
                  ))}
                </ul>
              )
            ) : null}
          </section>
          <PresenceList presence={presence} busy={busy} />
        </div>
        <div className="space-y-6">
          <section className="card" aria-labelledby="code-title">
            <h2 id="code-title" className="text-xl font-bold">
              {t("reception.byCode")}
            </h2>
            <Form method="post" className="mt-3 flex items-end gap-2" noValidate>
              <div className="flex-1">
                <TextField
                  scope="code"
                  name="code"
                  label={t("reception.code")}
                  autoComplete="off"
                  className="input font-mono uppercase tracking-widest"
                  reply={intent === "checkin-code" ? reply : undefined}
                />
              </div>
              <Button type="submit" name="intent" value="checkin-code" disabled={busy}>
                {t("reception.checkIn")}
              </Button>
            </Form>
          </section>
          <section className="card" aria-labelledby="walkin-title">
            <h2 id="walkin-title" className="text-xl font-bold">
              {t("reception.walkIn")}
            </h2>
            <p className="mt-1 mb-3 text-sm text-slate-700">{t("reception.walkInIntro")}</p>
            <Form method="post" className="space-y-3" noValidate>
              <TextField scope="walkin" name="name" label={t("common.name")} required reply={intent === "walk-in" ? reply : undefined} />
              <TextField
                scope="walkin"
                name="email"
                type="email"
                label={t("common.email")}
                required
                reply={intent === "walk-in" ? reply : undefined}
              />
              <SelectField
                scope="walkin"
                name="areaId"
                label={t("daypass.area")}
                options={[{ value: "", label: t("daypass.anyArea") }, ...areas.map((a) => ({ value: a.id, label: a.name }))]}
              />
              <RadioGroupField
                name="payment"
                legend={passPrice === null ? t("reception.payment") : t("reception.paymentOf", { amount: formatMoney(passPrice, locale) })}
                reply={intent === "walk-in" ? reply : undefined}
                defaultValue="pin"
                options={[
                  { value: "pin", label: t("reception.payNow.pin") },
                  { value: "cash", label: t("reception.payNow.cash") },
                  { value: "", label: t("reception.payLater") },
                ]}
              />
              <Button type="submit" name="intent" value="walk-in" disabled={busy}>
                {t("reception.issue")}
              </Button>
            </Form>
          </section>
        </div>
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
