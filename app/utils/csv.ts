import { toLocalParts } from "~/utils/zoned-time";

/**
 * CSV as Dutch spreadsheets open it: semicolons, CRLF, UTF-8 with a byte-order mark. Cells that
 * start like a formula get a leading apostrophe, so a member named "=HYPERLINK(…)" stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A negative amount ("-12,50") starts with a minus but is a number, not a formula: it stays a number. */
const NEGATIVE_AMOUNT = /^-\d+(,\d+)?$/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text) && !NEGATIVE_AMOUNT.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(";")).join("\r\n")}\r\n`;
}

/**
 * An instant as a spreadsheet reads it: "2026-03-01 14:05", wall-clock time in the werkplaats's
 * zone (the header says which), not UTC.
 */
export function csvTime(instant: Date | null | undefined, zone: string): string {
  if (!instant) return "";
  const { date, time } = toLocalParts(instant, zone);
  return `${date} ${time}`;
}
