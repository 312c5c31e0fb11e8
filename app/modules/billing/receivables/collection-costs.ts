import { divideHalfUp } from "~/utils/money";

/**
 * The statutory collection costs (Besluit vergoeding voor buitengerechtelijke incassokosten,
 * art. 2): a falling percentage over slices of the principal, at least €40 and at most €6,775.
 * Rates in per mille so the sum is exact; rounded half up once, on the total.
 */
const STAFFEL = [
  { sliceCents: 2_500_00, perMille: 150 },
  { sliceCents: 2_500_00, perMille: 100 },
  { sliceCents: 5_000_00, perMille: 50 },
  { sliceCents: 190_000_00, perMille: 10 },
  { sliceCents: Number.POSITIVE_INFINITY, perMille: 5 },
] as const;
export const MIN_COLLECTION_COSTS_CENTS = 40_00;
export const MAX_COLLECTION_COSTS_CENTS = 6_775_00;

export function collectionCostsCents(principalCents: number): number {
  if (!Number.isSafeInteger(principalCents) || principalCents <= 0)
    throw new Error(`collection costs need a positive principal, got ${principalCents}`);
  let rest = principalCents;
  let thousandths = 0;
  for (const { sliceCents, perMille } of STAFFEL) {
    const slice = Math.min(rest, sliceCents);
    thousandths += slice * perMille;
    rest -= slice;
    if (rest === 0) break;
  }
  const cents = divideHalfUp(thousandths, 1000);
  return Math.min(MAX_COLLECTION_COSTS_CENTS, Math.max(MIN_COLLECTION_COSTS_CENTS, cents));
}
