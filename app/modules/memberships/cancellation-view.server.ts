import { type IsoDate, maxDate } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { isDomainError, type Message } from "~/utils/errors";
import { previewCancellation } from "./changes.server";
import { periodOn } from "./memberships";
import type { membershipDetail } from "./queries.server";

type Detail = Awaited<ReturnType<typeof membershipDetail>>;

/**
 * What the cancellation panel shows: whether cancelling is possible at all, and for a requested
 * date the end date with its reasons, or why that date cannot be used. Changes nothing.
 */
export async function cancellationView(werkplaatsId: string, detail: Detail, requested: IsoDate | undefined, ownerId?: string) {
  const today = todayIn();
  const m = detail.membership;
  const plan = periodOn(detail.periods, maxDate(today, m.startDate))?.plan;
  const allowed = m.status === "active" && !m.cancelledAt && (m.endDate === null || m.endDate >= today) && plan?.kind !== "strippenkaart";
  let preview: Awaited<ReturnType<typeof previewCancellation>> | null = null;
  let problem: Message | null = null;
  if (allowed && requested) {
    try {
      preview = await previewCancellation(werkplaatsId, m.id, requested, ownerId);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problem = { key: error.key, vars: error.vars };
    }
  }
  return { allowed, today, requested, preview, problem };
}
