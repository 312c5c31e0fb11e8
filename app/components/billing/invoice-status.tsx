import { StatusBadge } from "~/components/ui/status-badge";
import { useLocale, useT } from "~/modules/i18n";
import { formatDay } from "~/utils/calendar";

type Tone = Parameters<typeof StatusBadge>[0]["tone"];
const tones: Record<string, Tone> = {
  draft: "neutral",
  issued: "warn",
  overdue: "bad",
  paid: "good",
  credited: "info",
  settled: "info",
};

/**
 * An invoice's status as text and colour. An open invoice past its due date reads "overdue";
 * `today` comes from the loader (the werkplaats's date), so server and browser agree. An issued
 * credit note is settled against its invoice: nothing is open on it. An open invoice in a direct
 * debit file that has not come back reads "in incasso" with the collection date, overdue or not:
 * the money is on its way and the customer need not transfer it.
 */
export function InvoiceStatus({
  kind,
  status,
  dueDate,
  today,
  inCollectionOn = null,
}: {
  kind: string;
  status: string;
  dueDate: string | null;
  today: string;
  inCollectionOn?: string | null;
}) {
  const t = useT();
  const locale = useLocale();
  if (inCollectionOn) {
    // The date on a line of its own, short like the rest of the app: the badge must fit a phone's table cell.
    return (
      <span className="inline-block">
        <StatusBadge tone="info">{t("billing.status.inCollection")}</StatusBadge>
        <span className="block text-xs text-slate-600">
          {t("billing.status.inCollectionOn", { date: formatDay(inCollectionOn, locale, "short") })}
        </span>
      </span>
    );
  }
  const shown =
    kind === "credit_note" && status !== "draft" ? "settled" : status === "issued" && dueDate && dueDate < today ? "overdue" : status;
  return <StatusBadge tone={tones[shown] ?? "neutral"}>{t(`billing.status.${shown}`)}</StatusBadge>;
}
