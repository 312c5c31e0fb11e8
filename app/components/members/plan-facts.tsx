import { useLocale, useT } from "~/modules/i18n";
import { planFacts, priceAudience, priceUnit, type PlanKind } from "~/modules/plans";
import { formatMoney, shownPrice } from "~/utils/money";

type PlanView = Parameters<typeof planFacts>[0] & { priceCents: number; btwRate: number };

/** The price of a plan per month, day or card: incl. BTW for what people buy, excl. for businesses, the other beside it. */
export function PlanPrice({ plan, size = "large" }: { plan: PlanView; size?: "large" | "small" }) {
  const t = useT();
  const locale = useLocale();
  const unit = priceUnit(plan.kind as PlanKind);
  const price = shownPrice(plan.priceCents, plan.btwRate, priceAudience(plan.kind as PlanKind));
  const money = (cents: number) => formatMoney(cents, locale);
  return (
    <div>
      <p className={size === "large" ? "text-3xl font-bold text-slate-950" : "font-semibold"}>
        {money(price.cents)}
        <span className="ml-1 text-base font-normal text-slate-700">{t(`plan.price.${unit}`)}</span>
      </p>
      <p className="text-sm text-slate-700">
        {price.inclBtw
          ? `${t("plan.price.inclRate", { rate: plan.btwRate })} · ${t("plan.price.exclAmount", { amount: money(price.exclCents) })}`
          : `${t("plan.price.excl")} · ${t("plan.price.incl", { amount: money(price.inclCents), rate: plan.btwRate })}`}
        {plan.btwRate > 0 ? <span className="sr-only"> ({t("plan.price.btwAmount", { amount: money(price.btwCents) })})</span> : null}
      </p>
    </div>
  );
}

/** The bullet list of what is included. */
export function PlanFacts({ plan }: { plan: PlanView }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="space-y-1.5">
      {planFacts(plan).map((fact) => (
        <li key={fact.key} className="flex gap-2">
          <span aria-hidden className="mt-0.5 font-bold text-green-800">
            ✓
          </span>
          <span>
            {t(fact.key, fact.vars && "cents" in fact.vars ? { amount: formatMoney(Number(fact.vars.cents), locale) } : fact.vars)}
          </span>
        </li>
      ))}
    </ul>
  );
}
