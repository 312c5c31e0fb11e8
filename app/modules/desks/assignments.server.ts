import { and, asc, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import { areas, deskAssignments, desks, memberships, users, type DeskKind } from "#db/schema";
import { addDays, formatDay, type IsoDate } from "~/utils/calendar";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { conflict, invalid, notFound } from "~/utils/errors";

/** Assignments of a desk that overlap [from, to] (to = null: open-ended), with who holds them. */
function overlapping(tx: Executor, deskId: string, from: IsoDate, to: IsoDate | null) {
  return tx
    .select({ startsOn: deskAssignments.startsOn, endsOn: deskAssignments.endsOn, holder: users.name })
    .from(deskAssignments)
    .innerJoin(memberships, eq(memberships.id, deskAssignments.membershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(deskAssignments.deskId, deskId),
        or(isNull(deskAssignments.endsOn), gte(deskAssignments.endsOn, from)),
        to ? lte(deskAssignments.startsOn, to) : undefined,
      ),
    )
    .orderBy(asc(deskAssignments.startsOn))
    .limit(1);
}

/**
 * Assigns a desk to a membership for [from, to]. A look-up first gives a message naming the
 * current holder; the exclusion constraint is what actually guarantees it, also when two managers
 * assign the same desk at the same moment (the loser gets 23P01 and the same 409).
 */
export async function assignDesk(
  tx: Executor,
  a: {
    werkplaatsId: string;
    deskId: string;
    membershipId: string;
    from: IsoDate;
    to: IsoDate | null;
    actorId: string | null;
    /** The kind the plan needs: a vaste werkplek plan a desk, an office plan an office. */
    kind: DeskKind;
  },
) {
  if (a.to && a.to < a.from) throw invalid("desk.errors.endBeforeStart", undefined, "to");
  const [desk] = await tx
    .select({ id: desks.id, label: desks.label, kind: desks.kind, archivedAt: desks.archivedAt })
    .from(desks)
    .where(and(eq(desks.id, a.deskId), eq(desks.werkplaatsId, a.werkplaatsId)));
  if (!desk || desk.archivedAt) throw invalid("desk.errors.unknownDesk", undefined, "deskId");
  if (desk.kind !== a.kind) throw invalid(`desk.errors.notA.${a.kind}`, { desk: desk.label }, "deskId");
  const [taken] = await overlapping(tx, a.deskId, a.from, a.to);
  if (taken) {
    throw conflict(
      taken.endsOn ? "desk.errors.takenUntil" : "desk.errors.taken",
      // Written out like every other date the manager reads ("26 mei 2025"), not numerically.
      {
        desk: desk.label,
        holder: taken.holder,
        from: formatDay(taken.startsOn, "nl"),
        until: taken.endsOn ? formatDay(taken.endsOn, "nl") : "",
      },
      "deskId",
    );
  }
  try {
    const [row] = await tx
      .insert(deskAssignments)
      .values({
        werkplaatsId: a.werkplaatsId,
        deskId: a.deskId,
        membershipId: a.membershipId,
        startsOn: a.from,
        endsOn: a.to,
        createdBy: a.actorId,
      })
      .returning();
    return { ...row!, label: desk.label };
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.exclusionViolation) throw conflict("desk.errors.takenNow", { desk: desk.label }, "deskId");
    throw error;
  }
}

/**
 * Ends a membership's desk assignments at `lastDay`: later ones are removed, running ones get
 * that end date. Used when a membership ends or moves to a plan without a desk.
 */
export async function endDesksOf(tx: Executor, membershipId: string, lastDay: IsoDate) {
  const ended = await tx
    .delete(deskAssignments)
    .where(and(eq(deskAssignments.membershipId, membershipId), gte(deskAssignments.startsOn, addDays(lastDay, 1))))
    .returning({ deskId: deskAssignments.deskId });
  const shortened = await tx
    .update(deskAssignments)
    .set({ endsOn: lastDay })
    .where(
      and(
        eq(deskAssignments.membershipId, membershipId),
        lte(deskAssignments.startsOn, lastDay),
        or(isNull(deskAssignments.endsOn), sql`${deskAssignments.endsOn} > ${lastDay}`),
      ),
    )
    .returning({ deskId: deskAssignments.deskId });
  return ended.length + shortened.length;
}

/** A manager ends one assignment on a given last day (before its start: it is removed). */
export async function endAssignment(tx: Executor, werkplaatsId: string, membershipId: string, assignmentId: string, lastDay: IsoDate) {
  const [row] = await tx
    .select({ id: deskAssignments.id, startsOn: deskAssignments.startsOn, endsOn: deskAssignments.endsOn, label: desks.label })
    .from(deskAssignments)
    .innerJoin(desks, eq(desks.id, deskAssignments.deskId))
    .where(
      and(
        eq(deskAssignments.id, assignmentId),
        eq(deskAssignments.werkplaatsId, werkplaatsId),
        eq(deskAssignments.membershipId, membershipId),
      ),
    )
    .for("update");
  if (!row) throw notFound();
  if (row.endsOn && row.endsOn <= lastDay) throw conflict("desk.errors.alreadyEnds", { desk: row.label }, "lastDay");
  if (lastDay < row.startsOn) await tx.delete(deskAssignments).where(eq(deskAssignments.id, assignmentId));
  else await tx.update(deskAssignments).set({ endsOn: lastDay }).where(eq(deskAssignments.id, assignmentId));
  return row.label;
}

export async function assignmentsOf(membershipId: string) {
  return db
    .select({
      id: deskAssignments.id,
      label: desks.label,
      area: areas.name,
      startsOn: deskAssignments.startsOn,
      endsOn: deskAssignments.endsOn,
    })
    .from(deskAssignments)
    .innerJoin(desks, eq(desks.id, deskAssignments.deskId))
    .innerJoin(areas, eq(areas.id, desks.areaId))
    .where(eq(deskAssignments.membershipId, membershipId))
    .orderBy(asc(deskAssignments.startsOn));
}

/** The desk in use by a membership on a day, if any. */
export async function deskOn(tx: Executor, membershipId: string, day: IsoDate) {
  const [row] = await tx
    .select({ id: deskAssignments.id, label: desks.label })
    .from(deskAssignments)
    .innerJoin(desks, eq(desks.id, deskAssignments.deskId))
    .where(
      and(
        eq(deskAssignments.membershipId, membershipId),
        lte(deskAssignments.startsOn, day),
        or(isNull(deskAssignments.endsOn), gte(deskAssignments.endsOn, day)),
      ),
    )
    .limit(1);
  return row;
}

/**
 * Every desk with whether it is free for the whole period [from, until] (until null: open
 * ended), for the approve, change-plan and assign forms. The forms offer only the free ones;
 * for a taken one they say who holds it and until when (the first assignment in the period).
 */
export async function deskChoices(werkplaatsId: string, from: IsoDate, until: IsoDate | null, kind: DeskKind) {
  const holder = sql<string>`(
    select ${deskAssignments.id} from ${deskAssignments}
    where ${deskAssignments.deskId} = ${desks.id}
      and (${deskAssignments.endsOn} is null or ${deskAssignments.endsOn} >= ${from})
      ${until ? sql`and ${deskAssignments.startsOn} <= ${until}` : sql``}
    order by ${deskAssignments.startsOn} limit 1)`;
  const rows = await db
    .select({
      id: desks.id,
      label: desks.label,
      area: areas.name,
      holder: users.name,
      heldFrom: deskAssignments.startsOn,
      heldUntil: deskAssignments.endsOn,
    })
    .from(desks)
    .innerJoin(areas, eq(areas.id, desks.areaId))
    .leftJoin(deskAssignments, eq(deskAssignments.id, holder))
    .leftJoin(memberships, eq(memberships.id, deskAssignments.membershipId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(desks.werkplaatsId, werkplaatsId), eq(desks.kind, kind), isNull(desks.archivedAt), isNull(areas.archivedAt)))
    .orderBy(asc(areas.sortOrder), asc(desks.label));
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    area: r.area,
    free: r.heldFrom === null,
    /** Who holds it in the period, from when and until when (null: open ended). */
    heldBy: r.heldFrom === null ? null : { name: r.holder ?? "", from: r.heldFrom, until: r.heldUntil },
  }));
}
