import { eq } from "drizzle-orm";
import { rooms } from "../schema";
import { addMilestone } from "../../app/modules/workshop/index.server";
import { openingCalendar } from "../../app/modules/werkplaats/index.server";
import { addDays, isoWeekday, type IsoDate } from "../../app/utils/calendar";
import { DomainError } from "../../app/utils/errors";
import { db } from "../../app/utils/db.server";

type Kind = "kick_off" | "interim" | "final";

const MILESTONES: { kind: Kind; title: string; day: number; rooms: string[] }[] = [
  // The team, its teacher and the SME around one table; the final presentation has an audience.
  { kind: "kick_off", title: "Kick-off", day: 0, rooms: ["De Merwede", "Het Atelier", "De Biesbosch"] },
  { kind: "interim", title: "Tussenpresentatie", day: 35, rooms: ["De Merwede", "Het Atelier", "De Biesbosch"] },
  { kind: "final", title: "Eindpresentatie", day: 80, rooms: ["Het Atelier", "De Merwede", "De Grote Zaal"] },
];

/**
 * Plans the demo trajectories' milestones as staff do, through `addMilestone`: each becomes an
 * activity in the agenda with its room booked through the room engine, so the demo calendar and
 * the trajectory pages show them with room and time. Made once per seed run: the rooms and the
 * closed days are read here, not per milestone (the demo template is seeded at every CI run).
 */
export async function milestonePlanner(werkplaatsId: string, today: IsoDate) {
  const [roomRows, calendar] = await Promise.all([
    db.select().from(rooms).where(eq(rooms.werkplaatsId, werkplaatsId)),
    openingCalendar(werkplaatsId, addDays(today, -800), addDays(today, 400)),
  ]);
  const roomIds = new Map(roomRows.map((r) => [r.name, r.id]));
  // A presentation is on a working day: Saturdays, Sundays and the closed days move (`step` days at a time).
  const workingDay = (day: IsoDate, step: 1 | -1) => {
    let d = day;
    while (isoWeekday(d) === 6 || calendar.reasonOn(d)) d = addDays(d, step);
    return d;
  };

  /**
   * The kick-off on the first working day of the period, the interim and final presentation on
   * the working day before their date (so they stay inside the period), each in the first room
   * of its list that is free; `plannedAt` is when staff planned it (the room engine refuses the past).
   */
  return async function planMilestones(trajectoryId: string, staffId: string, start: IsoDate, plannedAt: Date) {
    for (const m of MILESTONES) {
      const date = workingDay(addDays(start, m.day), m.day === 0 ? 1 : -1);
      const input = { intent: "milestone" as const, kind: m.kind, title: m.title, date, startTime: "14:00", endTime: "15:30" };
      await inFirstFreeRoom(
        m.rooms.map((name) => roomIds.get(name)),
        (roomId) => addMilestone(werkplaatsId, staffId, trajectoryId, { ...input, roomId }, plannedAt),
      );
    }
  };
}

/** Tries the rooms in order; a room taken at that time (409) sends the milestone to the next one. */
async function inFirstFreeRoom(roomIds: (string | undefined)[], plan: (roomId: string | undefined) => Promise<void>) {
  const candidates = roomIds.filter((id): id is string => Boolean(id));
  for (const [k, roomId] of candidates.entries()) {
    try {
      return await plan(roomId);
    } catch (error) {
      if (!(error instanceof DomainError && error.status === 409) || k === candidates.length - 1) throw error;
    }
  }
  // A werkplaats without the demo's rooms: the milestone is still an activity in the agenda.
  await plan(undefined);
}
