import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { consultationSlots, events, registrations, roomBookings, rooms, users } from "#db/schema";
import { seedDemo } from "#db/seed/index";
import { workshopHome } from "~/modules/workshop/index.server";
import { db } from "~/utils/db.server";
import { rowsOf } from "../support/sql-rows";
import { onTheSeededDemo } from "../support/demo-database";

onTheSeededDemo();

describe("demo seed", () => {
  it("creates rooms, a season of events and bookings, and a second run changes nothing", async () => {
    await seedDemo();
    const count = async (table: typeof rooms | typeof events | typeof registrations | typeof roomBookings | typeof consultationSlots) =>
      (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
    const before = {
      rooms: await count(rooms),
      events: await count(events),
      regs: await count(registrations),
      bookings: await count(roomBookings),
      slots: await count(consultationSlots),
    };
    expect(before.rooms).toBe(4);
    expect(before.events).toBeGreaterThanOrEqual(11);
    expect(before.bookings).toBeGreaterThan(100);
    expect(before.slots).toBe(12);
    const kinds = await db.selectDistinct({ kind: events.kind }).from(events);
    expect(kinds.map((k) => k.kind).sort()).toEqual(["hackathon", "masterclass", "talk", "training", "webinar", "workshop"]);
    // Past events have attendance, one future event is full with a waitlist.
    const attended = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(registrations)
      .where(sql`${registrations.checkedInAt} is not null`);
    expect(attended[0]!.n).toBeGreaterThan(50);
    const waiting = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(registrations)
      .where(sql`${registrations.status} = 'waitlisted'`);
    expect(waiting[0]!.n).toBe(3);
    await seedDemo();
    expect(await count(roomBookings)).toBe(before.bookings);
    expect(await count(registrations)).toBe(before.regs);
    // The whole demo seeded twice: a ceiling for a loaded machine (the PGlite pass runs beside
    // the browser tests in CI), like the billing demo's test beside it.
  }, 180_000);

  it("seeds a workshop year: intakes and trajectories over twelve months, both schools, SMEs' answers near the national figures", async () => {
    await seedDemo();
    const [year] = await rowsOf<Record<string, number>>(sql`
      select
        (select count(*) from workshop_intakes)::int as intakes,
        (select count(*) from trajectories where delivered_at is not null)::int as delivered,
        (select count(*) from trajectories where status = 'running')::int as running,
        (select count(*) from trajectories where status = 'forming')::int as forming,
        (select (max(delivered_at)::date - min(delivered_at)::date) from trajectories)::int as "deliveredSpanDays",
        (select count(distinct institution) from trajectory_members where role = 'student'
          and institution in ('ROC Da Vinci College', 'Hogeschool Rotterdam'))::int as schools,
        (select count(distinct level) from trajectory_members where role = 'student')::int as levels,
        (select round(avg(rating), 2)::float from workshop_evaluations where respondent = 'sme' and answered_at is not null) as rating,
        (select round(100.0 * avg(case when would_recommend then 1 else 0 end), 1)::float from workshop_evaluations
          where respondent = 'sme' and would_recommend is not null) as recommend,
        (select round(100.0 * avg(case when taken_steps <> '{nothing_yet}' and cardinality(taken_steps) > 0 then 1 else 0 end), 1)::float
          from workshop_evaluations where respondent = 'sme' and follow_up_answered_at is not null) as "followUp",
        (select count(*) from workshop_evaluations where respondent = 'student' and answered_at is not null)::int as students,
        (select count(*) from workshop_evaluations where respondent = 'teacher' and answered_at is not null)::int as teachers`);
    expect(year!.intakes).toBeGreaterThanOrEqual(20);
    // The expert pool's seed adds a running trajectory of its own.
    expect(year).toMatchObject({ delivered: 10, running: 3, forming: 1, schools: 2, levels: 2 });
    expect(year!.deliveredSpanDays).toBeGreaterThan(240);
    expect(Math.abs(year!.rating! - 7.1)).toBeLessThanOrEqual(0.2);
    expect(Math.abs(year!.recommend! - 80)).toBeLessThanOrEqual(5);
    expect(Math.abs(year!.followUp! - 85)).toBeLessThanOrEqual(5);
    expect(year!.students).toBeGreaterThan(15);
    expect(year!.teachers).toBeGreaterThan(5);

    // The demo's student and teacher find their start pages filled.
    const login = async (email: string) => (await db.select().from(users).where(sql`${users.email} = ${email}`))[0]!;
    const [noor, teacher] = [await login("noor@student.davinci.nl"), await login("docent@davinci.nl")];
    const [{ werkplaatsId }] = (await rowsOf<{ werkplaatsId: string }>(
      sql`select werkplaats_id as "werkplaatsId" from trajectories limit 1`,
    )) as [{ werkplaatsId: string }];
    const desk = (await workshopHome(werkplaatsId, noor.id, ["student"]))!.desk!;
    expect(desk.experts.length).toBeGreaterThan(0);
    expect(desk.deliverables.length).toBeGreaterThan(0);
    expect(desk.milestones.length).toBeGreaterThan(0);
    expect(desk.hours.mineMonth).toBeGreaterThan(0);
    const attention = (await workshopHome(werkplaatsId, teacher.id, ["teacher"]))!.attention!;
    for (const list of ["invitations", "milestones", "overdue", "evaluations", "quiet"] as const)
      expect(attention[list], list).not.toEqual([]);

    // Every planned milestone is an activity in the agenda with its room booked, at its own time,
    // on a working day: the calendar and the trajectory page show it with room and time.
    const [milestones] = await rowsOf<{ planned: number; astray: number; weekend: number; trajectories: number }>(sql`
      select count(*)::int as planned,
        count(distinct m.trajectory_id)::int as trajectories,
        count(*) filter (where e.id is null or b.id is null or b.status <> 'confirmed' or b.kind <> 'event'
          or m.room_id is null or b.room_id <> m.room_id or e.room_id <> m.room_id or e.room_booking_id <> b.id
          or e.starts_at <> m.starts_at or b.starts_at <> m.starts_at or b.ends_at <> m.ends_at)::int as astray,
        count(*) filter (where extract(isodow from m.starts_at at time zone 'Europe/Amsterdam') > 5)::int as weekend
      from trajectory_milestones m
      left join events e on e.id = m.event_id
      left join room_bookings b on b.id = m.room_booking_id`);
    expect(milestones).toEqual({ planned: 39, trajectories: 13, astray: 0, weekend: 0 });

    // Every trajectory has its "Verloop": a chain of moves from its making to the status it has now.
    const chains = await rowsOf<{ status: string; moves: { from: string | null; to: string }[] }>(sql`
      select t.status, coalesce(json_agg(json_build_object('from', m.from_status, 'to', m.to_status)
        order by m.moved_at, m.id) filter (where m.id is not null), '[]') as moves
      from trajectories t left join trajectory_moves m on m.trajectory_id = t.id group by t.id, t.status`);
    expect(chains.length).toBeGreaterThan(10);
    for (const { status, moves } of chains) {
      expect(moves[0]).toEqual({ from: null, to: "forming" });
      expect(moves.at(-1)!.to).toBe(status);
      for (const [k, move] of moves.entries()) if (k > 0) expect(move.from).toBe(moves[k - 1]!.to);
    }
  }, 180_000);
});
