import { asc, eq, inArray, sql } from "drizzle-orm";
import { membershipEvents, plans, users, type MembershipEventKind } from "#db/schema";
import type { Locale } from "~/modules/i18n";
import { db, type Executor } from "~/utils/db.server";
import { planName } from "~/modules/plans";

export type EventDetails = Record<string, string | number | null>;

/** Writes a line of history; always inside the transaction that makes the change. */
export async function recordEvent(
  tx: Executor,
  membershipId: string,
  actorId: string | null,
  kind: MembershipEventKind,
  details: EventDetails = {},
) {
  // clock_timestamp(), not now(): several events of one transaction keep their order.
  await tx.insert(membershipEvents).values({ membershipId, actorId, kind, details, createdAt: sql`clock_timestamp()` });
}

/**
 * The history of a membership, oldest first, with the actor's name and plan ids replaced by the
 * plan's name in the reader's language (details keep ids, so a renamed plan reads as it is now).
 */
export async function historyOf(membershipId: string, locale: Locale) {
  const rows = await db
    .select({
      id: membershipEvents.id,
      kind: membershipEvents.kind,
      details: membershipEvents.details,
      at: membershipEvents.createdAt,
      actor: users.name,
    })
    .from(membershipEvents)
    .leftJoin(users, eq(users.id, membershipEvents.actorId))
    .where(eq(membershipEvents.membershipId, membershipId))
    .orderBy(asc(membershipEvents.createdAt), asc(membershipEvents.seq));
  const planIds = new Set<string>();
  for (const r of rows)
    for (const key of ["planId", "fromPlanId", "toPlanId"]) if (typeof r.details[key] === "string") planIds.add(r.details[key] as string);
  const names = new Map<string, string>();
  if (planIds.size > 0) {
    for (const p of await db
      .select({ id: plans.id, nameNl: plans.nameNl, nameEn: plans.nameEn })
      .from(plans)
      .where(inArray(plans.id, [...planIds]))) {
      names.set(p.id, planName(p, locale));
    }
  }
  return rows.map((r) => {
    const details: EventDetails = { ...r.details };
    for (const [key, target] of [
      ["planId", "plan"],
      ["fromPlanId", "fromPlan"],
      ["toPlanId", "toPlan"],
    ] as const) {
      if (typeof details[key] === "string") details[target] = names.get(details[key] as string) ?? "";
    }
    return { id: r.id, kind: r.kind, details, at: r.at, actor: r.actor };
  });
}
