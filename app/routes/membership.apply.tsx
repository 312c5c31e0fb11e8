import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, RadioGroupField, SelectField, TextAreaField, TextField } from "~/components/form";
import { PlanFacts, PlanPrice } from "~/components/members/plan-facts";
import { Button, LinkButton } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { requireVerifiedUser, requireWerkplaats } from "~/modules/auth/index.server";
import { companyOf } from "~/modules/companies/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { applyForMembership, myMemberships } from "~/modules/memberships/index.server";
import { applySchema } from "~/modules/memberships";
import { applicablePlans, getPlan } from "~/modules/plans/index.server";
import { isStripeConfigured, startStrippenkaartCheckout } from "~/modules/stripe/index.server";
import { nameSaysKind, planDescription, planName } from "~/modules/plans";
import { todayIn } from "~/utils/zoned-time";
import { formatMoney, inclBtw } from "~/utils/money";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("apply.title");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Guests see the plan and are sent to sign up or log in, coming back here afterwards. */
export async function loader(args: LoaderFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  const url = new URL(args.request.url);
  const linked = url.searchParams.get("plan") ?? undefined;
  const planId = linked && UUID.test(linked) ? linked : undefined;
  const locale = args.context.locale;
  const user = args.context.user;
  const [plans, company, mine] = await Promise.all([
    applicablePlans(werkplaats.id, planId),
    user ? companyOf(werkplaats.id, user.id) : undefined,
    user ? myMemberships(werkplaats.id, user.id) : [],
  ]);
  const open = mine.find((m) => ["pending", "upcoming", "active", "paused", "ending"].includes(m.status));
  return {
    back: url.pathname + url.search,
    guest: !user,
    chosen: plans.find((p) => p.id === planId)?.id ?? plans[0]?.id ?? "",
    today: todayIn(),
    company: company ? { name: company.name } : null,
    open: open ? { id: open.id, status: open.status } : null,
    // With Stripe a strippenkaart is bought and paid at once; other plans are applied for.
    payOnline: isStripeConfigured(),
    plans: plans.map((p) => ({ ...p, name: planName(p, locale), description: planDescription(p, locale) })),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = requireVerifiedUser(args);
  const werkplaats = requireWerkplaats(args);
  return submitForm(args.request, applySchema, async (input) => {
    // With Stripe, a strippenkaart is bought and paid at once (held while paying); everything else is applied for.
    const plan = await getPlan(werkplaats.id, input.planId);
    if (plan.kind === "strippenkaart" && isStripeConfigured()) {
      const locale = args.context.locale;
      const buyer = { id: user.id, name: user.name, email: user.email, locale };
      return redirect(await startStrippenkaartCheckout(werkplaats, buyer, { ...input, planName: planName(plan, locale) }));
    }
    const membership = await applyForMembership(werkplaats, user, input);
    return redirect(`/membership/${membership.id}?applied=1`);
  });
}

export default function Apply() {
  const t = useT();
  const locale = useLocale();
  const { plans, chosen, guest, back, today, company, open, payOnline } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [selected, setSelected] = useState(chosen);
  const plan = plans.find((p) => p.id === selected) ?? plans.find((p) => p.id === chosen);
  if (!plan) {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("apply.title")} />
        <Notice tone="info">{t("apply.noPlans")}</Notice>
      </div>
    );
  }
  const paysNow = payOnline && plan.kind === "strippenkaart";
  const summary = (
    <aside className="card" aria-labelledby="plan-summary">
      <h2 id="plan-summary" className="text-xl font-bold">
        {plan.name}
      </h2>
      {!nameSaysKind(plan.name, t(`plan.kind.${plan.kind}`)) ? (
        <p className="text-sm font-semibold text-slate-600">{t(`plan.kind.${plan.kind}`)}</p>
      ) : null}
      {plan.description ? <p className="mt-2 text-slate-700">{plan.description}</p> : null}
      <div className="mt-3">
        <PlanPrice plan={plan} size="small" />
      </div>
      <div className="mt-3 text-sm">
        <PlanFacts plan={plan} />
      </div>
    </aside>
  );
  if (guest) {
    const to = encodeURIComponent(back);
    return (
      <div className="mx-auto grid max-w-4xl gap-6 md:grid-cols-[1fr_20rem]">
        <div>
          <PageHeader title={t("apply.title")} intro={t("apply.guestIntro")} />
          <div className="flex flex-wrap gap-3">
            <LinkButton to={`/signup?redirectTo=${to}`}>{t("apply.guestSignup")}</LinkButton>
            <LinkButton to={`/login?redirectTo=${to}`} variant="secondary">
              {t("apply.guestLogin")}
            </LinkButton>
          </div>
        </div>
        {summary}
      </div>
    );
  }
  return (
    <div className="mx-auto grid max-w-4xl gap-6 md:grid-cols-[1fr_20rem]">
      <div>
        <PageHeader title={t("apply.title")} intro={t("apply.intro")} />
        {open ? (
          <div className="mb-5">
            <Notice tone="info" title={t(open.status === "pending" ? "apply.openPending" : "apply.openMember")}>
              <Link to={`/membership/${open.id}`}>{t("homeMember.details")}</Link>
            </Notice>
          </div>
        ) : null}
        <div className="card">
          <ErrorSummary
            reply={reply}
            labels={{
              planId: t("apply.plan"),
              startDate: t("apply.startDate"),
              billing: t("apply.billing"),
              motivation: t("apply.motivation"),
            }}
          />
          {paysNow ? (
            <div className="mb-5">
              <Notice tone="info">{t("apply.payNow.notice")}</Notice>
            </div>
          ) : null}
          <Form method="post" className="space-y-5" noValidate>
            <SelectField
              name="planId"
              label={t("apply.plan")}
              defaultValue={plan.id}
              onChange={(e) => setSelected(e.target.value)}
              reply={reply}
              options={plans.map((p) => ({
                value: p.id,
                label: t(`plan.kind.${p.kind}`) === p.name ? p.name : `${p.name} (${t(`plan.kind.${p.kind}`)})`,
              }))}
            />
            <TextField
              name="startDate"
              type="date"
              label={t("apply.startDate")}
              min={today}
              defaultValue={today}
              required
              reply={reply}
              hint={t("apply.startDateHint")}
            />
            <RadioGroupField
              name="billing"
              legend={t("apply.billing")}
              reply={reply}
              defaultValue={company ? "company" : "self"}
              options={[
                {
                  value: "company",
                  label: company ? t("apply.billingCompany", { company: company.name }) : t("apply.billingCompanyNone"),
                  disabled: !company,
                  hint: company ? undefined : (
                    <Link to={`/company?redirectTo=${encodeURIComponent(back)}`}>{t("apply.registerCompany")}</Link>
                  ),
                },
                { value: "self", label: t("apply.billingSelf"), hint: t("apply.billingSelfHint") },
              ]}
            />
            {paysNow ? null : (
              <TextAreaField
                name="motivation"
                label={t("apply.motivation")}
                hint={t("apply.motivationHint")}
                optional
                maxLength={1000}
                reply={reply}
              />
            )}
            <Button type="submit" disabled={busy}>
              {busy
                ? t("common.loading")
                : paysNow
                  ? t("apply.payNow.submit", { amount: formatMoney(inclBtw(plan.priceCents, plan.btwRate), locale) })
                  : t("apply.submit")}
            </Button>
          </Form>
        </div>
      </div>
      {summary}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
