import { z } from "zod";
import { email, euros, requiredText } from "~/utils/fields";
import { exclForIncl, formatMoney, inclBtw } from "~/utils/money";
import { invalid } from "~/utils/errors";

/** No request may ask less than a euro (Stripe's own floor is € 0,50) or more than € 100.000. */
export const MINIMUM_FLOOR_CENTS = 100;
export const MAXIMUM_CEILING_CENTS = 100_000_00;

export type RequestBounds = { minimumCents: number; maximumCents: number; btwRate: number };

/** A request without a maximum of its own caps the amount at ten times the suggestion (at least € 1.000). */
export const defaultMaximum = (suggestedCents: number) => Math.min(MAXIMUM_CEILING_CENTS, Math.max(suggestedCents * 10, 1000_00));

/**
 * The payer's form: the amount in euros (incl. BTW) within the request's bounds (the page states
 * them beside the field), and who the invoice is for.
 */
export const amountChoiceSchema = (bounds: RequestBounds) =>
  z.object({
    amount: euros(MAXIMUM_CEILING_CENTS).superRefine((cents, ctx) => {
      if (cents < bounds.minimumCents) {
        ctx.addIssue({ code: "custom", message: "billing.checkout.errors.belowMinimum" });
      } else if (cents > bounds.maximumCents) {
        ctx.addIssue({ code: "custom", message: "billing.checkout.errors.aboveMaximum" });
      }
    }),
    name: requiredText(120),
    email: email(),
  });

/**
 * The invoice line for an amount paid incl. BTW: the excl. price that makes exactly that gross.
 * At 21 % some gross amounts cannot be reached in whole cents; the payer is told the nearest two.
 */
export function lineForPaidAmount(amountCents: number, btwRate: number) {
  const excl = exclForIncl(amountCents, btwRate);
  if (excl !== null) return excl;
  let lower = amountCents - 1;
  while (exclForIncl(lower, btwRate) === null) lower--;
  const higher = inclBtw((exclForIncl(lower, btwRate) ?? 0) + 1, btwRate);
  // The refusal names the amounts as the payer types them into the form (the Dutch way, which
  // parseEuros reads), whatever the page's language.
  throw invalid(
    "billing.checkout.errors.unreachable",
    { rate: btwRate, lower: formatMoney(lower, "nl"), higher: formatMoney(higher, "nl") },
    "amount",
  );
}
