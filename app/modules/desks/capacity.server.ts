import { and, asc, count, eq, gt, inArray, isNull, ne, sql } from "drizzle-orm";
import { areas, flexReservations, saleHolds } from "#db/schema";
import type { IsoDate } from "~/utils/calendar";
import { assertOpenOn } from "~/modules/werkplaats/index.server";
import { db, type Executor } from "~/utils/db.server";
import { conflict, invalid } from "~/utils/errors";
import { unpaidReleasedThrough } from "./reservations";

export type AreaWithSpace = { id: string; name: string; capacity: number; taken: number };

/**
 * Whether a reservation still holds its spot: every member reservation does, and so does a day
 * pass that is paid, checked in, or whose day is after `releasedThrough` (an unpaid pass holds its
 * spot until 10:00 on its day, see `unpaidReleasedThrough`).
 */
function holdsSpot(releasedThrough: IsoDate) {
  return sql`not exists (
    select 1 from day_passes dp
    where dp.id = ${flexReservations.dayPassId} and dp.paid_at is null and ${flexReservations.day} <= ${releasedThrough}
      and not exists (select 1 from check_ins ci where ci.day_pass_id = dp.id))`;
}

/**
 * Spots held for a day pass being paid at Checkout, per area (and day): a pending hold counts until
 * its `expires_at`, whether or not anything has released it yet (the predicate is the clock).
 */
async function heldFor(tx: Executor, where: ReturnType<typeof and>, now: Date) {
  return tx
    .select({ areaId: saleHolds.areaId, day: saleHolds.day, n: count() })
    .from(saleHolds)
    .where(and(eq(saleHolds.kind, "daypass"), eq(saleHolds.status, "pending"), gt(saleHolds.expiresAt, now), where))
    .groupBy(saleHolds.areaId, saleHolds.day);
}

/**
 * Spots taken per area on a day. `releasedThrough`: see holdsSpot. With `heldAt`, spots held for a
 * day pass at Checkout count too (they are not certain, so the check-in's count leaves them out).
 */
async function reservedIn(tx: Executor, areaIds: string[], day: IsoDate, releasedThrough: IsoDate, except?: string, heldAt?: Date) {
  if (areaIds.length === 0) return new Map<string, number>();
  const rows = await tx
    .select({ areaId: flexReservations.areaId, n: count() })
    .from(flexReservations)
    .where(
      and(
        inArray(flexReservations.areaId, areaIds),
        eq(flexReservations.day, day),
        eq(flexReservations.status, "reserved"),
        holdsSpot(releasedThrough),
        except ? ne(flexReservations.id, except) : undefined,
      ),
    )
    .groupBy(flexReservations.areaId);
  const taken = new Map(rows.map((r) => [r.areaId, r.n]));
  if (heldAt) {
    for (const held of await heldFor(tx, and(inArray(saleHolds.areaId, areaIds), eq(saleHolds.day, day)), heldAt))
      taken.set(held.areaId!, (taken.get(held.areaId!) ?? 0) + held.n);
  }
  return taken;
}

/**
 * Takes the row lock on the area (or, without a choice, on every flex area in id order) and returns
 * an area with a free spot on the day, or a 409. Whoever holds the lock is the only one counting
 * and inserting for those areas until the transaction ends, so capacity can never be exceeded,
 * also with fifty members asking for the last spots at once. No spot is taken on a day the
 * werkplaats is closed. Call inside a transaction, after any
 * membership lock (always membership → area, so two transactions never wait on each other in a cycle).
 */
export async function lockAreaWithSpace(
  tx: Executor,
  werkplaatsId: string,
  day: IsoDate,
  areaId?: string,
  now = new Date(),
): Promise<AreaWithSpace> {
  await assertOpenOn(tx, werkplaatsId, day);
  const locked = await tx
    .select({ id: areas.id, name: areas.name, capacity: areas.flexCapacity, sortOrder: areas.sortOrder })
    .from(areas)
    .where(and(eq(areas.werkplaatsId, werkplaatsId), isNull(areas.archivedAt), areaId ? eq(areas.id, areaId) : gt(areas.flexCapacity, 0)))
    .orderBy(asc(areas.id))
    .for("update");
  if (areaId && locked.length === 0) throw invalid("reservation.errors.unknownArea", undefined, "areaId");
  const taken = await reservedIn(
    tx,
    locked.map((a) => a.id),
    day,
    unpaidReleasedThrough(now),
    undefined,
    now,
  );
  const candidates = locked
    .map((a) => ({ id: a.id, name: a.name, capacity: a.capacity, taken: taken.get(a.id) ?? 0, sortOrder: a.sortOrder }))
    .sort((a, b) => a.sortOrder - b.sortOrder);
  const free = candidates.find((a) => a.taken < a.capacity);
  if (!free) {
    if (areaId) throw conflict("reservation.errors.full", { area: candidates[0]!.name }, "areaId");
    throw conflict("reservation.errors.allFull");
  }
  return { id: free.id, name: free.name, capacity: free.capacity, taken: free.taken };
}

/**
 * An unpaid day pass is checked in at the reception: its spot becomes certain. Under the area
 * lock, it may take the spot only if the area has room for it besides every spot that is certain
 * (member reservations, paid and checked-in passes). Before 10:00 that always holds, since the
 * pass was counted when it was issued; after 10:00 its spot may have gone to someone else, and
 * then the check-in is refused (409), so capacity stays exact also at the cut-off.
 */
export async function confirmUnpaidPassSpot(tx: Executor, pass: { areaId: string; day: IsoDate; reservationId: string | null }) {
  const [area] = await tx.select({ capacity: areas.flexCapacity }).from(areas).where(eq(areas.id, pass.areaId)).for("update");
  const certain = (await reservedIn(tx, [pass.areaId], pass.day, "9999-12-31", pass.reservationId ?? undefined)).get(pass.areaId) ?? 0;
  if (!area || certain >= area.capacity) throw conflict("checkin.errors.spotReleased");
}

/** Free flex spots per area for each of the days, for the reservation form and the floor view. */
export async function flexAvailability(werkplaatsId: string, days: IsoDate[], now = new Date()) {
  const areaRows = await db
    .select({ id: areas.id, name: areas.name, capacity: areas.flexCapacity })
    .from(areas)
    .where(and(eq(areas.werkplaatsId, werkplaatsId), isNull(areas.archivedAt), gt(areas.flexCapacity, 0)))
    .orderBy(asc(areas.sortOrder), asc(areas.name));
  if (days.length === 0 || areaRows.length === 0) return { areas: areaRows, taken: new Map<string, number>() };
  const rows = await db
    .select({ areaId: flexReservations.areaId, day: flexReservations.day, n: count() })
    .from(flexReservations)
    .where(
      and(
        eq(flexReservations.werkplaatsId, werkplaatsId),
        eq(flexReservations.status, "reserved"),
        sql`${flexReservations.day} between ${days[0]} and ${days[days.length - 1]}`,
        holdsSpot(unpaidReleasedThrough(now)),
      ),
    )
    .groupBy(flexReservations.areaId, flexReservations.day);
  const taken = new Map(rows.map((r) => [`${r.areaId}:${r.day}`, r.n]));
  const held = await heldFor(
    db,
    and(eq(saleHolds.werkplaatsId, werkplaatsId), sql`${saleHolds.day} between ${days[0]} and ${days[days.length - 1]}`),
    now,
  );
  for (const h of held) taken.set(`${h.areaId}:${h.day}`, (taken.get(`${h.areaId}:${h.day}`) ?? 0) + h.n);
  return { areas: areaRows, taken };
}
