import { StatusBadge } from "~/components/ui/status-badge";
import { useT } from "~/modules/i18n";

type Tone = Parameters<typeof StatusBadge>[0]["tone"];
const tones: Record<string, Tone> = { draft: "neutral", issued: "warn", overdue: "bad", paid: "good", credited: "info", settled: "info" };

/**
 * An invoice's status as text and colour. An open invoice past its due date reads "overdue";
 * `today` comes from the loader (the werkplaats's date), so server and browser agree. An issued
 * credit note is settled against its invoice: nothing is open on it.
 */
export function InvoiceStatus({ kind, status, dueDate, today }: { kind: string; status: string; dueDate: string | null; today: string }) {
  const t = useT();
  const shown =
    kind === "credit_note" && status !== "draft" ? "settled" : status === "issued" && dueDate && dueDate < today ? "overdue" : status;
  return <StatusBadge tone={tones[shown] ?? "neutral"}>{t(`billing.status.${shown}`)}</StatusBadge>;
}
