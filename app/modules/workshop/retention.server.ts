import { and, lt, notExists, eq } from "drizzle-orm";
import { trajectories, workshopIntakes } from "#db/schema";
import { db } from "~/utils/db.server";
import { todayIn } from "~/utils/zoned-time";

/**
 * AVG: an intake that never became a trajectory is deleted once the period stated at consent
 * (`retain_until`) has passed; its move log goes with it. An intake behind a trajectory stays,
 * as the trajectory's evaluation and follow-up need it. The clock is a parameter for tests.
 */
export async function deleteExpiredIntakes(now = new Date()) {
  const today = todayIn(now);
  const deleted = await db
    .delete(workshopIntakes)
    .where(
      and(
        lt(workshopIntakes.retainUntil, today),
        notExists(db.select({ id: trajectories.id }).from(trajectories).where(eq(trajectories.intakeId, workshopIntakes.id))),
      ),
    )
    .returning({ id: workshopIntakes.id });
  return deleted.length;
}
