import { translate, type Locale, type Vars } from "~/modules/i18n";
import { formatDay, type IsoDate } from "~/utils/calendar";
import { formatMoney } from "~/utils/money";

/** Words, amounts and dates of the report in one language, as the invoice documents do it. */
export function reportWords(locale: Locale) {
  return {
    locale,
    t: (key: string, vars?: Vars) => translate(locale, key, vars),
    money: (cents: number | null) => (cents === null ? "–" : formatMoney(cents, locale)),
    day: (date: IsoDate) => formatDay(date, locale),
  };
}
