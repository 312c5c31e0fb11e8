import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { eventImages, events, outboxMessages, registrations, roomBookings } from "#db/schema";
import { publicAgenda, publicEvent } from "~/modules/events/agenda.server";
import type { EventFormInput } from "~/modules/events/events.schema";
import { createEvent, setEventStatus, updateEvent } from "~/modules/events/events.server";
import { attendeesCsv, ticketPage } from "~/modules/events/registration-pages.server";
import { eventImage, MAX_EVENT_IMAGE_BYTES, saveEventImage } from "~/modules/events/event-images.server";
import { translator } from "~/modules/i18n";
import { csvTime } from "~/utils/csv";
import { cancelRegistration, checkIn, emailRegistrants, registerForEvent } from "~/modules/events/registrations.server";
import { bookRoom } from "~/modules/rooms/bookings.server";
import { db } from "~/utils/db.server";
import { makeRoom } from "#db/room-factories";
import { actor, inDays, werkplaatsWithPeople } from "../support/rooms-fixtures";

let ctx: Awaited<ReturnType<typeof werkplaatsWithPeople>>;
let room: Awaited<ReturnType<typeof makeRoom>>;

beforeAll(async () => {
  ctx = await werkplaatsWithPeople();
  room = await makeRoom(ctx.werkplaats.id, { name: "Het Atelier", capacity: 16, bufferAfterMinutes: 30 });
});

const form = (overrides: Partial<EventFormInput> = {}): EventFormInput => ({
  intent: "publish",
  kind: "workshop",
  titleNl: "Social media plannen",
  themes: ["ecommerce"],
  audiences: ["public", "members"],
  startDate: inDays(9),
  startTime: "13:30",
  endTime: "16:30",
  roomId: room.id,
  capacity: 2,
  speakers: "Sanne Visser, Studio Noord\nGast Spreker",
  ...overrides,
});
const guest = (n: number) => ({ name: `Gast ${n}`, email: `Gast${n}@Example.nl`, locale: "nl" as const, consent: true });

describe("events through the room engine", () => {
  it("books the room for a published event and refuses a clashing booking or event", async () => {
    const event = await createEvent(ctx.werkplaats.id, actor(ctx.staff, ["staff"]), form());
    expect(event.status).toBe("published");
    expect(event.speakers).toEqual([
      { name: "Sanne Visser", organisation: "Studio Noord", userId: ctx.member.id },
      { name: "Gast Spreker" },
    ]);
    const [booking] = await db.select().from(roomBookings).where(eq(roomBookings.id, event.roomBookingId!));
    expect(booking).toMatchObject({ kind: "event", status: "confirmed" });
    await expect(
      bookRoom(ctx.werkplaats, actor(ctx.member, ["member"]), {
        roomId: room.id,
        date: inDays(9),
        startTime: "16:30",
        endTime: "17:30",
        repeat: "none",
        kind: "booking",
      }),
    ).rejects.toMatchObject({
      status: 409,
      key: "bookings.error.takenBuffer",
    });
    await expect(
      createEvent(ctx.werkplaats.id, actor(ctx.staff, ["staff"]), form({ startTime: "15:00", endTime: "17:00" })),
    ).rejects.toMatchObject({ status: 409, field: "roomId" });
  });

  it("refuses end before start and a past date without storing anything", async () => {
    const before = await db.$count(events);
    await expect(
      createEvent(ctx.werkplaats.id, actor(ctx.staff, ["staff"]), form({ startDate: inDays(30), startTime: "16:00", endTime: "15:00" })),
    ).rejects.toMatchObject({ status: 400, key: "bookings.error.endBeforeStart" });
    await expect(createEvent(ctx.werkplaats.id, actor(ctx.staff, ["staff"]), form({ startDate: inDays(-2) }))).rejects.toMatchObject({
      status: 400,
      key: "bookings.error.inPast",
    });
    expect(await db.$count(events)).toBe(before);
  });
});

describe("registration, waitlist and promotion", () => {
  it("fills, waitlists, refuses twice, promotes on cancellation and emails each step", async () => {
    const event = await createEvent(
      ctx.werkplaats.id,
      actor(ctx.staff, ["staff"]),
      form({ roomId: undefined, onlineUrl: "https://meet.example/abc", startDate: inDays(20) }),
    );
    const a = await registerForEvent(ctx.werkplaats, event.id, guest(1));
    const b = await registerForEvent(ctx.werkplaats, event.id, {
      userId: ctx.member.id,
      name: ctx.member.name,
      email: ctx.member.email,
      locale: "nl",
      consent: true,
    });
    const c = await registerForEvent(ctx.werkplaats, event.id, guest(3));
    expect([a.status, b.status, c.status]).toEqual(["registered", "registered", "waitlisted"]);
    expect(c.position).toBe(1);
    await expect(registerForEvent(ctx.werkplaats, event.id, guest(1))).rejects.toMatchObject({
      status: 409,
      key: "events.error.alreadyRegistered",
    });
    await expect(registerForEvent(ctx.werkplaats, event.id, { ...guest(9), userId: ctx.member.id })).rejects.toMatchObject({ status: 409 });

    const mail = async (to: string, kind: string) =>
      db
        .select()
        .from(outboxMessages)
        .where(and(eq(outboxMessages.toAddress, to), eq(outboxMessages.kind, kind)));
    expect(await mail("gast1@example.nl", "mail.registered")).toHaveLength(1);
    expect((await mail("gast3@example.nl", "mail.waitlisted"))[0]!.bodyText).toContain("plaats 1");

    const result = await cancelRegistration({ token: a.token });
    expect(result.promoted).toBe(1);
    const promoted = await mail("gast3@example.nl", "mail.promoted");
    expect(promoted).toHaveLength(1);
    expect(promoted[0]!.bodyText).toContain(`/tickets/${c.token}`);
    expect((await publicEvent(ctx.werkplaats.id, event.id)).placesLeft).toBe(0);
  });

  it("refuses capacity below the registered count and promotes when capacity grows", async () => {
    const event = await createEvent(
      ctx.werkplaats.id,
      actor(ctx.staff, ["staff"]),
      form({ roomId: undefined, onlineUrl: "https://meet.example/x", startDate: inDays(22), capacity: 2 }),
    );
    for (const n of [11, 12, 13, 14]) await registerForEvent(ctx.werkplaats, event.id, guest(n));
    await expect(
      updateEvent(
        ctx.werkplaats.id,
        actor(ctx.staff, ["staff"]),
        event.id,
        form({ roomId: undefined, onlineUrl: "https://meet.example/x", startDate: inDays(22), capacity: 1 }),
      ),
    ).rejects.toMatchObject({
      status: 409,
      key: "events.error.capacityBelow",
      vars: { count: 2 },
      field: "capacity",
    });
    await updateEvent(
      ctx.werkplaats.id,
      actor(ctx.staff, ["staff"]),
      event.id,
      form({ roomId: undefined, onlineUrl: "https://meet.example/x", startDate: inDays(22), capacity: 3 }),
    );
    const regs = await db.select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(
      regs
        .filter((r) => r.status === "registered")
        .map((r) => r.name)
        .sort(),
    ).toEqual(["Gast 11", "Gast 12", "Gast 13"]);
  });

  it("refuses registration before the window opens, after it closes and for drafts", async () => {
    const notYet = await createEvent(
      ctx.werkplaats.id,
      actor(ctx.staff, ["staff"]),
      form({ roomId: undefined, onlineUrl: "https://meet.example/y", startDate: inDays(30), registrationOpens: inDays(10) }),
    );
    await expect(registerForEvent(ctx.werkplaats, notYet.id, guest(20))).rejects.toMatchObject({
      status: 409,
      key: "events.error.notOpenYet",
    });
    const closed = await createEvent(
      ctx.werkplaats.id,
      actor(ctx.staff, ["staff"]),
      form({ roomId: undefined, onlineUrl: "https://meet.example/z", startDate: inDays(30), registrationCloses: inDays(-1) }),
    );
    await expect(registerForEvent(ctx.werkplaats, closed.id, guest(21))).rejects.toMatchObject({ status: 409, key: "events.error.closed" });
    const draft = await createEvent(
      ctx.werkplaats.id,
      actor(ctx.staff, ["staff"]),
      form({ intent: "save", roomId: undefined, onlineUrl: "https://meet.example/d", startDate: inDays(30) }),
    );
    await expect(registerForEvent(ctx.werkplaats, draft.id, guest(22))).rejects.toMatchObject({ status: 404 });
    expect((await publicAgenda(ctx.werkplaats.id, {})).some((e) => e.id === draft.id)).toBe(false);
  });

  it("checks in by name or code, exports CSV, emails everyone, and cancelling notifies all and frees the room", async () => {
    const event = await createEvent(ctx.werkplaats.id, actor(ctx.staff, ["staff"]), form({ startDate: inDays(25), capacity: 1 }));
    const first = await registerForEvent(ctx.werkplaats, event.id, { ...guest(30), organisation: "Bakkerij; Van Dam" });
    await registerForEvent(ctx.werkplaats, event.id, guest(31));
    const [reg] = await db.select().from(registrations).where(eq(registrations.token, first.token));
    await expect(checkIn(ctx.werkplaats.id, { code: reg!.checkinCode.toLowerCase() })).resolves.toMatchObject({
      name: "Gast 30",
      already: false,
    });
    await expect(checkIn(ctx.werkplaats.id, { code: reg!.checkinCode })).resolves.toMatchObject({ already: true });
    await expect(checkIn(ctx.werkplaats.id, { code: "NOPE" })).rejects.toMatchObject({ status: 404 });
    const waiting = (await db.select().from(registrations).where(eq(registrations.email, "gast31@example.nl")))[0]!;
    await expect(checkIn(ctx.werkplaats.id, { registrationId: waiting.id })).rejects.toMatchObject({
      status: 409,
      key: "doorCheckin.waitlisted",
    });

    const csv = await attendeesCsv(ctx.werkplaats.id, event.id, translator("nl"), "Europe/Amsterdam");
    expect(csv.text).toContain('"Bakkerij; Van Dam"');
    expect(csv.text.split("\r\n")).toHaveLength(4);
    // Labelled columns, and times on the werkplaats's clock rather than UTC.
    expect(csv.text.split("\r\n")[0]).toBe(
      "\uFEFFNaam;E-mailadres;Organisatie;Status;Aangemeld op (Europe/Amsterdam);Ingecheckt om (Europe/Amsterdam);Prijs (excl. btw)",
    );
    expect(csv.text).toContain(`;Wachtlijst;${csvTime(waiting.createdAt, "Europe/Amsterdam")};;`);
    expect(csv.text).not.toContain(waiting.createdAt.toISOString());

    expect(
      await emailRegistrants(ctx.werkplaats, event.id, {
        subject: "Parkeren",
        message: "Parkeer bij de Spuiboulevard.",
        includeWaitlist: true,
      }),
    ).toBe(2);

    await setEventStatus(ctx.werkplaats, actor(ctx.staff, ["staff"]), event.id, "cancel-event");
    const cancelledMails = await db.select().from(outboxMessages).where(eq(outboxMessages.kind, "mail.eventCancelled"));
    expect(cancelledMails.map((m) => m.toAddress).sort()).toEqual(["gast30@example.nl", "gast31@example.nl"]);
    const [booking] = await db.select().from(roomBookings).where(eq(roomBookings.id, event.roomBookingId!));
    expect(booking!.status).toBe("cancelled");
    await expect(registerForEvent(ctx.werkplaats, event.id, guest(32))).rejects.toMatchObject({
      status: 409,
      key: "events.error.cancelled",
    });
  });
});

describe("an event's picture, preview and location", () => {
  const png = (size: number) => {
    const bytes = new Uint8Array(size);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    return bytes;
  };

  it("stores a picture only of a known type and size, shows it on the agenda, and never another werkplaats's", async () => {
    const event = await createEvent(
      ctx.werkplaats.id,
      actor(ctx.staff, ["staff"]),
      form({ startDate: inDays(25), roomId: undefined, onlineUrl: "https://meet.example/p" }),
    );
    await expect(saveEventImage(ctx.werkplaats.id, event.id, new Uint8Array())).rejects.toMatchObject({
      status: 400,
      key: "events.image.missing",
    });
    await expect(saveEventImage(ctx.werkplaats.id, event.id, new TextEncoder().encode("<svg onload=alert(1)>"))).rejects.toMatchObject({
      status: 400,
      key: "events.image.type",
    });
    await expect(saveEventImage(ctx.werkplaats.id, event.id, png(MAX_EVENT_IMAGE_BYTES + 1))).rejects.toMatchObject({
      status: 400,
      key: "events.image.tooLarge",
    });
    const other = await werkplaatsWithPeople();
    await expect(saveEventImage(other.werkplaats.id, event.id, png(100))).rejects.toMatchObject({ status: 404 });
    expect(await db.select().from(eventImages).where(eq(eventImages.eventId, event.id))).toHaveLength(0);

    await saveEventImage(ctx.werkplaats.id, event.id, png(100));
    const stored = await eventImage(ctx.werkplaats.id, event.id, "public");
    expect(stored.contentType).toBe("image/png");
    expect(stored.data.length).toBe(100);
    await expect(eventImage(other.werkplaats.id, event.id, "public")).rejects.toMatchObject({ status: 404 });
    const card = (await publicAgenda(ctx.werkplaats.id, {})).find((e) => e.id === event.id);
    expect(card?.image).toMatch(new RegExp(`^/events/${event.id}/image\\?v=\\d+$`));

    // The database holds the limit whatever the code does.
    await expect(
      db
        .update(eventImages)
        .set({ data: Buffer.alloc(MAX_EVENT_IMAGE_BYTES + 1) })
        .where(eq(eventImages.eventId, event.id)),
    ).rejects.toThrow();
    await saveEventImage(ctx.werkplaats.id, event.id, null);
    expect((await publicEvent(ctx.werkplaats.id, event.id)).image).toBeNull();
  });

  it("lets staff preview a draft, with its picture, while the public gets not found", async () => {
    const draft = await createEvent(
      ctx.werkplaats.id,
      actor(ctx.staff, ["staff"]),
      form({ intent: "save", startDate: inDays(26), roomId: undefined }),
    );
    await saveEventImage(ctx.werkplaats.id, draft.id, png(50));
    await expect(publicEvent(ctx.werkplaats.id, draft.id)).rejects.toMatchObject({ status: 404 });
    await expect(eventImage(ctx.werkplaats.id, draft.id, "public")).rejects.toMatchObject({ status: 404 });
    const preview = await publicEvent(ctx.werkplaats.id, draft.id, new Date(), true);
    expect(preview).toMatchObject({ status: "draft", titleNl: "Social media plannen" });
    expect(preview.image).not.toBeNull();
    expect((await eventImage(ctx.werkplaats.id, draft.id, "staff")).data.length).toBe(50);
  });

  it("gives the room and address, or online, on the ticket and in the mail", async () => {
    const inRoom = await createEvent(ctx.werkplaats.id, actor(ctx.staff, ["staff"]), form({ startDate: inDays(27), capacity: 5 }));
    const online = await createEvent(
      ctx.werkplaats.id,
      actor(ctx.staff, ["staff"]),
      form({ startDate: inDays(28), roomId: undefined, onlineUrl: "https://meet.example/x" }),
    );
    const a = await registerForEvent(ctx.werkplaats, inRoom.id, guest(41));
    const b = await registerForEvent(ctx.werkplaats, online.id, guest(42));
    const address = `${ctx.werkplaats.street}, ${ctx.werkplaats.postalCode} ${ctx.werkplaats.city}`;
    expect((await ticketPage(a.token)).location).toEqual({ room: "Het Atelier", address });
    expect((await ticketPage(b.token)).location).toBeNull();
    const [mailA] = await db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.toAddress, "gast41@example.nl"), eq(outboxMessages.kind, "mail.registered")));
    const [mailB] = await db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.toAddress, "gast42@example.nl"), eq(outboxMessages.kind, "mail.registered")));
    expect(mailA!.bodyText).toContain(`Waar: Het Atelier, ${address}`);
    expect(mailB!.bodyText).toContain("Waar: Online");
  });
});
