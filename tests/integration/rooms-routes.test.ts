import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxMessages, registrations } from "#db/schema";
import * as adminEventAttendees from "~/routes/admin.events.$eventId_.attendees";
import * as attendeesCsv from "~/routes/admin.events.$eventId_.attendees[.]csv";
import * as adminEvent from "~/routes/admin.events.$eventId";
import * as adminEvents from "~/routes/admin.events._index";
import * as adminEventsNew from "~/routes/admin.events.new";
import * as adminRoom from "~/routes/admin.rooms.$roomId";
import * as adminRooms from "~/routes/admin.rooms._index";
import * as adminRoomsNew from "~/routes/admin.rooms.new";
import * as bookingIcs from "~/routes/bookings.$bookingId_.calendar[.]ics";
import * as booking from "~/routes/bookings.$bookingId";
import * as bookings from "~/routes/bookings._index";
import * as bookingsNew from "~/routes/bookings.new";
import * as calendarItems from "~/routes/calendar.items";
import * as calendar from "~/routes/calendar";
import * as checkin from "~/routes/checkin.$code";
import * as eventPage from "~/routes/events.$eventId";
import * as eventIcs from "~/routes/events.$eventId_.calendar[.]ics";
import * as agenda from "~/routes/events._index";
import * as feed from "~/routes/events.feed[.]ics";
import * as privateFeed from "~/routes/ical.$token";
import * as accountCalendar from "~/routes/account.calendar";
import * as home from "~/routes/_index";
import * as spreekuur from "~/routes/spreekuur._index";
import * as spreekuurManage from "~/routes/spreekuur.beheer";
import * as ticket from "~/routes/tickets.$token";
import type { Role } from "~/modules/auth/roles";
import { createEvent } from "~/modules/events/events.server";
import { registerForEvent } from "~/modules/events/registrations.server";
import { bookRoom } from "~/modules/rooms/bookings.server";
import { queueReminders } from "~/modules/calendar/reminders.server";
import { db } from "~/utils/db.server";
import { makeRoom } from "#db/room-factories";
import { actor, at, inDays, werkplaatsWithPeople } from "../support/rooms-fixtures";
import { outcome, routeArgs } from "../support/route-harness";
import { parseIcs } from "../support/ical-parse";

let ctx: Awaited<ReturnType<typeof werkplaatsWithPeople>>;
let roomId: string;
let bookingId: string;
let eventId: string;
let ticketToken: string;
let checkinCode: string;

type Person = { id: string; email: string; name: string } | null;
const as = (user: Person, roles: Role[]) => ({ user, roles, werkplaats: ctx.werkplaats });

beforeAll(async () => {
  ctx = await werkplaatsWithPeople();
  roomId = (await makeRoom(ctx.werkplaats.id, { name: "De Biesbosch" })).id;
  const r = await bookRoom(ctx.werkplaats, actor(ctx.member, ["member"]), {
    roomId,
    date: inDays(2),
    startTime: "10:00",
    endTime: "11:00",
    repeat: "none",
    kind: "booking",
    title: "Klant; gesprek",
  });
  if (r.status !== "booked") throw new Error("setup");
  bookingId = r.bookingIds[0]!;
  const event = await createEvent(ctx.werkplaats.id, actor(ctx.staff, ["staff"]), {
    intent: "publish",
    kind: "talk",
    titleNl: "Energie besparen",
    themes: ["energy_transition"],
    audiences: ["public"],
    startDate: inDays(6),
    startTime: "19:30",
    endTime: "21:00",
    onlineUrl: "https://meet.example/e",
    capacity: 10,
  });
  eventId = event.id;
  const reg = await registerForEvent(ctx.werkplaats, eventId, { name: "Gast Een", email: "gast@example.nl", locale: "nl", consent: true });
  ticketToken = reg.token;
  checkinCode = (await db.select().from(registrations).where(eq(registrations.token, reg.token)))[0]!.checkinCode;
});

describe("access per role for every new page (deny by default)", () => {
  const pages: [string, (a: ReturnType<typeof routeArgs>) => unknown, Role[]][] = [
    ["/admin/rooms", (a) => adminRooms.loader(a), ["manager"]],
    ["/admin/rooms/new", (a) => adminRoomsNew.loader(a), ["manager"]],
    ["/admin/rooms/:id", (a) => adminRoom.loader({ ...a, params: { roomId } }), ["manager"]],
    ["/admin/events", (a) => adminEvents.loader(a), ["staff", "manager"]],
    ["/admin/events/new", (a) => adminEventsNew.loader(a), ["staff", "manager"]],
    ["/admin/events/:id", (a) => adminEvent.loader({ ...a, params: { eventId } }), ["staff", "manager"]],
    ["/admin/events/:id/attendees", (a) => adminEventAttendees.loader({ ...a, params: { eventId } }), ["staff", "manager"]],
    ["/admin/events/:id/attendees.csv", (a) => attendeesCsv.loader({ ...a, params: { eventId } }), ["staff", "manager"]],
    ["/checkin/:code", (a) => checkin.loader({ ...a, params: { code: checkinCode } }), ["staff", "manager"]],
    ["/calendar", (a) => calendar.loader(a), ["member", "staff", "manager"]],
    ["/bookings", (a) => bookings.loader(a), ["member", "staff", "manager"]],
    ["/bookings/new", (a) => bookingsNew.loader(a), ["member", "staff", "manager"]],
    ["/spreekuur/beheer", (a) => spreekuurManage.loader(a), ["member", "staff", "manager"]],
    ["/account/calendar", (a) => accountCalendar.loader(a), ["member", "staff", "manager", "student", "teacher", "partner"]],
  ];
  const people = () => ({ manager: ctx.manager, staff: ctx.staff, member: ctx.member, student: ctx.student });

  it.each(pages)("%s", async (url, run, allowed) => {
    const guest = await outcome(() => run(routeArgs(url, as(null, []))));
    expect(guest.status, "guest").toBe(302);
    expect(guest.location).toMatch(/^\/login\?redirectTo=/);
    for (const [role, person] of Object.entries(people()) as [Role, typeof ctx.member][]) {
      const result = await outcome(() => run(routeArgs(url, as(person, [role]))));
      expect(result.status, `${role} on ${url}`).toBe(allowed.includes(role) ? 200 : 403);
    }
  });

  it("public pages answer without a login", async () => {
    for (const [name, run] of [
      ["agenda", () => agenda.loader(routeArgs("/events?theme=energy&kind=nonsense", as(null, [])))],
      ["event", () => eventPage.loader({ ...routeArgs(`/events/${eventId}`, as(null, [])), params: { eventId } })],
      ["spreekuur", () => spreekuur.loader(routeArgs("/spreekuur", as(null, [])))],
      ["ticket", () => ticket.loader({ ...routeArgs(`/tickets/${ticketToken}`, as(null, [])), params: { token: ticketToken } })],
    ] as const) {
      expect((await outcome(run)).status, name).toBe(200);
    }
  });

  it("someone else's booking is a 404, not a 403 that leaks it; staff may see it", async () => {
    const other = await outcome(() =>
      booking.loader({ ...routeArgs(`/bookings/${bookingId}`, as(ctx.member2, ["member"])), params: { bookingId } }),
    );
    expect(other.status).toBe(404);
    const mine = await outcome(() =>
      booking.loader({ ...routeArgs(`/bookings/${bookingId}`, as(ctx.member, ["member"])), params: { bookingId } }),
    );
    expect(mine.status).toBe(200);
    const staff = await outcome(() =>
      booking.loader({ ...routeArgs(`/bookings/${bookingId}`, as(ctx.staff, ["staff"])), params: { bookingId } }),
    );
    expect(staff.status).toBe(200);
    const nonsense = await outcome(() =>
      booking.loader({ ...routeArgs("/bookings/xyz", as(ctx.member, ["member"])), params: { bookingId: "xyz" } }),
    );
    expect(nonsense.status).toBe(404);
  });

  it("a member cannot post to a staff action", async () => {
    const body = new URLSearchParams({ intent: "cancel-event" });
    const result = await outcome(() =>
      adminEvent.action({
        ...routeArgs(`/admin/events/${eventId}?status`, as(ctx.member, ["member"]), { method: "POST", body }),
        params: { eventId },
      }),
    );
    expect(result.status).toBe(403);
  });
});

describe("the start page", () => {
  it("shows next bookings, today's room use for staff and the coming events", async () => {
    const staffHome = (await home.loader(routeArgs("/", as(ctx.staff, ["staff"])))) as {
      dashboard: { roomsAndEvents: { counts: { week: number }; nextEvents: { id: string; registered: number }[] } };
    };
    expect(staffHome.dashboard.roomsAndEvents.counts.week).toBeGreaterThanOrEqual(1);
    expect(staffHome.dashboard.roomsAndEvents.nextEvents.find((e) => e.id === eventId)).toMatchObject({ registered: 1 });
    const memberHome = (await home.loader(routeArgs("/", as(ctx.member, ["member"])))) as {
      dashboard: { roomsAndEvents: { myBookings: { id: string; startsAt: unknown }[]; counts: unknown } };
    };
    expect(memberHome.dashboard.roomsAndEvents.myBookings.map((b) => b.id)).toEqual([bookingId]);
    // Read as json in one statement with the events, handed on as instants like any other read.
    expect(memberHome.dashboard.roomsAndEvents.myBookings[0]?.startsAt).toBeInstanceOf(Date);
    expect(memberHome.dashboard.roomsAndEvents.counts).toBeNull();
  });
});

describe("calendar JSON", () => {
  // A refused range is thrown as a Response, which Remix sends as it is: the answer either way.
  const items = (query: string, who = as(ctx.member2, ["member"])) =>
    calendarItems.loader(routeArgs(`/calendar/items?${query}`, who)).catch((thrown: unknown) => {
      if (thrown instanceof Response) return thrown;
      throw thrown;
    });

  it("returns the visible range only, hiding who booked from other members", async () => {
    const day = inDays(2);
    const res = (await items(`start=${day}T00:00:00&end=${inDays(3)}T00:00:00&timeZone=Europe%2FAmsterdam`)) as Response;
    expect(res.status).toBe(200);
    const list = (await res.json()) as { id: string; type: string; title: string | null; person: string | null }[];
    expect(list.find((i) => i.id === bookingId)).toMatchObject({ type: "taken", title: null, person: null });
    const own = (await (await items(`start=${day}&end=${inDays(3)}`, as(ctx.member, ["member"]))).json()) as typeof list;
    expect(own.find((i) => i.id === bookingId)).toMatchObject({ type: "own", title: "Klant; gesprek" });
    const later = (await (await items(`start=${inDays(20)}&end=${inDays(21)}`)).json()) as typeof list;
    expect(later.find((i) => i.id === bookingId)).toBeUndefined();
  });

  it.each([
    "start=gisteren&end=morgen",
    "start=2026-02-30&end=2026-03-02",
    `start=${inDays(3)}&end=${inDays(2)}`,
    "start=2026-01-01&end=2026-06-01",
    "end=2026-01-02",
    "start=2026-01-01T99:00:00&end=2026-01-02",
  ])("nonsense range %s → 400 with a Dutch message", async (query) => {
    const res = (await items(query)) as Response;
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/periode|62 dagen/);
  });
});

describe("iCal", () => {
  it("the public feed, an event, a booking and a private feed parse as valid iCalendar", async () => {
    const pub = (await feed.loader(routeArgs("/events/feed.ics", as(null, [])))) as Response;
    expect(pub.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(parseIcs(await pub.text()).events.map((e) => e.SUMMARY)).toContain("Energie besparen");

    const one = (await eventIcs.loader({ ...routeArgs(`/events/${eventId}/calendar.ics`, as(null, [])), params: { eventId } })) as Response;
    const parsedEvent = parseIcs(await one.text()).events[0]!;
    expect(parsedEvent.DTSTART).toBe(
      at(inDays(6), "19:30")
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}/, ""),
    );

    const b = (await bookingIcs.loader({
      ...routeArgs(`/bookings/${bookingId}/calendar.ics`, as(ctx.member, ["member"])),
      params: { bookingId },
    })) as Response;
    expect(parseIcs(await b.text()).events[0]!.SUMMARY).toBe("De Biesbosch: Klant; gesprek");
    const denied = await outcome(() =>
      bookingIcs.loader({ ...routeArgs(`/bookings/${bookingId}/calendar.ics`, as(ctx.member2, ["member"])), params: { bookingId } }),
    );
    expect(denied.status).toBe(404);

    // Private feed: created, readable without a session, revoked → 404.
    const post = (intent: string) =>
      accountCalendar.action(
        routeArgs("/account/calendar", as(ctx.member, ["member"]), { method: "POST", body: new URLSearchParams({ intent }) }),
      );
    await post("renew");
    const { feed: created } = (await accountCalendar.loader(routeArgs("/account/calendar", as(ctx.member, ["member"])))) as {
      feed: { url: string };
    };
    const token = created.url.split("/ical/")[1]!;
    const priv = (await privateFeed.loader({ ...routeArgs(`/ical/${token}`, as(null, [])), params: { token } })) as Response;
    expect(parseIcs(await priv.text()).events.some((e) => e.SUMMARY === "De Biesbosch: Klant; gesprek")).toBe(true);
    await post("revoke");
    expect((await outcome(() => privateFeed.loader({ ...routeArgs(`/ical/${token}`, as(null, [])), params: { token } }))).status).toBe(404);
    expect((await outcome(() => privateFeed.loader({ ...routeArgs("/ical/x", as(null, [])), params: { token: "x" } }))).status).toBe(404);
  });
});

describe("reminders the day before", () => {
  it("queues each reminder exactly once, however often the job runs", async () => {
    // Pretend it is 18 hours before the booking and the registration was made long ago.
    const now = new Date(at(inDays(2), "10:00").getTime() - 18 * 3600_000);
    await db.update(registrations).set({ createdAt: new Date(Date.now() - 10 * 86400_000) });
    const { roomBookings } = await import("#db/schema");
    await db
      .update(roomBookings)
      .set({ createdAt: new Date(Date.now() - 10 * 86400_000) })
      .where(eq(roomBookings.id, bookingId));
    const runs = await Promise.all([queueReminders(now), queueReminders(now), queueReminders(now)]);
    expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(await queueReminders(now)).toBe(0);
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.kind, "mail.bookingReminder"));
    expect(mails.filter((m) => m.toAddress === ctx.member.email)).toHaveLength(1);
  });
});
