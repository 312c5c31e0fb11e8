import { and, eq, isNull, lte } from "drizzle-orm";
import { roleAssignments, subsidies, subsidyDeadlines, users, werkplaatsen } from "#db/schema";
import { isLocale } from "~/modules/i18n";
import { enqueueMail } from "~/modules/notifications/index.server";
import { addDays, formatDay } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { todayIn } from "~/utils/zoned-time";

/** A report for a subsidy giver takes time to write: the manager hears of it two weeks ahead. */
const REMINDER_DAYS_AHEAD = 14;

/**
 * Mails every manager of the werkplaats about each reporting deadline that is two weeks away or
 * nearer and not yet reminded, once: the deadline row is claimed FOR UPDATE SKIP LOCKED and marked
 * in the same transaction as the mails are queued, so instances running this at once send one set.
 */
export async function remindSubsidyDeadlines(now = new Date()): Promise<number> {
  const horizon = addDays(todayIn(now, "UTC"), REMINDER_DAYS_AHEAD + 1);
  const due = await db
    .select({ id: subsidyDeadlines.id })
    .from(subsidyDeadlines)
    .where(and(isNull(subsidyDeadlines.remindedAt), lte(subsidyDeadlines.dueOn, horizon)));
  let reminded = 0;
  for (const { id } of due) {
    const sent = await db.transaction(async (tx) => {
      const [row] = await tx
        .select({ deadline: subsidyDeadlines, subsidy: subsidies.name, werkplaats: werkplaatsen })
        .from(subsidyDeadlines)
        .innerJoin(subsidies, eq(subsidies.id, subsidyDeadlines.subsidyId))
        .innerJoin(werkplaatsen, eq(werkplaatsen.id, subsidies.werkplaatsId))
        .where(and(eq(subsidyDeadlines.id, id), isNull(subsidyDeadlines.remindedAt)))
        .for("update", { of: subsidyDeadlines, skipLocked: true });
      if (!row) return false;
      // Exactly two weeks ahead in the werkplaats's own calendar; a past deadline is still worth a word.
      if (row.deadline.dueOn > addDays(todayIn(now, row.werkplaats.timezone), REMINDER_DAYS_AHEAD)) return false;
      const managers = await tx
        .select({ email: users.email, name: users.name, locale: users.locale })
        .from(roleAssignments)
        .innerJoin(users, eq(users.id, roleAssignments.userId))
        .where(and(eq(roleAssignments.werkplaatsId, row.werkplaats.id), eq(roleAssignments.role, "manager")));
      for (const manager of managers) {
        const locale = isLocale(manager.locale) ? manager.locale : "nl";
        await enqueueMail(tx, {
          werkplaatsId: row.werkplaats.id,
          to: manager.email,
          locale,
          template: "mail.subsidyDeadline",
          vars: {
            name: manager.name,
            werkplaats: row.werkplaats.name,
            subsidy: row.subsidy,
            what: row.deadline.what,
            date: formatDay(row.deadline.dueOn, locale),
          },
        });
      }
      await tx.update(subsidyDeadlines).set({ remindedAt: now }).where(eq(subsidyDeadlines.id, id));
      return true;
    });
    if (sent) reminded += 1;
  }
  return reminded;
}
