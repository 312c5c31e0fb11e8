import { StatusBadge } from "~/components/ui/status-badge";
import { useT } from "~/modules/i18n/use-t";

type Tone = Parameters<typeof StatusBadge>[0]["tone"];
const tones: Record<string, Tone> = { draft: "neutral", issued: "warn", overdue: "bad", paid: "good", credited: "info" };

/**
 * An invoice's status as text and colour. An open invoice past its due date reads "overdue";
 * `today` comes from the loader (the werkplaats's date), so server and browser agree.
 */
export function InvoiceStatus({ status, dueDate, today }: { status: string; dueDate: string | null; today: string }) {
  const t = useT();
  const shown = status === "issued" && dueDate && dueDate < today ? "overdue" : status;
  return <StatusBadge tone={tones[shown] ?? "neutral"}>{t(`billing.status.${shown}`)}</StatusBadge>;
}
