import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { events, outboxMessages, roomBookings, trajectories, trajectoryMembers, trajectoryMilestones, trajectoryMoves } from "#db/schema";
import { makeRoom } from "#db/room-factories";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeHackathon, makeIntake } from "#db/workshop-factories";
import * as team from "~/routes/trajecten.$trajectoryId";
import * as join from "~/routes/traject.uitnodiging.$token";
import * as follow from "~/routes/volg.$token";
import { smeView } from "~/modules/workshop/index.server";
import * as file from "~/routes/werkplaats.trajecten.$trajectoryId";
import * as list from "~/routes/werkplaats.trajecten._index";
import * as agenda from "~/routes/admin.events._index";
import * as start from "~/routes/werkplaats.trajecten.nieuw";
import { eventFormSchema } from "~/modules/events";
import { eventEditPage, setEventStatus, updateEvent } from "~/modules/events/index.server";
import { calendarItems } from "~/modules/rooms/index.server";
import { addDays } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { todayIn, zonedToUtc } from "~/utils/zoned-time";
import { formPost, outcome, routeArgs, type Visitor } from "../support/route-harness";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let staff: Visitor;
let member: Visitor;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Trajecten" });
  staff = { user: await makePerson(werkplaats.id, ["staff"], { name: "Sanne de Vries" }), roles: ["staff"], werkplaats };
  member = { user: await makePerson(werkplaats.id, ["member"]), roles: ["member"], werkplaats };
});

const form = (intakeId: string, overrides: Record<string, string> = {}) => ({
  intakeId,
  title: "Webshop Korenbloem vindbaar",
  clarifiedQuestion: "Welke drie stappen maken de webshop in een half jaar vindbaar?",
  themes: "ecommerce",
  institutions: "ROC Da Vinci College\nHogeschool Rotterdam\n",
  programme: "Marketing & communicatie",
  levels: "mbo",
  periodStart: "2027-02-01",
  periodEnd: "2027-04-30",
  ...overrides,
});

const startTrajectory = (fields: Record<string, string>, who = staff) =>
  outcome(() => start.action(routeArgs("/werkplaats/trajecten/nieuw", who, formPost(fields))));

const move = (id: string, to: string) =>
  outcome(() => file.action(routeArgs(`/werkplaats/trajecten/${id}`, staff, formPost({ intent: "move", to }, { trajectoryId: id }))));

describe("starting a trajectory from an intake", () => {
  it("starts one trajectory for a double submit and shows it in the list", async () => {
    const intake = await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" });
    const [a, b] = await Promise.all([startTrajectory(form(intake.id)), startTrajectory(form(intake.id))]);
    expect([a.status, b.status].sort()).toEqual([302, 409]);
    const rows = await db.select().from(trajectories).where(eq(trajectories.intakeId, intake.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: "forming",
      institutions: ["ROC Da Vinci College", "Hogeschool Rotterdam"],
      levels: ["mbo"],
      createdBy: staff.user!.id,
    });
    expect([a.location, b.location]).toContain(`/werkplaats/trajecten/${rows[0]!.id}`);
    // A second visit to the form goes to the trajectory that exists.
    const again = await outcome(() => start.loader(routeArgs(`/werkplaats/trajecten/nieuw?intake=${intake.id}`, staff)));
    expect(again).toMatchObject({ status: 302, location: `/werkplaats/trajecten/${rows[0]!.id}` });
    const page = await outcome(() => list.loader(routeArgs("/werkplaats/trajecten?status=forming", staff)));
    expect((page.body as { trajectories: { id: string; team: number }[] }).trajectories).toContainEqual(
      expect.objectContaining({ id: rows[0]!.id, team: 0 }),
    );
  });

  it("refuses an intake with another route (409), a closed one (409), bad fields (400) and another werkplaats's intake (404)", async () => {
    const spreekuur = await makeIntake(werkplaats.id, { stage: "matched", route: "spreekuur" });
    expect((await startTrajectory(form(spreekuur.id))).status).toBe(409);
    const closed = await makeIntake(werkplaats.id, { stage: "closed", route: "advisory_trajectory" });
    expect((await startTrajectory(form(closed.id))).status).toBe(409);
    const open = await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" });
    const errorsOf = async (fields: Record<string, string>) => {
      const bad = await startTrajectory(form(open.id, fields));
      expect(bad.status).toBe(400);
      return Object.keys((bad.body as { fieldErrors: object }).fieldErrors).sort();
    };
    expect(await errorsOf({ levels: "", institutions: " \n ", themes: "blockchain" })).toEqual(["institutions", "levels", "themes.0"]);
    expect(await errorsOf({ periodEnd: "2027-01-01" })).toEqual(["periodEnd"]);
    const elsewhere = await makeWerkplaats({ name: "Andere werkplaats" });
    const foreign = await makeIntake(elsewhere.id, { stage: "articulation", route: "advisory_trajectory" });
    expect((await startTrajectory(form(foreign.id))).status).toBe(404);
    expect((await outcome(() => start.loader(routeArgs(`/werkplaats/trajecten/nieuw?intake=${foreign.id}`, staff)))).status).toBe(404);
    const none = await db.select().from(trajectories).where(eq(trajectories.intakeId, open.id));
    expect(none).toHaveLength(0);
  });

  it("is for staff only", async () => {
    expect((await outcome(() => list.loader(routeArgs("/werkplaats/trajecten", member)))).status).toBe(403);
  });
});

describe("a trajectory's status", () => {
  it("goes forming → running → delivered → closed, stamps delivery and close, and refuses going back", async () => {
    const intake = await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" });
    const created = await startTrajectory(form(intake.id));
    const id = created.location!.split("/").pop()!;
    expect((await move(id, "delivered")).status).toBe(409);
    expect((await move(id, "running")).status).toBe(200);
    const [first, second] = await Promise.all([move(id, "delivered"), move(id, "delivered")]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect((await move(id, "running")).status).toBe(409);
    expect((await move(id, "closed")).status).toBe(200);
    const [row] = await db.select().from(trajectories).where(eq(trajectories.id, id));
    expect(row).toMatchObject({ status: "closed" });
    expect(row!.deliveredAt).not.toBeNull();
    expect(row!.closedAt).not.toBeNull();
    const page = await outcome(() => file.loader(routeArgs(`/werkplaats/trajecten/${id}`, staff, { params: { trajectoryId: id } })));
    expect(page.body).toMatchObject({ next: [], trajectory: { status: "closed" } });
    expect(page.body).not.toHaveProperty("trajectory.smeTokenHash");
    // Every move that happened is logged once, with who; the refused ones left nothing.
    const log = await db.select().from(trajectoryMoves).where(eq(trajectoryMoves.trajectoryId, id)).orderBy(asc(trajectoryMoves.id));
    expect(log.map((m) => [m.fromStatus, m.toStatus, m.movedBy])).toEqual([
      [null, "forming", staff.user!.id],
      ["forming", "running", staff.user!.id],
      ["running", "delivered", staff.user!.id],
      ["delivered", "closed", staff.user!.id],
    ]);
    expect((page.body as { moves: unknown[] }).moves).toEqual([
      expect.objectContaining({ from: "delivered", to: "closed", by: "Sanne de Vries" }),
      expect.objectContaining({ from: "running", to: "delivered" }),
      expect.objectContaining({ from: "forming", to: "running" }),
      expect.objectContaining({ from: null, to: "forming" }),
    ]);
  });

  it("a refused move (409), a malformed one (400) or another werkplaats's trajectory (404) logs nothing", async () => {
    const intake = await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" });
    const id = (await startTrajectory(form(intake.id))).location!.split("/").pop()!;
    expect((await move(id, "delivered")).status).toBe(409);
    expect((await move(id, "forming")).status).toBe(409);
    expect((await move(id, "gearchiveerd")).status).toBe(400);
    const elsewhere = await makeWerkplaats({ name: "Werkplaats zonder dit traject" });
    const otherStaff = { user: await makePerson(elsewhere.id, ["staff"]), roles: ["staff"], werkplaats: elsewhere } as Visitor;
    const foreign = await outcome(() =>
      file.action(routeArgs(`/werkplaats/trajecten/${id}`, otherStaff, formPost({ intent: "move", to: "running" }, { trajectoryId: id }))),
    );
    expect(foreign.status).toBe(404);
    const log = await db.select().from(trajectoryMoves).where(eq(trajectoryMoves.trajectoryId, id));
    expect(log.map((m) => m.toStatus)).toEqual(["forming"]);
    const [row] = await db.select().from(trajectories).where(eq(trajectories.id, id));
    expect(row!.status).toBe("forming");
  });

  it("answers 404 for another werkplaats's trajectory and a malformed id", async () => {
    const elsewhere = await makeWerkplaats({ name: "Nog een werkplaats" });
    const otherStaff = { user: await makePerson(elsewhere.id, ["staff"]), roles: ["staff"], werkplaats: elsewhere } as Visitor;
    const intake = await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" });
    const id = (await startTrajectory(form(intake.id))).location!.split("/").pop()!;
    const look = (who: Visitor, tid: string) =>
      outcome(() => file.loader(routeArgs(`/werkplaats/trajecten/${tid}`, who, { params: { trajectoryId: tid } })));
    expect((await look(otherStaff, id)).status).toBe(404);
    expect((await look(staff, "niet-een-id")).status).toBe(404);
  });
});

describe("the team", () => {
  const invite = (id: string, fields: Record<string, string>) =>
    outcome(() =>
      file.action(routeArgs(`/werkplaats/trajecten/${id}`, staff, formPost({ intent: "invite", ...fields }, { trajectoryId: id }))),
    );
  const tokenIn = async (email: string) => {
    const rows = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, email));
    const token = rows[0]?.bodyText.match(/\/traject\/uitnodiging\/(\S+)/)?.[1];
    if (!token) throw new Error(`no team link in the mail to ${email}`);
    return token;
  };
  const accept = (token: string) =>
    outcome(() =>
      join.action(
        routeArgs(
          `/traject/uitnodiging/${token}`,
          { user: null, roles: [], werkplaats },
          formPost({ password: "een lange zin voor het team", confirm: "een lange zin voor het team", terms: "on" }, { token }),
        ),
      ),
    );
  const teamPage = (who: Visitor, id: string) =>
    outcome(() => team.loader(routeArgs(`/trajecten/${id}`, who, { params: { trajectoryId: id } })));

  it("invites students with a team role and a teacher by email; accepting links the account; another team's student gets 403", async () => {
    const intake = await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" });
    const id = (await startTrajectory(form(intake.id))).location!.split("/").pop()!;
    const other = await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" });
    const otherId = (await startTrajectory(form(other.id))).location!.split("/").pop()!;

    expect(
      (
        await invite(id, {
          name: "Noor Bakker",
          email: "Noor@student.davinci.nl",
          role: "student",
          teamRole: "projectleider",
          level: "mbo",
        })
      ).status,
    ).toBe(200);
    expect((await invite(id, { name: "Henk Docent", email: "henk@davinci.nl", role: "teacher" })).status).toBe(200);
    expect((await invite(id, { name: "Noor B.", email: "noor@student.davinci.nl", role: "student" })).status).toBe(409);
    expect((await invite(id, { name: "", email: "geen-adres", role: "rector" })).status).toBe(400);
    expect(
      (await invite(otherId, { name: "Mo El Amrani", email: "mo@student.hr.nl", role: "student", teamRole: "UX-onderzoek" })).status,
    ).toBe(200);

    const accepted = await accept(await tokenIn("noor@student.davinci.nl"));
    expect(accepted).toMatchObject({ status: 302, location: `/trajecten/${id}` });
    const members = await db.select().from(trajectoryMembers).where(eq(trajectoryMembers.trajectoryId, id));
    const noor = members.find((m) => m.email === "noor@student.davinci.nl")!;
    expect(noor).toMatchObject({ role: "student", teamRole: "projectleider", level: "mbo" });
    expect(noor.userId).not.toBeNull();
    expect(members.find((m) => m.email === "henk@davinci.nl")).toMatchObject({ role: "teacher", userId: null });
    // The link works once.
    expect((await accept(await tokenIn("noor@student.davinci.nl"))).status).toBe(400);

    await accept(await tokenIn("mo@student.hr.nl"));
    const [mo] = await db.select().from(trajectoryMembers).where(eq(trajectoryMembers.email, "mo@student.hr.nl"));
    const asStudent = (userId: string) => ({ user: { id: userId } as Visitor["user"], roles: [], werkplaats }) as Visitor;
    const own = await teamPage(asStudent(noor.userId!), id);
    expect(own.status).toBe(200);
    expect(JSON.stringify(own.body)).not.toContain("@");
    expect((await teamPage(asStudent(mo!.userId!), id)).status).toBe(403);
    expect((await teamPage(staff, id)).status).toBe(200);
  });

  it("takes no one onto a closed trajectory", async () => {
    const intake = await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" });
    const id = (await startTrajectory(form(intake.id))).location!.split("/").pop()!;
    await move(id, "closed");
    expect((await invite(id, { name: "Laat", email: "laat@student.nl", role: "student" })).status).toBe(409);
    expect(await db.select().from(trajectoryMembers).where(eq(trajectoryMembers.email, "laat@student.nl"))).toHaveLength(0);
  });
});

describe("milestones", () => {
  const plan = (id: string, fields: Record<string, string>) =>
    outcome(() =>
      file.action(routeArgs(`/werkplaats/trajecten/${id}`, staff, formPost({ intent: "milestone", ...fields }, { trajectoryId: id }))),
    );

  it("books the room through the room engine, shows on the calendar, and a clash is a 409 with nothing saved", async () => {
    const room = await makeRoom(werkplaats.id, { name: "Zaal De Merwede", advanceDays: 365 });
    const intake = await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" });
    const id = (await startTrajectory(form(intake.id))).location!.split("/").pop()!;
    const day = addDays(todayIn(new Date(), "Europe/Amsterdam"), 14);
    const kickOff = {
      kind: "kick_off",
      title: "Kick-off met de bakkerij",
      date: day,
      startTime: "10:00",
      endTime: "11:30",
      roomId: room.id,
    };
    expect((await plan(id, kickOff)).status).toBe(200);
    const [booking] = await db.select().from(roomBookings).where(eq(roomBookings.roomId, room.id));
    expect(booking).toMatchObject({ kind: "event", title: "Kick-off met de bakkerij", status: "confirmed" });
    const [milestone] = await db.select().from(trajectoryMilestones).where(eq(trajectoryMilestones.trajectoryId, id));
    expect(milestone).toMatchObject({ kind: "kick_off", roomId: room.id, roomBookingId: booking!.id });
    // The milestone is an activity in the agenda that holds the booking: a draft team session.
    const [activity] = await db.select().from(events).where(eq(events.id, milestone!.eventId!));
    expect(activity).toMatchObject({ kind: "workshop", status: "draft", titleNl: "Kick-off met de bakkerij", roomBookingId: booking!.id });
    expect(activity!.startsAt).toEqual(milestone!.startsAt);

    // Another trajectory wants the room in the same hour: the exclusion constraint refuses it.
    const other = await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" });
    const otherId = (await startTrajectory(form(other.id))).location!.split("/").pop()!;
    const clash = await plan(otherId, { ...kickOff, kind: "interim", title: "Tussenpresentatie", startTime: "11:00", endTime: "12:00" });
    expect(clash.status).toBe(409);
    expect(await db.select().from(trajectoryMilestones).where(eq(trajectoryMilestones.trajectoryId, otherId))).toHaveLength(0);
    expect(await db.select().from(roomBookings).where(eq(roomBookings.roomId, room.id))).toHaveLength(1);
    expect(
      await db
        .select()
        .from(events)
        .where(and(eq(events.werkplaatsId, werkplaats.id), eq(events.titleNl, "Tussenpresentatie"))),
    ).toHaveLength(0);
    // Without a room nothing is booked; an end before the start is refused.
    expect((await plan(otherId, { ...kickOff, roomId: "", title: "Online" })).status).toBe(200);
    expect((await plan(otherId, { ...kickOff, roomId: "", startTime: "12:00", endTime: "11:00" })).status).toBe(409);

    const range = { start: zonedToUtc(day, "00:00"), end: zonedToUtc(addDays(day, 1), "00:00") };
    const seenByStaff = await calendarItems(werkplaats.id, { id: staff.user!.id, roles: ["staff"] }, range);
    expect(seenByStaff).toContainEqual(expect.objectContaining({ type: "event", title: "Kick-off met de bakkerij", roomId: room.id }));
    const seenByMember = await calendarItems(werkplaats.id, { id: member.user!.id, roles: ["member"] }, range);
    expect(seenByMember).toContainEqual(expect.objectContaining({ type: "taken", title: null, roomId: room.id }));
    const page = await outcome(() => file.loader(routeArgs(`/werkplaats/trajecten/${id}`, staff, { params: { trajectoryId: id } })));
    expect((page.body as { milestones: unknown[] }).milestones).toEqual([
      expect.objectContaining({ title: "Kick-off met de bakkerij", roomName: "Zaal De Merwede" }),
    ]);

    // Staff's activity list says which drafts are milestones and of which trajectory, and can leave them out.
    type Agenda = { upcoming: { id: string; milestone: { trajectoryId: string } | null }[] };
    const listed = async (query = "") =>
      ((await outcome(() => agenda.loader(routeArgs(`/admin/events${query}`, staff)))).body as Agenda).upcoming;
    expect((await listed()).find((e) => e.id === activity!.id)?.milestone).toMatchObject({
      trajectoryId: id,
      trajectoryTitle: expect.any(String),
    });
    const plain = await makeHackathon(werkplaats.id);
    expect((await listed()).find((e) => e.id === plain.id)?.milestone).toBeNull();
    const without = await listed("?mijlpalen=nee");
    expect(without.map((e) => e.id)).toContain(plain.id);
    expect(without.some((e) => e.milestone !== null)).toBe(false);
  });
});

describe("moving and cancelling a milestone", () => {
  const post = (id: string, fields: Record<string, string>, who = staff) =>
    outcome(() => file.action(routeArgs(`/werkplaats/trajecten/${id}`, who, formPost(fields, { trajectoryId: id }))));
  const milestoneOf = async (id: string) =>
    (await db.select().from(trajectoryMilestones).where(eq(trajectoryMilestones.trajectoryId, id)))[0]!;
  const activityOf = async (eventId: string) => (await db.select().from(events).where(eq(events.id, eventId)))[0]!;
  const bookingOf = async (bookingId: string) => (await db.select().from(roomBookings).where(eq(roomBookings.id, bookingId)))[0]!;

  it("moves the activity and its booking along; a clash in the new room is a 409 that keeps the old slot", async () => {
    const [zaal, kamer] = [
      await makeRoom(werkplaats.id, { name: "De Lichtkamer", advanceDays: 365 }),
      await makeRoom(werkplaats.id, { name: "De Werkbank", advanceDays: 365 }),
    ];
    const day = addDays(todayIn(new Date(), "Europe/Amsterdam"), 21);
    const id = (await startTrajectory(form((await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" })).id)))
      .location!.split("/")
      .pop()!;
    const slot = { date: day, startTime: "09:00", endTime: "10:00", roomId: zaal.id };
    expect((await post(id, { intent: "milestone", kind: "interim", title: "Tussenstand", ...slot })).status).toBe(200);
    const before = await milestoneOf(id);

    // Someone else has De Werkbank at 14:00; moving there then is refused and nothing changes.
    const otherId = (
      await startTrajectory(form((await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" })).id))
    )
      .location!.split("/")
      .pop()!;
    expect(
      (
        await post(otherId, {
          intent: "milestone",
          kind: "kick_off",
          title: "Kick-off",
          ...slot,
          startTime: "14:00",
          endTime: "15:00",
          roomId: kamer.id,
        })
      ).status,
    ).toBe(200);
    const clash = await post(id, {
      intent: "moveMilestone",
      milestoneId: before.id,
      ...slot,
      startTime: "14:30",
      endTime: "15:30",
      roomId: kamer.id,
    });
    expect(clash.status).toBe(409);
    expect(await milestoneOf(id)).toEqual(before);
    expect(await bookingOf(before.roomBookingId!)).toMatchObject({ roomId: zaal.id, status: "confirmed" });
    expect((await activityOf(before.eventId!)).startsAt).toEqual(before.startsAt);

    // A free hour in the other room: milestone, activity and booking move together.
    expect(
      (await post(id, { intent: "moveMilestone", milestoneId: before.id, ...slot, startTime: "11:00", endTime: "12:30", roomId: kamer.id }))
        .status,
    ).toBe(200);
    const moved = await milestoneOf(id);
    expect(moved).toMatchObject({
      id: before.id,
      eventId: before.eventId,
      roomId: kamer.id,
      startsAt: zonedToUtc(day, "11:00"),
      endsAt: zonedToUtc(day, "12:30"),
    });
    expect(await activityOf(moved.eventId!)).toMatchObject({
      roomId: kamer.id,
      startsAt: moved.startsAt,
      endsAt: moved.endsAt,
      roomBookingId: moved.roomBookingId,
    });
    expect(await bookingOf(moved.roomBookingId!)).toMatchObject({ roomId: kamer.id, startsAt: moved.startsAt, status: "confirmed" });
    // Moved online, the room is let go.
    expect((await post(id, { intent: "moveMilestone", milestoneId: before.id, ...slot, roomId: "" })).status).toBe(200);
    expect(await milestoneOf(id)).toMatchObject({ roomId: null, roomBookingId: null });
    expect(await bookingOf(moved.roomBookingId!)).toMatchObject({ status: "cancelled" });
  });

  it("cancels the activity and frees the room; another trajectory's milestone is a 404 and bad fields a 400", async () => {
    const room = await makeRoom(werkplaats.id, { name: "De Vergaderkamer", advanceDays: 365 });
    const day = addDays(todayIn(new Date(), "Europe/Amsterdam"), 28);
    const id = (await startTrajectory(form((await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" })).id)))
      .location!.split("/")
      .pop()!;
    const otherId = (
      await startTrajectory(form((await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" })).id))
    )
      .location!.split("/")
      .pop()!;
    const slot = { date: day, startTime: "13:00", endTime: "14:00", roomId: room.id };
    expect((await post(id, { intent: "milestone", kind: "final", title: "Eindpresentatie", ...slot })).status).toBe(200);
    const milestone = await milestoneOf(id);
    expect((await post(otherId, { intent: "cancelMilestone", milestoneId: milestone.id })).status).toBe(404);
    expect((await post(otherId, { intent: "moveMilestone", milestoneId: milestone.id, ...slot })).status).toBe(404);
    expect((await post(id, { intent: "moveMilestone", milestoneId: milestone.id, ...slot, date: "morgen" })).status).toBe(400);
    expect((await post(id, { intent: "cancelMilestone", milestoneId: "geen-id" })).status).toBe(400);

    expect((await post(id, { intent: "cancelMilestone", milestoneId: milestone.id })).status).toBe(200);
    expect(await db.select().from(trajectoryMilestones).where(eq(trajectoryMilestones.trajectoryId, id))).toHaveLength(0);
    expect(await activityOf(milestone.eventId!)).toMatchObject({ status: "cancelled" });
    expect(await bookingOf(milestone.roomBookingId!)).toMatchObject({ status: "cancelled" });
    // The hour is free again for someone else.
    expect((await post(otherId, { intent: "milestone", kind: "kick_off", title: "Kick-off", ...slot })).status).toBe(200);
    expect((await post(id, { intent: "cancelMilestone", milestoneId: milestone.id })).status).toBe(404);
  });

  it("follows its activity when staff change or cancel it on the agenda's own page", async () => {
    const room = await makeRoom(werkplaats.id, { name: "De Ontmoetingsruimte", advanceDays: 365 });
    const day = addDays(todayIn(new Date(), "Europe/Amsterdam"), 35);
    const id = (await startTrajectory(form((await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" })).id)))
      .location!.split("/")
      .pop()!;
    expect(
      (
        await post(id, {
          intent: "milestone",
          kind: "interim",
          title: "Demo",
          date: day,
          startTime: "10:00",
          endTime: "11:00",
          roomId: room.id,
        })
      ).status,
    ).toBe(200);
    const milestone = await milestoneOf(id);
    const actor = { id: staff.user!.id, roles: ["staff" as const] };
    const edit = await eventEditPage(werkplaats.id, milestone.eventId!);
    const filled = Object.fromEntries(Object.entries(edit.values).filter(([, v]) => v !== ""));
    const input = eventFormSchema.parse({ ...filled, startDate: day, endDate: day, startTime: "15:00", endTime: "16:00" });
    await updateEvent(werkplaats.id, actor, milestone.eventId!, input);
    expect(await milestoneOf(id)).toMatchObject({ startsAt: zonedToUtc(day, "15:00"), endsAt: zonedToUtc(day, "16:00"), roomId: room.id });
    await setEventStatus(werkplaats, actor, milestone.eventId!, "cancel-event");
    expect(await db.select().from(trajectoryMilestones).where(eq(trajectoryMilestones.trajectoryId, id))).toHaveLength(0);
  });
});

describe("the SME's private link", () => {
  const view = (token: string) =>
    outcome(() => follow.loader(routeArgs(`/volg/${token}`, { user: null, roles: [], werkplaats }, { params: { token } })));
  const shown = (page: { body?: unknown }) => (page.body as { view: unknown }).view;

  it("is mailed with a long random token stored hashed; shows milestones; guessed, replaced, expired or closed shows nothing", async () => {
    const intake = await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory", email: "ria@korenbloem.nl" });
    const id = (await startTrajectory(form(intake.id))).location!.split("/").pop()!;
    const send = () =>
      outcome(() => file.action(routeArgs(`/werkplaats/trajecten/${id}`, staff, formPost({ intent: "smeLink" }, { trajectoryId: id }))));
    expect((await send()).status).toBe(200);
    const linkOf = async () => {
      const rows = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, "ria@korenbloem.nl"));
      const tokens = rows.map((r) => r.bodyText.match(/\/volg\/(\S+)/)?.[1]).filter(Boolean) as string[];
      return tokens[tokens.length - 1]!;
    };
    const token = await linkOf();
    expect(token.length).toBeGreaterThanOrEqual(43);
    const [row] = await db.select().from(trajectories).where(eq(trajectories.id, id));
    expect(row!.smeTokenHash).not.toBe(token);
    expect(JSON.stringify(row)).not.toContain(token);

    const page = await view(token);
    expect(page.status).toBe(200);
    expect(shown(page)).toMatchObject({ title: "Webshop Korenbloem vindbaar", status: "forming", milestones: [], deliverables: [] });
    expect(JSON.stringify(page.body)).not.toContain("ria@korenbloem.nl");

    const guessed = await view(`${token.slice(0, -2)}xx`);
    expect(guessed.status).toBe(404);
    expect(shown(guessed)).toBeNull();
    expect((await view("kort")).status).toBe(404);

    // Expired: the link works until three months after the school period.
    expect(await smeView(token, new Date("2027-07-29T12:00:00Z"))).not.toBeNull();
    expect(await smeView(token, new Date("2027-07-30T12:00:00Z"))).toBeNull();

    // Sending again replaces the token; the old link stops working.
    await send();
    expect((await view(token)).status).toBe(404);
    const fresh = await linkOf();
    expect((await view(fresh)).status).toBe(200);
    await move(id, "closed");
    expect(shown(await view(fresh))).toBeNull();
    expect((await send()).status).toBe(409);
  });
});
