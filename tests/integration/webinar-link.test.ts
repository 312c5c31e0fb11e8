import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxMessages, registrations } from "#db/schema";
import type { Role } from "~/modules/auth/roles";
import { renewFeed } from "~/modules/calendar/feeds.server";
import { createEvent } from "~/modules/events/events.server";
import { registerForEvent } from "~/modules/events/registrations.server";
import { db } from "~/utils/db.server";
import * as eventIcs from "~/routes/events.$eventId_.calendar[.]ics";
import * as eventPage from "~/routes/events.$eventId";
import * as feed from "~/routes/events.feed[.]ics";
import * as privateFeed from "~/routes/ical.$token";
import * as ticket from "~/routes/tickets.$token";
import { actor, inDays, werkplaatsWithPeople } from "../support/rooms-fixtures";
import { routeArgs } from "../support/route-harness";

/** The webinar's join link is for people with a place: never in what anyone can fetch without one. */
const SECRET = "https://meet.example/webinar-geheim-8c1f";
let ctx: Awaited<ReturnType<typeof werkplaatsWithPeople>>;
let eventId: string;

type Person = { id: string; email: string; name: string } | null;
const as = (user: Person, roles: Role[]) => ({ user, roles, werkplaats: ctx.werkplaats });
const text = async (response: unknown) => (response as Response).text();

beforeAll(async () => {
  ctx = await werkplaatsWithPeople();
  const event = await createEvent(ctx.werkplaats.id, actor(ctx.staff, ["staff"]), {
    intent: "publish",
    kind: "webinar",
    titleNl: "Webinar AI voor mkb",
    themes: ["data"],
    audiences: ["public"],
    startDate: inDays(5),
    startTime: "16:00",
    endTime: "17:00",
    onlineUrl: SECRET,
    capacity: 1,
  });
  eventId = event.id;
});

describe("the webinar link", () => {
  it("is not in the public event page data, the public feed or the per-event .ics", async () => {
    const page = await eventPage.loader({ ...routeArgs(`/events/${eventId}`, as(null, [])), params: { eventId } });
    expect(JSON.stringify(page)).not.toContain(SECRET);
    expect(JSON.stringify(page)).toContain('"online":true');
    // Also not for a logged-in member who is not registered.
    const memberPage = await eventPage.loader({ ...routeArgs(`/events/${eventId}`, as(ctx.member2, ["member"])), params: { eventId } });
    expect(JSON.stringify(memberPage)).not.toContain(SECRET);
    const publicFeed = await text(await feed.loader(routeArgs("/events/feed.ics", as(null, []))));
    expect(publicFeed).toContain("Webinar AI voor mkb");
    expect(publicFeed.replace(/\r\n /g, "")).not.toContain("webinar-geheim");
    const one = await text(await eventIcs.loader({ ...routeArgs(`/events/${eventId}/calendar.ics`, as(null, [])), params: { eventId } }));
    expect(one.replace(/\r\n /g, "")).not.toContain("webinar-geheim");
  });

  it("is on the ticket page, in the private feed and in the confirmation email of a registered attendee; not for the waitlist", async () => {
    const placed = await registerForEvent(ctx.werkplaats, eventId, {
      userId: ctx.member.id,
      name: ctx.member.name,
      email: ctx.member.email,
      locale: "nl",
      consent: true,
    });
    const waiting = await registerForEvent(ctx.werkplaats, eventId, {
      userId: ctx.student.id,
      name: ctx.student.name,
      email: ctx.student.email,
      locale: "nl",
      consent: true,
    });
    expect([placed.status, waiting.status]).toEqual(["registered", "waitlisted"]);

    const ticketData = await ticket.loader({ ...routeArgs(`/tickets/${placed.token}`, as(null, [])), params: { token: placed.token } });
    expect(JSON.stringify(ticketData)).toContain(SECRET);
    const waitingTicket = await ticket.loader({
      ...routeArgs(`/tickets/${waiting.token}`, as(null, [])),
      params: { token: waiting.token },
    });
    expect(JSON.stringify(waitingTicket)).not.toContain(SECRET);

    const feedOf = async (userId: string) => {
      const token = (await renewFeed(ctx.werkplaats.id, userId)).split("/ical/")[1]!;
      return (await text(await privateFeed.loader({ ...routeArgs(`/ical/${token}`, as(null, [])), params: { token } }))).replace(
        /\r\n /g,
        "",
      );
    };
    expect(await feedOf(ctx.member.id)).toContain(SECRET);
    const waitingFeed = await feedOf(ctx.student.id);
    expect(waitingFeed).toContain("Webinar AI voor mkb");
    expect(waitingFeed).not.toContain("webinar-geheim");

    const [confirmation] = await db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.toAddress, ctx.member.email), eq(outboxMessages.kind, "mail.registered")));
    expect(confirmation!.bodyText).toContain(SECRET);
    const [waitlisted] = await db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.toAddress, ctx.student.email), eq(outboxMessages.kind, "mail.waitlisted")));
    expect(waitlisted!.bodyText).not.toContain(SECRET);
    expect(await db.select().from(registrations).where(eq(registrations.eventId, eventId))).toHaveLength(2);
  });
});
