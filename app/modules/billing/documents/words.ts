import type { InvoiceDocument } from "../document";
import { translate, type Locale, type Vars } from "~/modules/i18n";
import { formatDay, monthOf, type IsoDate } from "~/utils/calendar";
import { formatMoney } from "~/utils/money";

/**
 * Words, amounts and dates of one document in its customer's language: the PDF and the UBL
 * say the same things the same way.
 */
export function documentWords(locale: Locale) {
  const t = (key: string, vars?: Vars) => translate(locale, key, vars);
  const money = (cents: number) => formatMoney(cents, locale);
  const day = (date: IsoDate) => formatDay(date, locale);
  const quantityFormat = new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 3 });
  return {
    t,
    money,
    day,
    /** One day, a whole calendar month ("december 2026") or "1 december 2026 t/m 14 januari 2027". */
    period(range: { start: IsoDate; end: IsoDate }) {
      if (range.start === range.end) return day(range.start);
      const month = monthOf(range.start);
      if (month.start === range.start && month.end === range.end) return formatDay(range.start, locale, "month");
      return t("invoiceDocument.period", { start: day(range.start), end: day(range.end) });
    },
    quantity(value: number, unitCode: string) {
      const unit = unitCode === "C62" ? "" : ` ${t(`invoiceDocument.unit.${unitCode}`)}`;
      return `${quantityFormat.format(value)}${unit}`;
    },
    /** "21%" for standard and zero rates; E and AE name their treatment instead. */
    rate(category: string, percent: number) {
      if (category === "E" || category === "AE") return t(`invoiceDocument.rate.${category}`);
      return `${percent}%`;
    },
    paymentTerms(doc: InvoiceDocument) {
      return t("invoiceDocument.ubl.paymentTerms", { dueDate: day(doc.dueDate), reference: doc.paymentReference });
    },
    creditTerms(doc: InvoiceDocument) {
      return t("invoiceDocument.ubl.creditTerms", { number: doc.corrects?.number ?? doc.number });
    },
  };
}

export type DocumentWords = ReturnType<typeof documentWords>;
