import type { Locale } from "~/modules/i18n";

/**
 * Money is integer cents everywhere. This module is where cents meet people: euro input is
 * parsed to cents, cents become text for pages, form inputs and spreadsheets, and BTW is
 * computed. Only integer arithmetic: a float never decides a cent on an invoice.
 */

/** BTW rates in whole percent (the Dutch rates are 21, 9 and 0). */
export type BtwPercent = number;

const displayFormats: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }),
  en: new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }),
};

function assertCents(cents: number, what: string) {
  if (!Number.isSafeInteger(cents)) throw new Error(`${what} expects integer cents, got ${cents}`);
}

/**
 * Cents for a reader: 17500 → "€ 175,00" (nl) or "€175.00" (en). The language is required: a
 * default made English pages show Dutch amounts under English dates.
 */
export function formatMoney(cents: number, locale: Locale): string {
  assertCents(cents, "formatMoney");
  return displayFormats[locale].format(cents / 100);
}

/**
 * Cents as a form input or a spreadsheet cell reads them: 17500 → "175,00", -1250 → "-12,50".
 * No currency sign and no thousands separator, so it parses back with `parseEuros` unchanged.
 */
export function centsToInput(cents: number): string {
  assertCents(cents, "centsToInput");
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

/**
 * Euros typed by a person → integer cents, or null when it is not an amount. Accepts the Dutch
 * way ("12,50", "1.234,56", "€ 1.234,56"), whole euros ("1234") and a decimal point with one or
 * two decimals ("12.5"); a dot followed by three digits is a thousands separator ("1.234" is
 * 1234 euros). A leading minus is a credit; more than two decimals are refused, not rounded.
 */
export function parseEuros(input: string): number | null {
  const cleaned = input.replace(/€|\s/g, "");
  const match = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(cleaned) ?? /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const [, sign, whole = "", fraction = ""] = match;
  const cents = Number(whole.replace(/\./g, "")) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(cents)) return null;
  return sign === "-" && cents !== 0 ? -cents : cents;
}

/**
 * numerator / denominator rounded half away from zero, exactly, for integers. Half up for
 * positive amounts; a credit note (negative) mirrors its invoice cent for cent.
 */
export function divideHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new Error(`divideHalfUp expects integers and a positive denominator, got ${numerator}/${denominator}`);
  }
  const abs = Math.abs(numerator);
  const remainder = abs % denominator;
  const quotient = (abs - remainder) / denominator + (remainder * 2 >= denominator ? 1 : 0);
  return numerator < 0 ? -quotient : quotient;
}

/** The BTW on an amount excl. BTW, rounded once, half up. */
export function btwCents(exclCents: number, rate: BtwPercent): number {
  assertCents(exclCents, "btwCents");
  return divideHalfUp(exclCents * rate, 100);
}

/** An amount excl. BTW plus its BTW. */
export function inclBtw(exclCents: number, rate: BtwPercent): number {
  return exclCents + btwCents(exclCents, rate);
}

export type LineAmounts = { exclCents: number; btwCents: number; inclCents: number; rate: BtwPercent };

/**
 * One invoice line: a price excl. BTW per unit times a quantity, BTW on the line rounded once.
 * `per` prices parts of a unit without floats: 90 minutes at an hourly price is
 * `{ unitCents, quantity: 90, per: 60 }`. Negative quantities or prices make a credit line.
 */
export function lineFromExcl(line: { unitCents: number; quantity?: number; per?: number; rate: BtwPercent }): LineAmounts {
  assertCents(line.unitCents, "lineFromExcl");
  const exclCents = divideHalfUp(line.unitCents * (line.quantity ?? 1), line.per ?? 1);
  const btw = btwCents(exclCents, line.rate);
  return { exclCents, btwCents: btw, inclCents: exclCents + btw, rate: line.rate };
}

/**
 * A line priced incl. BTW (a day pass at the desk): the excl. part is rounded half up and the
 * BTW is what remains, so excl. + BTW is always exactly the price paid.
 */
export function lineFromIncl(inclCents: number, rate: BtwPercent): LineAmounts {
  assertCents(inclCents, "lineFromIncl");
  const exclCents = divideHalfUp(inclCents * 100, 100 + rate);
  return { exclCents, btwCents: inclCents - exclCents, inclCents, rate };
}

/**
 * Cents as a machine-readable decimal, the way XML files (bank statements, SEPA, UBL) write
 * amounts: 15725 → "157.25", -1250 → "-12.50". No thousands separator, always two decimals.
 */
export function centsToDecimal(cents: number): string {
  assertCents(cents, "centsToDecimal");
  return centsToInput(cents).replace(",", ".");
}

/**
 * A machine-written decimal amount → cents: "157.25" (XML) or "157,25" and "157," (MT940). Null
 * when it is not an unsigned amount with at most two decimals; more decimals are refused, not rounded.
 */
export function decimalToCents(text: string, separator: "." | "," = "."): number | null {
  const [whole = "", fraction = "", ...rest] = text.trim().split(separator);
  if (rest.length > 0 || !/^\d+$/.test(whole) || !/^\d{0,2}$/.test(fraction)) return null;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Who a price is shown to: a consumer pays incl. BTW and must see it so; a business books excl. BTW. */
export type PriceAudience = "consumer" | "business";

export type ShownPrice = { cents: number; inclBtw: boolean; exclCents: number; btwCents: number; inclCents: number; rate: BtwPercent };

/**
 * The one rule for showing a price excl. BTW (as plans, passes and tickets are stored) to
 * someone buying: consumers see it incl. BTW (Dutch consumer law wants the price they pay),
 * businesses excl. BTW. The incl. amount is the invoice line's gross for one unit (BTW on the
 * line rounded half up once), so what the page shows is exactly what the invoice asks.
 */
export function shownPrice(exclCents: number, rate: BtwPercent, audience: PriceAudience): ShownPrice {
  const line = lineFromExcl({ unitCents: exclCents, rate });
  return { cents: audience === "consumer" ? line.inclCents : line.exclCents, inclBtw: audience === "consumer", ...line };
}

/**
 * The price excl. BTW that makes an invoice line of exactly `inclCents` incl. BTW (a €12,50
 * ticket), or null when no excl. amount in whole cents rounds to it: at 21 % some incl.
 * amounts cannot be reached, and the manager is told to pick a cent more or less.
 */
export function exclForIncl(inclCents: number, rate: BtwPercent): number | null {
  assertCents(inclCents, "exclForIncl");
  const guess = divideHalfUp(inclCents * 100, 100 + rate);
  for (const excl of [guess, guess - 1, guess + 1]) {
    if (excl >= 0 && inclBtw(excl, rate) === inclCents) return excl;
  }
  return null;
}
