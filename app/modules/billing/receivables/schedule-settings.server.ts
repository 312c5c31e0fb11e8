import { eq, sql } from "drizzle-orm";
import { reminderSettings } from "#db/schema";
import { db, type Executor } from "~/utils/db.server";
import { DEFAULT_REMINDER_SCHEDULE, type ReminderSchedule } from "./schedule";

/** The werkplaats's reminder schedule, or the defaults while the manager has not set one. */
export async function reminderScheduleOf(werkplaatsId: string, tx: Executor = db): Promise<ReminderSchedule> {
  const [row] = await tx.select().from(reminderSettings).where(eq(reminderSettings.werkplaatsId, werkplaatsId));
  return row ? { firstAfterDays: row.firstAfterDays, secondAfterDays: row.secondAfterDays } : DEFAULT_REMINDER_SCHEDULE;
}

export async function saveReminderSchedule(werkplaatsId: string, schedule: ReminderSchedule) {
  await db
    .insert(reminderSettings)
    .values({ werkplaatsId, ...schedule })
    .onConflictDoUpdate({ target: reminderSettings.werkplaatsId, set: { ...schedule, updatedAt: sql`now()` } });
}
