import { and, asc, count, eq, gte, isNull, max, or, sql } from "drizzle-orm";
import { areas, deskAssignments, desks, flexReservations, type DeskKind } from "#db/schema";
import { todayIn } from "~/utils/zoned-time";
import { db, pgErrorOf, PG } from "~/utils/db.server";
import { conflict, notFound } from "~/utils/errors";

/** Areas with their desks, for the manager's desk page. */
export async function listAreasWithDesks(werkplaatsId: string) {
  const [areaRows, deskRows] = await Promise.all([
    db
      .select()
      .from(areas)
      .where(eq(areas.werkplaatsId, werkplaatsId))
      .orderBy(sql`${areas.archivedAt} is not null`, asc(areas.sortOrder), asc(areas.name)),
    db
      .select({ id: desks.id, areaId: desks.areaId, label: desks.label, kind: desks.kind, note: desks.note, archivedAt: desks.archivedAt })
      .from(desks)
      .where(eq(desks.werkplaatsId, werkplaatsId))
      .orderBy(asc(desks.label)),
  ]);
  return areaRows.map((a) => ({ ...a, desks: deskRows.filter((d) => d.areaId === a.id) }));
}

function nameTaken(error: unknown, constraint: string) {
  const pg = pgErrorOf(error);
  return pg?.code === PG.uniqueViolation && pg.constraint === constraint;
}

export async function createArea(
  werkplaatsId: string,
  input: { name: string; description?: string; flexCapacity: number; sortOrder?: number },
) {
  try {
    const [row] = await db
      .insert(areas)
      .values({
        werkplaatsId,
        name: input.name,
        description: input.description ?? "",
        flexCapacity: input.flexCapacity,
        sortOrder: input.sortOrder ?? 0,
      })
      .returning();
    return row!;
  } catch (error) {
    if (nameTaken(error, "areas_name_key")) throw conflict("area.errors.nameTaken", { name: input.name }, "name");
    throw error;
  }
}

/**
 * Changes an area. Capacity cannot drop below the reservations already made for a coming day:
 * the area row is locked, as reservations lock it, so none slips in while we check.
 */
export async function updateArea(
  werkplaatsId: string,
  areaId: string,
  input: { name: string; description?: string; flexCapacity: number; sortOrder?: number },
) {
  try {
    return await db.transaction(async (tx) => {
      const [area] = await tx
        .select()
        .from(areas)
        .where(and(eq(areas.id, areaId), eq(areas.werkplaatsId, werkplaatsId)))
        .for("update");
      if (!area) throw notFound();
      if (input.flexCapacity < area.flexCapacity) {
        const [busiest] = await tx
          .select({ n: count() })
          .from(flexReservations)
          .where(and(eq(flexReservations.areaId, areaId), eq(flexReservations.status, "reserved"), gte(flexReservations.day, todayIn())))
          .groupBy(flexReservations.day)
          .orderBy(sql`count(*) desc`)
          .limit(1);
        if (busiest && busiest.n > input.flexCapacity) {
          throw conflict("area.errors.capacityBelowReserved", { count: busiest.n }, "flexCapacity");
        }
      }
      const [row] = await tx
        .update(areas)
        .set({
          name: input.name,
          description: input.description ?? "",
          flexCapacity: input.flexCapacity,
          sortOrder: input.sortOrder ?? area.sortOrder,
        })
        .where(eq(areas.id, areaId))
        .returning();
      return row!;
    });
  } catch (error) {
    if (nameTaken(error, "areas_name_key")) throw conflict("area.errors.nameTaken", { name: input.name }, "name");
    throw error;
  }
}

export async function createDesk(werkplaatsId: string, input: { areaId: string; label: string; kind?: DeskKind; note?: string }) {
  const [area] = await db
    .select({ id: areas.id })
    .from(areas)
    .where(and(eq(areas.id, input.areaId), eq(areas.werkplaatsId, werkplaatsId), isNull(areas.archivedAt)));
  if (!area) throw notFound();
  try {
    const [row] = await db
      .insert(desks)
      .values({ werkplaatsId, areaId: input.areaId, label: input.label, kind: input.kind ?? "desk", note: input.note ?? "" })
      .returning();
    return row!;
  } catch (error) {
    if (nameTaken(error, "desks_label_key")) throw conflict("desk.errors.labelTaken", { label: input.label }, "label");
    throw error;
  }
}

/** A desk leaves service only when nobody has it today or later. */
export async function archiveDesk(werkplaatsId: string, deskId: string) {
  const today = todayIn();
  const [inUse] = await db
    .select({ last: max(deskAssignments.startsOn) })
    .from(deskAssignments)
    .where(and(eq(deskAssignments.deskId, deskId), or(isNull(deskAssignments.endsOn), gte(deskAssignments.endsOn, today))));
  if (inUse?.last) throw conflict("desk.errors.inUse");
  const [row] = await db
    .update(desks)
    .set({ archivedAt: sql`now()` })
    .where(and(eq(desks.id, deskId), eq(desks.werkplaatsId, werkplaatsId), isNull(desks.archivedAt)))
    .returning({ label: desks.label });
  if (!row) throw notFound();
  return row.label;
}

export async function restoreDesk(werkplaatsId: string, deskId: string) {
  const [row] = await db
    .update(desks)
    .set({ archivedAt: null })
    .where(and(eq(desks.id, deskId), eq(desks.werkplaatsId, werkplaatsId)))
    .returning({ label: desks.label });
  if (!row) throw notFound();
  return row.label;
}

export async function areaOptions(werkplaatsId: string) {
  return db
    .select({ id: areas.id, name: areas.name, capacity: areas.flexCapacity })
    .from(areas)
    .where(and(eq(areas.werkplaatsId, werkplaatsId), isNull(areas.archivedAt)))
    .orderBy(asc(areas.sortOrder), asc(areas.name));
}
