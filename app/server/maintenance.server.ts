import { deleteExpiredSessions } from "~/modules/auth/index.server";
import { sendDueReminders } from "~/modules/billing/index.server";
import { queueReminders } from "~/modules/calendar/index.server";
import { releaseExpiredHolds } from "~/modules/events/index.server";
import { releaseExpiredDayPassHolds } from "~/modules/presence/index.server";
import { invoiceDueInstalments, remindSubsidyDeadlines } from "~/modules/partners/index.server";
import { pruneRateLimits } from "~/modules/rate-limits/index.server";
import { revokeEndedMemberRoles } from "~/modules/memberships/index.server";
import { askDueFollowUps, deleteExpiredIntakes } from "~/modules/workshop/index.server";
import { logger } from "~/utils/logger.server";

/**
 * Hourly: clean up rows that only matter for a while (expired sessions, spent rate-limit counters), take
 * the member role from people whose membership has ended, and queue the day-before reminders for
 * bookings, event places and consultation hours (each once), and the payment reminders of
 * overdue invoices (each step once, however many instances run this); delete SME intakes kept past
 * the period stated at consent; ask SMEs three months after delivery which steps they took (each
 * once); give back the event places and flex spots held for a Checkout that was never paid; invoice the sponsor
 * instalments whose date has come (each exactly once); and remind the managers of a subsidy's
 * reporting deadline two weeks ahead (once).
 */
export function startMaintenance(intervalMs = 3600_000) {
  const run = async () => {
    try {
      await deleteExpiredSessions();
      await pruneRateLimits();
      await revokeEndedMemberRoles();
      await queueReminders();
      await sendDueReminders();
      await deleteExpiredIntakes();
      await askDueFollowUps();
      await releaseExpiredHolds();
      await releaseExpiredDayPassHolds();
      await invoiceDueInstalments();
      await remindSubsidyDeadlines();
    } catch (error) {
      logger.error("maintenance failed", { error });
    }
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  // Reminders should not wait an hour after a restart.
  const first = setTimeout(() => void queueReminders().catch((error) => logger.error("reminders failed", { error })), 30_000);
  first.unref();
  return () => {
    clearInterval(timer);
    clearTimeout(first);
  };
}
