import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PlanFacts, PlanPrice } from "~/components/members/plan-facts";
import { LinkButton } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireWerkplaats } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { nameSaysKind, planDescription, planName } from "~/modules/plans";
import { publicPlans } from "~/modules/plans/index.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("plans.public.title", [
  {
    name: "description",
    content: "Flexplek, vaste werkplek, kantoor, virtueel kantoor, dagpas en strippenkaart: prijzen excl. en incl. btw.",
  },
]);

/** The public pricing page: no login needed. */
export async function loader(args: LoaderFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  const locale = args.context.locale;
  const plans = await publicPlans(werkplaats.id);
  return {
    werkplaats: { name: werkplaats.name, email: werkplaats.email, city: werkplaats.city },
    loggedIn: Boolean(args.context.user),
    plans: plans.map((p) => ({
      id: p.id,
      name: planName(p, locale),
      description: planDescription(p, locale),
      kind: p.kind,
      priceCents: p.priceCents,
      btwRate: p.btwRate,
      includedRoomMinutes: p.includedRoomMinutes,
      accessDaysPerWeek: p.accessDaysPerWeek,
      stripDays: p.stripDays,
      stripValidityMonths: p.stripValidityMonths,
      minimumTermMonths: p.minimumTermMonths,
      noticePeriodMonths: p.noticePeriodMonths,
      depositCents: p.depositCents,
    })),
  };
}

export default function PublicPlans() {
  const t = useT();
  const { plans, werkplaats } = useLoaderData<typeof loader>();
  return (
    <div>
      <PageHeader title={t("plans.public.title")} intro={t("plans.public.intro", { werkplaats: werkplaats.name, city: werkplaats.city })} />
      {plans.length === 0 ? (
        <div className="card text-slate-700">{t("plans.public.empty", { email: werkplaats.email })}</div>
      ) : (
        <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {plans.map((plan) => (
            <li key={plan.id} className="card flex flex-col">
              <h2 className="text-xl font-bold">{plan.name}</h2>
              {!nameSaysKind(plan.name, t(`plan.kind.${plan.kind}`)) ? (
                <p className="text-sm font-semibold text-slate-600">{t(`plan.kind.${plan.kind}`)}</p>
              ) : null}
              {plan.description ? <p className="mt-2 text-slate-700">{plan.description}</p> : null}
              <div className="mt-4">
                <PlanPrice plan={plan} />
              </div>
              <div className="mt-4 flex-1">
                <PlanFacts plan={plan} />
              </div>
              <div className="mt-6">
                {plan.kind === "day_pass" ? (
                  <LinkButton to="/daypass" aria-label={t("plans.public.buyDayPassLabel", { plan: plan.name })}>
                    {t("plans.public.buyDayPass")}
                  </LinkButton>
                ) : (
                  <LinkButton to={`/membership/apply?plan=${plan.id}`} aria-label={t("plans.public.applyLabel", { plan: plan.name })}>
                    {t("plans.public.apply")}
                  </LinkButton>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-8 text-slate-700">{t("plans.public.footnote", { email: werkplaats.email })}</p>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
