import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { consultationSlots, outboxMessages } from "#db/schema";
import {
  bookSlot,
  cancelAppointment,
  cancelSlot,
  findAppointment,
  openSlots,
  publishSlots,
} from "~/modules/consultations/consultations.server";
import { roomFormSchema } from "~/modules/rooms/rooms.schema";
import { createRoom, deleteRoom, getRoom, listRooms, roomFormValues, updateRoom } from "~/modules/rooms/rooms.server";
import { bookRoom } from "~/modules/rooms/bookings.server";
import { calendarItems, calendarPage } from "~/modules/rooms/calendar-items.server";
import { createEvent } from "~/modules/events/events.server";
import { db } from "~/utils/db.server";
import { actor, at, inDays, werkplaatsWithPeople } from "../support/rooms-fixtures";

let ctx: Awaited<ReturnType<typeof werkplaatsWithPeople>>;
beforeAll(async () => {
  ctx = await werkplaatsWithPeople();
});

const roomInput = (name: string) =>
  roomFormSchema.parse({
    name,
    capacity: "6",
    amenities: ["beamer", "coffee"],
    memberHourly: "17,50",
    guestHourly: "30",
    minMinutes: "30",
    maxMinutes: "180",
    bufferBeforeMinutes: "0",
    bufferAfterMinutes: "15",
    advanceDays: "60",
    cancelHours: "24",
    bookableBy: "members",
    active: "on",
    open_1: "08:00",
    close_1: "18:00",
    open_2: "08:00",
    close_2: "18:00",
    open_3: "08:00",
    close_3: "18:00",
    open_4: "08:00",
    close_4: "18:00",
    open_5: "08:00",
    close_5: "18:00",
  });

describe("rooms (manager)", () => {
  it("creates, edits, refuses a duplicate name, and deletes only a room never booked", async () => {
    const room = await createRoom(ctx.werkplaats.id, roomInput("De Merwede"));
    expect(room).toMatchObject({
      memberHourlyCents: 1750,
      guestHourlyCents: 3000,
      amenities: ["beamer", "coffee"],
      openingHours: { "1": { open: "08:00", close: "18:00" } },
    });
    expect(room.openingHours["6"]).toBeUndefined();
    await expect(createRoom(ctx.werkplaats.id, roomInput("De Merwede"))).rejects.toMatchObject({
      status: 409,
      key: "rooms.error.nameTaken",
      field: "name",
    });
    const edited = await updateRoom(ctx.werkplaats.id, room.id, { ...roomInput("De Merwede"), capacity: 10, active: false });
    expect(edited).toMatchObject({ capacity: 10, active: false });
    expect(roomFormValues(await getRoom(ctx.werkplaats.id, room.id))).toMatchObject({
      memberHourly: "17,50",
      open_1: "08:00",
      close_6: "",
    });
    expect((await listRooms(ctx.werkplaats.id)).some((r) => r.id === room.id)).toBe(false);
    expect((await listRooms(ctx.werkplaats.id, { includeInactive: true })).some((r) => r.id === room.id)).toBe(true);

    const used = await createRoom(ctx.werkplaats.id, roomInput("De Biesbosch"));
    const day = inDays(7);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    const date = weekday === 0 ? inDays(8) : weekday === 6 ? inDays(9) : day;
    await bookRoom(ctx.werkplaats, actor(ctx.member, ["member"]), {
      roomId: used.id,
      date,
      startTime: "10:00",
      endTime: "11:00",
      repeat: "none",
      kind: "booking",
    });
    await expect(deleteRoom(ctx.werkplaats.id, used.id)).rejects.toMatchObject({ status: 409, key: "rooms.error.hasBookings" });
    expect(await deleteRoom(ctx.werkplaats.id, room.id)).toBe("De Merwede");
    await expect(getRoom(ctx.werkplaats.id, room.id)).rejects.toMatchObject({ status: 404 });
    await expect(getRoom(ctx.werkplaats.id, "not-a-uuid")).rejects.toMatchObject({ status: 404 });
  });

  it("the month view asks for activities only", async () => {
    const room = await createRoom(ctx.werkplaats.id, { ...roomInput("Het Atelier"), bookableBy: "members" });
    const date = inDays(12);
    await bookRoom(ctx.werkplaats, actor(ctx.staff, ["staff"]), {
      roomId: room.id,
      date,
      startTime: "06:00",
      endTime: "07:00",
      repeat: "none",
      kind: "block",
    });
    await createEvent(ctx.werkplaats.id, actor(ctx.staff, ["staff"]), {
      intent: "publish",
      kind: "talk",
      titleNl: "Talk",
      themes: [],
      audiences: ["public"],
      startDate: date,
      startTime: "19:00",
      endTime: "20:00",
      roomId: room.id,
      capacity: 30,
    });
    const range = { start: at(date, "00:00"), end: at(inDays(13), "00:00") };
    const all = await calendarItems(ctx.werkplaats.id, actor(ctx.member, ["member"]), range);
    const month = await calendarItems(ctx.werkplaats.id, actor(ctx.member, ["member"]), { ...range, eventsOnly: true });
    expect(all.map((i) => i.type).sort()).toEqual(["block", "event"]);
    expect(month.map((i) => i.type)).toEqual(["event"]);
  });
});

describe("the per-room day view", () => {
  it("shows each room as a column of half hours: booked, closed or free to book, staff-only rooms for staff", async () => {
    const north = await createRoom(ctx.werkplaats.id, roomInput("Zaal Noord"));
    const later = Object.fromEntries(
      [1, 2, 3, 4, 5].flatMap((d) => [
        [`open_${d}`, "09:00"],
        [`close_${d}`, "17:00"],
      ]),
    );
    const south = await createRoom(ctx.werkplaats.id, { ...roomInput("Zaal Zuid"), ...later });
    const staffOnly = await createRoom(ctx.werkplaats.id, { ...roomInput("Zaal Staf"), bookableBy: "staff" });
    // A weekday a month ahead.
    let ahead = 30;
    while ([0, 6].includes(new Date(`${inDays(ahead)}T12:00:00Z`).getUTCDay())) ahead += 1;
    const date = inDays(ahead);
    await bookRoom(ctx.werkplaats, actor(ctx.member, ["member"]), {
      roomId: north.id,
      date,
      startTime: "14:00",
      endTime: "15:00",
      repeat: "none",
      kind: "booking",
    });

    const asMember = await calendarPage(ctx.werkplaats.id, actor(ctx.member, ["member"]), { roomsOn: date });
    const day = asMember.day!;
    expect(day.times[0]).toBe("08:00");
    expect(day.times.at(-1)).toBe("17:30");
    const column = (id: string) => day.columns.find((c) => c.room.id === id)!.cells;
    expect(day.columns.some((c) => c.room.id === staffOnly.id)).toBe(false);
    // "Which room is free at 14:00?" is one row: north is booked for two half hours, south is free.
    expect(column(north.id).find((c) => c.time === "14:00")).toMatchObject({ kind: "item", rows: 2, item: { type: "own" } });
    expect(column(north.id).find((c) => c.time === "14:30")).toBeUndefined();
    expect(column(south.id).find((c) => c.time === "14:00")).toEqual({ kind: "free", time: "14:00", end: "14:30", rows: 1, past: false });
    // South opens an hour later and closes an hour earlier: one grey block at each end.
    expect(column(south.id)[0]).toEqual({ kind: "closed", time: "08:00", rows: 2 });
    expect(column(south.id).at(-1)).toEqual({ kind: "closed", time: "17:00", rows: 2 });
    for (const c of day.columns) expect(c.cells.reduce((sum, cell) => sum + cell.rows, 0)).toBe(day.times.length);

    const asStaff = await calendarPage(ctx.werkplaats.id, actor(ctx.staff, ["staff"]), { roomsOn: date });
    expect(asStaff.day!.columns.some((c) => c.room.id === staffOnly.id)).toBe(true);
    // Staff see whose booking it is.
    expect(asStaff.day!.columns.find((c) => c.room.id === north.id)!.cells.find((c) => c.time === "14:00")).toMatchObject({
      kind: "item",
      item: { type: "booking", person: ctx.member.name },
    });
  });
});

describe("an activity over two days", () => {
  it("is one item per day within its daily hours in the calendar, each knowing both days", async () => {
    const room = await createRoom(ctx.werkplaats.id, roomInput("De Hackathonzaal"));
    const first = inDays(20);
    const second = inDays(21);
    await createEvent(ctx.werkplaats.id, actor(ctx.staff, ["staff"]), {
      intent: "publish",
      kind: "hackathon",
      titleNl: "Hackathon",
      themes: [],
      audiences: ["public"],
      startDate: first,
      endDate: second,
      startTime: "09:00",
      endTime: "17:00",
      roomId: room.id,
      capacity: 30,
    });
    const items = await calendarItems(ctx.werkplaats.id, actor(ctx.member, ["member"]), {
      start: at(first, "00:00"),
      end: at(inDays(22), "00:00"),
      roomId: room.id,
    });
    const days = [
      { start: at(first, "09:00").toISOString(), end: at(first, "17:00").toISOString() },
      { start: at(second, "09:00").toISOString(), end: at(second, "17:00").toISOString() },
    ];
    expect(items.map((i) => ({ start: i.start, end: i.end, days: i.days }))).toEqual(days.map((d) => ({ ...d, days })));
    expect(new Set(items.map((i) => i.id)).size).toBe(2);
    // Looking at the second day alone still shows it taken.
    const dayTwo = await calendarItems(ctx.werkplaats.id, actor(ctx.member, ["member"]), {
      start: at(second, "00:00"),
      end: at(inDays(22), "00:00"),
      roomId: room.id,
    });
    expect(dayTwo.map((i) => i.start)).toEqual([days[1]!.start]);
  });
});

describe("consultation hours (spreekuur)", () => {
  it("publishes weekly slots, refuses overlapping ones, books once, lets the booker cancel and the host withdraw", async () => {
    const count = await publishSlots(ctx.werkplaats.id, ctx.staff.id, {
      intent: "publish",
      topic: "Webshop en online marketing",
      location: "DOC",
      date: inDays(3),
      startTime: "14:00",
      slotMinutes: 30,
      count: 4,
      weeks: 3,
    });
    expect(count).toBe(12);
    await expect(
      publishSlots(ctx.werkplaats.id, ctx.staff.id, {
        intent: "publish",
        topic: "Dubbel",
        date: inDays(3),
        startTime: "15:00",
        slotMinutes: 30,
        count: 1,
        weeks: 1,
      }),
    ).rejects.toMatchObject({ status: 409, key: "consultations.error.overlap" });
    await expect(
      publishSlots(ctx.werkplaats.id, ctx.staff.id, {
        intent: "publish",
        topic: "Te laat",
        date: inDays(3),
        startTime: "22:00",
        slotMinutes: 60,
        count: 3,
        weeks: 1,
      }),
    ).rejects.toMatchObject({ status: 400 });
    const open = await openSlots(ctx.werkplaats.id);
    expect(open).toHaveLength(12);
    const slot = open[0]!;
    await bookSlot(
      ctx.werkplaats,
      slot.id,
      { name: "Marco Verhoeven", email: "marco@example.nl", question: "Hoe verkoop ik online?", consent: "on" },
      "nl",
    );
    await expect(
      bookSlot(ctx.werkplaats, slot.id, { name: "Ander", email: "ander@example.nl", question: "?", consent: "on" }, "nl"),
    ).rejects.toMatchObject({ status: 409, key: "consultations.error.taken" });
    expect(await openSlots(ctx.werkplaats.id)).toHaveLength(11);

    const [mail] = await db.select().from(outboxMessages).where(eq(outboxMessages.kind, "mail.consultationBooked"));
    const token = mail!.bodyText.match(/\/spreekuur\/afspraak\/(\S+)/)![1]!;
    expect((await findAppointment(token)).topic).toBe("Webshop en online marketing");
    await cancelAppointment(token);
    expect(await openSlots(ctx.werkplaats.id)).toHaveLength(12);
    await expect(findAppointment(token)).rejects.toMatchObject({ status: 404 });
    expect(await db.$count(outboxMessages, eq(outboxMessages.kind, "mail.consultationFreed"))).toBe(1);

    await bookSlot(
      ctx.werkplaats,
      slot.id,
      { name: "Ingrid Smit", email: "ingrid@example.nl", question: "Instagram?", consent: "on" },
      "nl",
    );
    await expect(cancelSlot(ctx.werkplaats, ctx.member.id, slot.id)).rejects.toMatchObject({ status: 404 });
    await cancelSlot(ctx.werkplaats, ctx.staff.id, slot.id);
    expect(await db.$count(outboxMessages, eq(outboxMessages.toAddress, "ingrid@example.nl"))).toBe(2);
    const [row] = await db.select().from(consultationSlots).where(eq(consultationSlots.id, slot.id));
    expect(row!.cancelledAt).not.toBeNull();
  });
});
