import { useLocale, useT } from "~/modules/i18n";
import { formatDay, type IsoDate } from "~/utils/calendar";
import { formatMoney } from "~/utils/money";

type Line = { bookingDate: string; amountCents: number; direction: string; counterpartyName: string | null; remittance: string };

/** One bank entry as the manager reads it: date, in or out, amount, who, and what they wrote. */
export function BankLineCells({ line }: { line: Line }) {
  const t = useT();
  const locale = useLocale();
  const credit = line.direction === "credit";
  return (
    <div className="flex min-w-0 flex-wrap items-baseline gap-x-3 gap-y-1">
      <span className="text-sm text-slate-700">{formatDay(line.bookingDate as IsoDate, locale, "short")}</span>
      <span className={`font-semibold tabular-nums ${credit ? "text-green-800" : "text-red-800"}`}>
        {credit ? t("payments.line.in") : t("payments.line.out")} {formatMoney(line.amountCents, locale)}
      </span>
      <span className="font-semibold">{line.counterpartyName ?? "—"}</span>
      <span className="min-w-0 break-words text-slate-700">{line.remittance}</span>
    </div>
  );
}
