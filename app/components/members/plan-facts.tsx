import { useT } from "~/modules/i18n";
import { btwCents, inclBtw } from "~/utils/money";
import { planFacts, priceUnit, type PlanKind } from "~/modules/plans";
import { formatMoney } from "~/utils/money";

type PlanView = Parameters<typeof planFacts>[0] & { priceCents: number; btwRate: number };

/** The price of a plan excl. and incl. BTW, per month, day or card. */
export function PlanPrice({ plan, size = "large" }: { plan: PlanView; size?: "large" | "small" }) {
  const t = useT();
  const unit = priceUnit(plan.kind as PlanKind);
  return (
    <div>
      <p className={size === "large" ? "text-3xl font-bold text-slate-950" : "font-semibold"}>
        {formatMoney(plan.priceCents)}
        <span className="ml-1 text-base font-normal text-slate-700">{t(`plan.price.${unit}`)}</span>
      </p>
      <p className="text-sm text-slate-700">
        {t("plan.price.excl")} · {t("plan.price.incl", { amount: formatMoney(inclBtw(plan.priceCents, plan.btwRate)), rate: plan.btwRate })}
        {plan.btwRate > 0 ? (
          <span className="sr-only"> ({t("plan.price.btwAmount", { amount: formatMoney(btwCents(plan.priceCents, plan.btwRate)) })})</span>
        ) : null}
      </p>
    </div>
  );
}

/** The bullet list of what is included. */
export function PlanFacts({ plan }: { plan: PlanView }) {
  const t = useT();
  return (
    <ul className="space-y-1.5">
      {planFacts(plan).map((fact) => (
        <li key={fact.key} className="flex gap-2">
          <span aria-hidden className="mt-0.5 font-bold text-green-800">
            ✓
          </span>
          <span>{t(fact.key, fact.vars && "cents" in fact.vars ? { amount: formatMoney(Number(fact.vars.cents)) } : fact.vars)}</span>
        </li>
      ))}
    </ul>
  );
}
