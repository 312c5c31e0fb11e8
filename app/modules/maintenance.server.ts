import { deleteExpiredSessions } from "~/modules/auth/session.server";
import { pruneLoginAttempts } from "~/modules/auth/throttle.server";
import { logger } from "~/utils/logger.server";

/** Hourly clean-up of rows that only matter for a while: expired sessions, old login attempts. */
export function startMaintenance(intervalMs = 3600_000) {
  const run = async () => {
    try {
      await deleteExpiredSessions();
      await pruneLoginAttempts();
    } catch (error) {
      logger.error("maintenance failed", { error });
    }
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
