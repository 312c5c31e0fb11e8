import { and, asc, count, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import { areas, checkIns, dayPasses, deskAssignments, desks, flexReservations, memberships, users } from "#db/schema";
import { addDays, addMonths, eachDay, isoWeekOf, monthOf, type IsoDate } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { openingCalendar } from "~/modules/werkplaats/index.server";

export type OccupancyRow = {
  day: IsoDate;
  flexReserved: number;
  flexCapacity: number;
  fixedAssigned: number;
  fixedTotal: number;
  checkIns: number;
  /** False on a weekly closed day or a closed day: the period's averages leave it out. */
  open: boolean;
};

/**
 * Occupancy per day over [from, to]: flex spots reserved against today's capacity, fixed desks
 * assigned against the desks there are, and check-ins. Counts come from the database per day;
 * desk assignments are few and are spread over the days here.
 */
export async function occupancy(werkplaatsId: string, from: IsoDate, to: IsoDate): Promise<OccupancyRow[]> {
  const [[capacity], [deskCount], reserved, assignments, visits, opening] = await Promise.all([
    db
      .select({ n: sql<number>`coalesce(sum(${areas.flexCapacity}), 0)::int` })
      .from(areas)
      .where(and(eq(areas.werkplaatsId, werkplaatsId), isNull(areas.archivedAt))),
    db
      .select({ n: count() })
      .from(desks)
      .innerJoin(areas, eq(areas.id, desks.areaId))
      .where(and(eq(desks.werkplaatsId, werkplaatsId), isNull(desks.archivedAt), isNull(areas.archivedAt))),
    db
      .select({ day: flexReservations.day, n: count() })
      .from(flexReservations)
      .where(
        and(
          eq(flexReservations.werkplaatsId, werkplaatsId),
          eq(flexReservations.status, "reserved"),
          gte(flexReservations.day, from),
          lte(flexReservations.day, to),
        ),
      )
      .groupBy(flexReservations.day),
    db
      .select({ startsOn: deskAssignments.startsOn, endsOn: deskAssignments.endsOn })
      .from(deskAssignments)
      .where(
        and(
          eq(deskAssignments.werkplaatsId, werkplaatsId),
          lte(deskAssignments.startsOn, to),
          or(isNull(deskAssignments.endsOn), gte(deskAssignments.endsOn, from)),
        ),
      ),
    db
      .select({ day: checkIns.day, n: count() })
      .from(checkIns)
      .where(and(eq(checkIns.werkplaatsId, werkplaatsId), gte(checkIns.day, from), lte(checkIns.day, to)))
      .groupBy(checkIns.day),
    openingCalendar(werkplaatsId, from, to),
  ]);
  const reservedBy = new Map(reserved.map((r) => [r.day, r.n]));
  const visitsBy = new Map(visits.map((r) => [r.day, r.n]));
  return eachDay(from, to).map((day) => ({
    day,
    flexReserved: reservedBy.get(day) ?? 0,
    flexCapacity: capacity?.n ?? 0,
    fixedAssigned: assignments.filter((a) => a.startsOn <= day && (a.endsOn === null || a.endsOn >= day)).length,
    fixedTotal: deskCount?.n ?? 0,
    checkIns: visitsBy.get(day) ?? 0,
    open: opening.reasonOn(day) === null,
  }));
}

/** Flex reservations per area and day, for the over-reservation check (benchmark, tests, CSV). */
export async function reservedPerAreaDay(werkplaatsId: string, from: IsoDate, to: IsoDate) {
  return db
    .select({ areaId: areas.id, area: areas.name, capacity: areas.flexCapacity, day: flexReservations.day, reserved: count() })
    .from(flexReservations)
    .innerJoin(areas, eq(areas.id, flexReservations.areaId))
    .where(
      and(
        eq(flexReservations.werkplaatsId, werkplaatsId),
        eq(flexReservations.status, "reserved"),
        gte(flexReservations.day, from),
        lte(flexReservations.day, to),
      ),
    )
    .groupBy(areas.id, areas.name, areas.flexCapacity, flexReservations.day)
    .orderBy(asc(flexReservations.day), asc(areas.name));
}

/**
 * The floor on a day: every area with its flex spots (who reserved) and its desks (free, or
 * assigned to whom until when).
 */
export async function floorPlan(werkplaatsId: string, day: IsoDate) {
  const [areaRows, deskRows, flexRows] = await Promise.all([
    db
      .select({ id: areas.id, name: areas.name, description: areas.description, capacity: areas.flexCapacity })
      .from(areas)
      .where(and(eq(areas.werkplaatsId, werkplaatsId), isNull(areas.archivedAt)))
      .orderBy(asc(areas.sortOrder), asc(areas.name)),
    db
      .select({
        id: desks.id,
        areaId: desks.areaId,
        label: desks.label,
        note: desks.note,
        holder: users.name,
        membershipId: deskAssignments.membershipId,
        until: deskAssignments.endsOn,
      })
      .from(desks)
      .leftJoin(
        deskAssignments,
        and(
          eq(deskAssignments.deskId, desks.id),
          lte(deskAssignments.startsOn, day),
          or(isNull(deskAssignments.endsOn), gte(deskAssignments.endsOn, day)),
        ),
      )
      .leftJoin(memberships, eq(memberships.id, deskAssignments.membershipId))
      .leftJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(desks.werkplaatsId, werkplaatsId), isNull(desks.archivedAt)))
      .orderBy(asc(desks.label)),
    db
      .select({
        areaId: flexReservations.areaId,
        name: sql<string>`coalesce(${users.name}, ${dayPasses.guestName}, '')`,
        viaDayPass: sql<boolean>`${flexReservations.dayPassId} is not null`,
      })
      .from(flexReservations)
      .leftJoin(users, eq(users.id, flexReservations.userId))
      .leftJoin(dayPasses, eq(dayPasses.id, flexReservations.dayPassId))
      .where(and(eq(flexReservations.werkplaatsId, werkplaatsId), eq(flexReservations.day, day), eq(flexReservations.status, "reserved")))
      .orderBy(sql`2`),
  ]);
  return areaRows.map((area) => ({
    ...area,
    desks: deskRows.filter((d) => d.areaId === area.id),
    flex: flexRows.filter((f) => f.areaId === area.id),
  }));
}

export type OccupancyPeriod = "day" | "week" | "month";

/** The occupancy page: the period around a date, per day (and per area for a single day). */
export async function occupancyReport(werkplaatsId: string, period: OccupancyPeriod, date: IsoDate) {
  const range = period === "day" ? { start: date, end: date } : period === "week" ? isoWeekOf(date) : monthOf(date);
  const step = (n: number) => (period === "day" ? addDays(date, n) : period === "week" ? addDays(date, 7 * n) : addMonths(date, n));
  const [rows, floor] = await Promise.all([
    occupancy(werkplaatsId, range.start, range.end),
    period === "day" ? floorPlan(werkplaatsId, date) : Promise.resolve([]),
  ]);
  const areas = floor.map((a) => ({
    id: a.id,
    name: a.name,
    capacity: a.capacity,
    reserved: a.flex.length,
    desks: a.desks.length,
    assigned: a.desks.filter((d) => d.holder).length,
  }));
  return { period, date, from: range.start, to: range.end, previous: step(-1), next: step(1), rows, areas };
}
