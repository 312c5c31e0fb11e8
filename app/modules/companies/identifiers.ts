/**
 * Dutch and EU business identifiers: KvK number, BTW-id (VAT number) and IBAN.
 * Each `normalize…` strips spaces, dots and dashes and upper-cases; each `is…` checks the result.
 */

const strip = (value: string) => value.replace(/[\s.-]/g, "").toUpperCase();

/** KvK (Chamber of Commerce) numbers are 8 digits; the old eleven-test was dropped in 2016, so format only. */
export function normalizeKvk(value: string) {
  return strip(value);
}
export function isKvkNumber(value: string) {
  return /^[0-9]{8}$/.test(value);
}

/** Letters count as 10..35, as in IBAN checks (A=10, B=11, …, N=23, L=21). */
function lettersToDigits(value: string) {
  return value.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
}

/** The remainder of a long decimal string divided by 97, in chunks so no precision is lost. */
function mod97(digits: string) {
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 7) {
    remainder = Number(String(remainder) + digits.slice(i, i + 7)) % 97;
  }
  return remainder;
}

/**
 * A Dutch BTW-id: NL, 9 digits, B, 2 digits (01–99). Since 2020 sole traders get numbers that pass
 * a mod-97 check over the whole id (as in IBANs); older company numbers pass the eleven-test over
 * the 9 digits (weights 9…2, the last digit weighted −1). Either check is accepted.
 */
export function isDutchBtwId(value: string) {
  const m = /^NL([0-9]{9})B([0-9]{2})$/.exec(value);
  if (!m || m[2] === "00") return false;
  const digits = m[1]!;
  const weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];
  const elevenTest = weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11 === 0;
  const mod97Test = mod97(lettersToDigits(value)) === 1;
  return elevenTest || mod97Test;
}

/** Formats of the other EU member states (VIES), without a checksum: those differ per country. */
const euVatFormats: Record<string, RegExp> = {
  AT: /^U[0-9]{8}$/,
  BE: /^[01][0-9]{9}$/,
  BG: /^[0-9]{9,10}$/,
  CY: /^[0-9]{8}[A-Z]$/,
  CZ: /^[0-9]{8,10}$/,
  DE: /^[0-9]{9}$/,
  DK: /^[0-9]{8}$/,
  EE: /^[0-9]{9}$/,
  EL: /^[0-9]{9}$/,
  ES: /^[A-Z0-9][0-9]{7}[A-Z0-9]$/,
  FI: /^[0-9]{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}[0-9]{9}$/,
  HR: /^[0-9]{11}$/,
  HU: /^[0-9]{8}$/,
  IE: /^([0-9]{7}[A-W][A-I]?|[0-9][A-Z+*][0-9]{5}[A-W])$/,
  IT: /^[0-9]{11}$/,
  LT: /^([0-9]{9}|[0-9]{12})$/,
  LU: /^[0-9]{8}$/,
  LV: /^[0-9]{11}$/,
  MT: /^[0-9]{8}$/,
  PL: /^[0-9]{10}$/,
  PT: /^[0-9]{9}$/,
  RO: /^[0-9]{2,10}$/,
  SE: /^[0-9]{10}01$/,
  SI: /^[0-9]{8}$/,
  SK: /^[0-9]{10}$/,
  XI: /^([0-9]{9}|[0-9]{12}|GD[0-9]{3}|HA[0-9]{3})$/,
};

export function normalizeBtwId(value: string) {
  return strip(value);
}

export type BtwIdProblem = "format" | "checksum";

/** Undefined when valid; otherwise what is wrong, so the message can say it. */
export function btwIdProblem(value: string): BtwIdProblem | undefined {
  const country = value.slice(0, 2);
  if (country === "NL") {
    if (!/^NL[0-9]{9}B[0-9]{2}$/.test(value)) return "format";
    return isDutchBtwId(value) ? undefined : "checksum";
  }
  const format = euVatFormats[country];
  return format?.test(value.slice(2)) ? undefined : "format";
}

export function isBtwId(value: string) {
  return btwIdProblem(value) === undefined;
}

/** IBAN lengths of the SEPA countries; others must be 15–34 characters. */
const ibanLengths: Record<string, number> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
};

export function normalizeIban(value: string) {
  return strip(value);
}

/** Country, length, and the mod-97 check: move the first four characters to the end, letters to numbers, remainder 1. */
export function isIban(value: string) {
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(value)) return false;
  const expected = ibanLengths[value.slice(0, 2)];
  if (expected !== undefined && value.length !== expected) return false;
  if (value.slice(0, 2) === "NL" && !/^NL[0-9]{2}[A-Z]{4}[0-9]{10}$/.test(value)) return false;
  return mod97(lettersToDigits(value.slice(4) + value.slice(0, 4))) === 1;
}

/** "NL91ABNA0417164300" → "NL91 ABNA 0417 1643 00" */
export function formatIban(value: string) {
  return value.replace(/(.{4})/g, "$1 ").trim();
}

/**
 * A SEPA creditor identifier (incassant-ID): country, two check digits, a three-character
 * business code the check skips, and the national id (in the Netherlands the KvK number and
 * four more digits). The check digits are 98 minus mod-97 over the national id, the country and "00".
 */
export function isCreditorId(value: string): boolean {
  const m = /^([A-Z]{2})(\d{2})[A-Z0-9]{3}([A-Z0-9]{1,28})$/.exec(value);
  if (!m) return false;
  const [, country = "", check = "", national = ""] = m;
  if (country === "NL" && !/^\d{12}$/.test(national)) return false;
  return 98 - mod97(lettersToDigits(`${national}${country}00`)) === Number(check);
}
