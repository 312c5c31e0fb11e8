import { and, eq, isNull, sql } from "drizzle-orm";
import { checkIns, dayPasses, flexReservations, type NewCheckInRow } from "#db/schema";
import { confirmUnpaidPassSpot } from "~/modules/desks/index.server";
import { reserveFlexSpot } from "./flex-reservations.server";
import { membershipsInForceOn, planOn } from "~/modules/memberships/index.server";
import { todayIn } from "~/utils/zoned-time";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { conflict, DomainError, invalid, notFound } from "~/utils/errors";

type Method = "self" | "reception";

async function insertCheckIn(tx: Executor, values: NewCheckInRow) {
  try {
    const [row] = await tx.insert(checkIns).values(values).returning();
    return row!;
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("checkin.errors.already");
    throw error;
  }
}

/**
 * Checks a person in for today: with their day pass for today, or their membership. A flex or
 * strippenkaart member without a reservation gets one on the spot (if there is room and their
 * plan allows the day); fixed desks and offices just come in; a virtual office has no workplace.
 */
export async function checkInPerson(werkplaatsId: string, userId: string, method: Method, actorId: string, now = new Date()) {
  const today = todayIn(now);
  return db.transaction(async (tx) => {
    // Claim the day's check-in row first: its unique index (once per person per day) makes a
    // second, simultaneous check-in wait here and then answer "already checked in", instead of
    // racing on to reserve a flex spot and failing with a reservation error.
    const claim = await insertCheckIn(tx, { werkplaatsId, day: today, userId, method, checkedInBy: actorId });
    const complete = async (values: Partial<NewCheckInRow>) => {
      const [row] = await tx.update(checkIns).set(values).where(eq(checkIns.id, claim.id)).returning();
      return row!;
    };
    const [pass] = await tx
      .select(passForCheckIn)
      .from(dayPasses)
      .where(
        and(
          eq(dayPasses.werkplaatsId, werkplaatsId),
          eq(dayPasses.userId, userId),
          eq(dayPasses.day, today),
          eq(dayPasses.status, "valid"),
        ),
      );
    if (pass) {
      await confirmPass(tx, pass, method);
      return complete({ dayPassId: pass.id });
    }

    let virtualOnly = false;
    for (const m of await membershipsInForceOn(tx, werkplaatsId, userId, today)) {
      const plan = await planOn(tx, m.id, today);
      if (plan.kind === "virtual") {
        virtualOnly = true;
        continue;
      }
      let reservationId: string | null = null;
      if (plan.kind === "flex" || plan.kind === "strippenkaart") {
        const [reserved] = await tx
          .select({ id: flexReservations.id })
          .from(flexReservations)
          .where(and(eq(flexReservations.membershipId, m.id), eq(flexReservations.day, today), eq(flexReservations.status, "reserved")));
        reservationId = reserved?.id ?? (await reserveFlexSpot(werkplaatsId, userId, { day: today }, now, tx)).id;
      }
      return complete({ membershipId: m.id, reservationId });
    }
    throw new DomainError(403, virtualOnly ? "checkin.errors.virtualOffice" : "checkin.errors.nothingToday");
  });
}

const passForCheckIn = {
  id: dayPasses.id,
  day: dayPasses.day,
  areaId: dayPasses.areaId,
  paidAt: dayPasses.paidAt,
  // Written with an alias and the outer table's name: in a select from one table drizzle writes
  // the select list's columns without their table, so `${dayPasses.id}` would be read as the
  // reservation's own id inside this subquery (and the pass's own spot counted against it).
  reservationId: sql<
    string | null
  >`(select fr.id from ${flexReservations} fr where fr.day_pass_id = ${dayPasses}.id and fr.status = 'reserved' limit 1)`,
};

/**
 * An unpaid pass (no online payment yet) lets nobody in by themselves: the guest checks in at the
 * reception, which sees it is unpaid. There its spot is confirmed under the area lock, because
 * after 10:00 an unpaid pass no longer holds it (see confirmUnpaidPassSpot).
 */
async function confirmPass(
  tx: Executor,
  pass: { day: string; areaId: string; paidAt: Date | null; reservationId: string | null },
  method: Method,
) {
  if (pass.paidAt) return;
  if (method === "self") throw new DomainError(403, "checkin.errors.unpaidPass");
  await confirmUnpaidPassSpot(tx, pass);
}

/** Reception checks a guest in with the code of their day pass for today. */
export async function checkInByCode(werkplaatsId: string, code: string, staffId: string, now = new Date(), outer: Executor = db) {
  const today = todayIn(now);
  const normalized = code.replace(/\s/g, "").toUpperCase();
  return outer.transaction(async (tx) => {
    const [pass] = await tx
      .select({ ...passForCheckIn, status: dayPasses.status, userId: dayPasses.userId, guestName: dayPasses.guestName })
      .from(dayPasses)
      .where(and(eq(dayPasses.werkplaatsId, werkplaatsId), eq(dayPasses.code, normalized)));
    if (pass?.status !== "valid") throw invalid("checkin.errors.unknownCode", undefined, "code");
    if (pass.day !== today) throw conflict("checkin.errors.otherDay", undefined, "code");
    // The check-in row first (its unique indexes answer a second scan with "already"), then the spot.
    await insertCheckIn(tx, {
      werkplaatsId,
      day: today,
      userId: pass.userId,
      dayPassId: pass.id,
      method: "reception",
      checkedInBy: staffId,
    });
    await confirmPass(tx, pass, "reception");
    return pass.guestName;
  });
}

/** Marks a check-in of today as left. Members may only check themselves out (`ownerId`). */
export async function checkOut(werkplaatsId: string, checkInId: string, options: { ownerId?: string } = {}) {
  const [row] = await db
    .update(checkIns)
    .set({ checkedOutAt: sql`now()` })
    .where(
      and(
        eq(checkIns.id, checkInId),
        eq(checkIns.werkplaatsId, werkplaatsId),
        isNull(checkIns.checkedOutAt),
        options.ownerId ? eq(checkIns.userId, options.ownerId) : undefined,
      ),
    )
    .returning({ id: checkIns.id });
  if (!row) throw notFound("checkin.errors.notFound");
}
