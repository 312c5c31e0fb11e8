/** Money is integer cents everywhere; this is the one place it becomes text (nl-NL, EUR). */
const eur = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

export function formatMoney(cents: number): string {
  if (!Number.isInteger(cents)) throw new Error(`formatMoney expects integer cents, got ${cents}`);
  return eur.format(cents / 100);
}
