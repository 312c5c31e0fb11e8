import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { calendarVersions, events, roomBookings, rooms, users } from "#db/schema";
import { makeRoom } from "#db/room-factories";
import type { Role } from "~/modules/auth/roles";
import { createEvent } from "~/modules/events/events.server";
import { bookRoom } from "~/modules/rooms/bookings.server";
import * as calendarItems from "~/routes/calendar.items";
import { db } from "~/utils/db.server";
import { actor, inDays, werkplaatsWithPeople } from "../support/rooms-fixtures";
import { routeArgs } from "../support/route-harness";

// The calendar JSON is kept per version of the werkplaats's calendar data (decision 091). These
// tests change the data the ways other app instances or a person at psql would (through the
// modules, and in plain SQL) and require the very next request to show it.

let ctx: Awaited<ReturnType<typeof werkplaatsWithPeople>>;
let roomId: string;
let bookingId: string;

type Person = { id: string; email: string; name: string };
type Item = { id: string; type: string; title: string | null; person: string | null; roomName: string | null };
const query = () => `start=${inDays(3)}T00:00:00&end=${inDays(4)}T00:00:00&timeZone=Europe%2FAmsterdam`;

async function ask(who: Person, roles: Role[], headers: Record<string, string> = {}) {
  const res = (await calendarItems.loader(
    routeArgs(`/calendar/items?${query()}`, { user: who, roles, werkplaats: ctx.werkplaats }, { headers }),
  )) as Response;
  const text = await res.text();
  return { res, etag: res.headers.get("etag"), items: res.status === 200 ? (JSON.parse(text) as Item[]) : [], text };
}

async function book(who: Person, startTime: string, endTime: string, title: string) {
  const r = await bookRoom(ctx.werkplaats, actor(who, ["member"]), {
    roomId,
    date: inDays(3),
    startTime,
    endTime,
    repeat: "none",
    kind: "booking",
    title,
  });
  if (r.status !== "booked") throw new Error(`not booked: ${r.status}`);
  return r.bookingIds[0]!;
}

beforeAll(async () => {
  ctx = await werkplaatsWithPeople();
  roomId = (await makeRoom(ctx.werkplaats.id, { name: "De Merwede" })).id;
  bookingId = await book(ctx.member, "10:00", "11:00", "Eerste gesprek");
});

describe("calendar JSON kept per version", () => {
  it("answers a repeated request with its ETag by 304, private and revalidated", async () => {
    const first = await ask(ctx.member, ["member"]);
    expect(first.res.status).toBe(200);
    expect(first.res.headers.get("cache-control")).toBe("private, no-cache");
    expect(first.res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(first.etag).toMatch(/^W\/"[\w-]{27}"$/);
    const again = await ask(ctx.member, ["member"], { "If-None-Match": first.etag! });
    expect(again.res.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.etag).toBe(first.etag);
  });

  it("shows a booking made after the answer was kept on the next request, and a changed ETag", async () => {
    const before = await ask(ctx.member2, ["member"]);
    const second = await book(ctx.member2, "13:00", "14:00", "Tweede gesprek");
    const after = await ask(ctx.member2, ["member"], { "If-None-Match": before.etag! });
    expect(after.res.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect(after.items.find((i) => i.id === second)).toMatchObject({ type: "own", title: "Tweede gesprek" });
    expect(before.items.find((i) => i.id === second)).toBeUndefined();
  });

  it("sees changes written in plain SQL, as another instance or a person at psql would", async () => {
    await ask(ctx.staff, ["staff"]);
    await db.update(rooms).set({ name: "De Linge" }).where(eq(rooms.id, roomId));
    expect((await ask(ctx.staff, ["staff"])).items.find((i) => i.id === bookingId)?.roomName).toBe("De Linge");

    await db.update(users).set({ name: "Sanne Visser-de Boer" }).where(eq(users.id, ctx.member.id));
    expect((await ask(ctx.staff, ["staff"])).items.find((i) => i.id === bookingId)?.person).toBe("Sanne Visser-de Boer");

    await db.update(roomBookings).set({ title: "Ander gesprek" }).where(eq(roomBookings.id, bookingId));
    expect((await ask(ctx.staff, ["staff"])).items.find((i) => i.id === bookingId)?.title).toBe("Ander gesprek");

    await db.update(roomBookings).set({ status: "cancelled" }).where(eq(roomBookings.id, bookingId));
    expect((await ask(ctx.staff, ["staff"])).items.find((i) => i.id === bookingId)).toBeUndefined();
    await db.update(roomBookings).set({ status: "confirmed" }).where(eq(roomBookings.id, bookingId));
  });

  it("shows an event's new title and a withdrawn event at once", async () => {
    const event = await createEvent(ctx.werkplaats.id, actor(ctx.staff, ["staff"]), {
      intent: "publish",
      kind: "talk",
      titleNl: "Zonnepanelen",
      themes: ["energy_transition"],
      audiences: ["public"],
      startDate: inDays(3),
      startTime: "19:30",
      endTime: "21:00",
      onlineUrl: "https://meet.example/z",
      capacity: 10,
    });
    expect((await ask(ctx.member, ["member"])).items.find((i) => i.id === event.id)?.title).toBe("Zonnepanelen");
    await db.update(events).set({ titleNl: "Warmtepompen" }).where(eq(events.id, event.id));
    expect((await ask(ctx.member, ["member"])).items.find((i) => i.id === event.id)?.title).toBe("Warmtepompen");
    await db.update(events).set({ status: "draft" }).where(eq(events.id, event.id));
    expect((await ask(ctx.member, ["member"])).items.find((i) => i.id === event.id)).toBeUndefined();
  });

  it("keeps each viewer's answer apart: staff's names never reach a member", async () => {
    const staffView = await ask(ctx.manager, ["manager"]);
    expect(staffView.items.find((i) => i.id === bookingId)?.person).toBe("Sanne Visser-de Boer");
    const memberView = await ask(ctx.member2, ["member"], { "If-None-Match": staffView.etag! });
    expect(memberView.res.status).toBe(200);
    expect(memberView.items.find((i) => i.id === bookingId)).toMatchObject({ type: "taken", title: null, person: null });
    expect(memberView.text).not.toContain("Sanne");
    // The same person with a staff role sees the names: the role is part of what is kept apart.
    expect((await ask(ctx.member2, ["staff"])).items.find((i) => i.id === bookingId)?.person).toBe("Sanne Visser-de Boer");
  });

  it("counts a transaction once however many rows it changed, and only when it commits", async () => {
    const version = async () =>
      (await db.select().from(calendarVersions).where(eq(calendarVersions.werkplaatsId, ctx.werkplaats.id)))[0]?.version ?? 0;
    const before = await version();
    await db
      .update(roomBookings)
      .set({ title: sql`${roomBookings.title} || '.'` })
      .where(eq(roomBookings.roomId, roomId));
    expect(await version()).toBe(before + 1);
    await db
      .transaction(async (tx) => {
        await tx.update(rooms).set({ name: "Teruggedraaid" }).where(eq(rooms.id, roomId));
        tx.rollback();
      })
      .catch(() => undefined);
    expect(await version()).toBe(before + 1);
  });
});
