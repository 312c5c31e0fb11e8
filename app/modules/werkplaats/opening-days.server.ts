import { and, asc, eq, gte, lte } from "drizzle-orm";
import { closedDays, werkplaatsen } from "#db/schema";
import type { Locale } from "~/modules/i18n";
import { addDays, formatDay, type IsoDate } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { conflict, invalid, notFound, type Message } from "~/utils/errors";
import { closedReason, dutchPublicHolidays, type ClosedReason } from "./opening-days";

/** The weekly closed days and the closed days between two dates, to ask `closedReason` about. */
export async function openingCalendar(werkplaatsId: string, from: IsoDate, to: IsoDate, tx: Executor = db) {
  const [[row], days] = await Promise.all([
    tx.select({ closedWeekdays: werkplaatsen.closedWeekdays }).from(werkplaatsen).where(eq(werkplaatsen.id, werkplaatsId)),
    tx
      .select({ id: closedDays.id, day: closedDays.day, reason: closedDays.reason })
      .from(closedDays)
      .where(and(eq(closedDays.werkplaatsId, werkplaatsId), gte(closedDays.day, from), lte(closedDays.day, to)))
      .orderBy(asc(closedDays.day)),
  ]);
  const closedWeekdays = row?.closedWeekdays ?? [];
  const byDay = new Map(days.map((d) => [d.day, d.reason]));
  return { closedWeekdays, days, reasonOn: (day: IsoDate): ClosedReason | null => closedReason(day, closedWeekdays, byDay) };
}

/**
 * Refuses (409) a flex spot or day pass on a day the werkplaats is closed. Called where a spot is
 * taken (the area lock in capacity.server.ts), so every way of taking one obeys it.
 */
export async function assertOpenOn(tx: Executor, werkplaatsId: string, day: IsoDate) {
  const closed = (await openingCalendar(werkplaatsId, day, day, tx)).reasonOn(day);
  if (!closed) return;
  if (closed.kind === "weekday") throw conflict("openingDays.errors.closedWeekday", undefined, "day");
  throw conflict("openingDays.errors.closedDay", { reason: closed.reason }, "day");
}

/** What a day-pass buyer should know before picking a date: weekly closed days and closed days ahead. */
export async function closedAhead(werkplaatsId: string, days = 56, now = new Date()) {
  const today = todayIn(now);
  const calendar = await openingCalendar(werkplaatsId, today, addDays(today, days));
  return { weekdays: calendar.closedWeekdays, days: calendar.days.map((d) => ({ day: d.day, reason: d.reason })) };
}

/** The manager's page: weekly closed days and the closed days from today on. */
export async function openingDaysPage(werkplaatsId: string, now = new Date()) {
  const today = todayIn(now);
  const calendar = await openingCalendar(werkplaatsId, today, "9999-12-31");
  return { today, closedWeekdays: calendar.closedWeekdays, days: calendar.days };
}

async function setClosedWeekdays(werkplaatsId: string, weekdays: number[]) {
  const unique = [...new Set(weekdays)].sort((a, b) => a - b);
  if (unique.length === 7) throw invalid("openingDays.errors.neverOpen", undefined, "weekdays");
  await db.update(werkplaatsen).set({ closedWeekdays: unique }).where(eq(werkplaatsen.id, werkplaatsId));
}

async function addClosedDay(werkplaatsId: string, day: IsoDate, reason: string) {
  try {
    await db.insert(closedDays).values({ werkplaatsId, day, reason });
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("openingDays.errors.alreadyClosed", undefined, "day");
    throw error;
  }
}

async function removeClosedDay(werkplaatsId: string, closedDayId: string) {
  const [row] = await db
    .delete(closedDays)
    .where(and(eq(closedDays.id, closedDayId), eq(closedDays.werkplaatsId, werkplaatsId)))
    .returning({ day: closedDays.day });
  if (!row) throw notFound("openingDays.errors.notFound");
  return row.day;
}

/** Adds the Dutch public holidays of a year as closed days; days already closed keep their reason. */
export async function addDutchHolidays(werkplaatsId: string, year: number, tx: Executor = db) {
  const rows = dutchPublicHolidays(year).map((h) => ({ werkplaatsId, day: h.day, reason: h.name }));
  const added = await tx.insert(closedDays).values(rows).onConflictDoNothing().returning({ id: closedDays.id });
  return added.length;
}

type OpeningDaysInput =
  | { intent: "weekdays"; weekdays: number[] }
  | { intent: "add-day"; day: IsoDate; reason: string }
  | { intent: "remove-day"; closedDayId: string }
  | { intent: "add-holidays"; year: number };

/** One form action of the manager's opening-days page, answered with the message to show. */
export async function runOpeningDaysAction(werkplaatsId: string, input: OpeningDaysInput, locale: Locale): Promise<Message> {
  switch (input.intent) {
    case "weekdays":
      await setClosedWeekdays(werkplaatsId, input.weekdays);
      return { key: "openingDays.savedWeekly" };
    case "add-day":
      await addClosedDay(werkplaatsId, input.day, input.reason);
      return { key: "openingDays.added", vars: { date: formatDay(input.day, locale, "weekday") } };
    case "remove-day":
      return {
        key: "openingDays.removed",
        vars: { date: formatDay(await removeClosedDay(werkplaatsId, input.closedDayId), locale, "weekday") },
      };
    case "add-holidays":
      return { key: "openingDays.holidaysAdded", vars: { n: await addDutchHolidays(werkplaatsId, input.year), year: input.year } };
  }
}
