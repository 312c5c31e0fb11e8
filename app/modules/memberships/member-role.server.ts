import { sql } from "drizzle-orm";
import type { IsoDate } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";

/**
 * Approval grants the member role; this takes it back once the last membership has ended, so a
 * former member no longer sees the member menu, reserves or checks in. Roles granted by hand to
 * someone who never had a membership are left alone, and so is anyone with a membership in force,
 * upcoming or awaiting a decision. Runs with the hourly maintenance; returns how many it removed.
 */
export async function revokeEndedMemberRoles(today: IsoDate = todayIn()): Promise<number> {
  const removed = await db.execute(sql`
    delete from role_assignments ra
    where ra.role = 'member'
      and exists (
        select 1 from memberships m
        where m.werkplaats_id = ra.werkplaats_id and m.user_id = ra.user_id
          and m.status = 'active' and m.end_date < ${today}::date)
      and not exists (
        select 1 from memberships m
        where m.werkplaats_id = ra.werkplaats_id and m.user_id = ra.user_id
          and (m.status = 'pending' or (m.status = 'active' and (m.end_date is null or m.end_date >= ${today}::date))))
    returning ra.user_id`);
  return Array.isArray(removed) ? removed.length : ((removed as { rows?: unknown[] }).rows?.length ?? 0);
}
