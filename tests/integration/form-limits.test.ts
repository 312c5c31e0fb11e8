import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxMessages, registrations } from "#db/schema";
import { makeUser } from "#db/factories";
import { publishSlots, openSlots } from "~/modules/consultations/consultations.server";
import { createEvent } from "~/modules/events/events.server";
import { FORM_LIMITS } from "~/modules/rate-limits/index.server";
import * as eventPage from "~/routes/events.$eventId";
import * as forgotPassword from "~/routes/forgot-password";
import * as login from "~/routes/login";
import * as accountPassword from "~/routes/account.password";
import * as accountEmail from "~/routes/account.email";
import * as signup from "~/routes/signup";
import * as spreekuurSlot from "~/routes/spreekuur.$slotId";
import { db } from "~/utils/db.server";
import { actor, inDays, werkplaatsWithPeople } from "../support/rooms-fixtures";
import { outcome, routeArgs } from "../support/route-harness";

let ctx: Awaited<ReturnType<typeof werkplaatsWithPeople>>;
let eventId: string;

beforeAll(async () => {
  ctx = await werkplaatsWithPeople();
  const event = await createEvent(ctx.werkplaats.id, actor(ctx.staff, ["staff"]), {
    intent: "publish",
    kind: "talk",
    titleNl: "Open avond",
    themes: [],
    audiences: ["public"],
    startDate: inDays(12),
    startTime: "19:00",
    endTime: "21:00",
    onlineUrl: "https://meet.example/open-avond",
    capacity: 500,
  });
  eventId = event.id;
});

type Action = (args: ReturnType<typeof routeArgs>) => unknown;

/** Posts a form to a route's action as an anonymous visitor from `ip`. */
async function post(action: Action, url: string, ip: string, fields: Record<string, string>, params: Record<string, string> = {}) {
  const args = routeArgs(
    url,
    { user: null, roles: [], werkplaats: ctx.werkplaats },
    { method: "POST", body: new URLSearchParams(fields), params },
  );
  (args.context as { ip: string }).ip = ip;
  try {
    const result = await action(args);
    const init = (result as { init?: ResponseInit } | undefined)?.init;
    return { ...(await outcome(() => result)), retryAfter: init ? new Headers(init.headers).get("Retry-After") : null };
  } catch (error) {
    return { ...(await outcome(() => Promise.reject(error))), retryAfter: null };
  }
}

const formErrorKey = (body: unknown) => (body as { formErrors?: { key: string }[] }).formErrors?.[0]?.key;

describe("rate limits on anonymous forms", () => {
  it("let one client register at most 30 guests for events, also in parallel, then answer 429 with Retry-After", async () => {
    const limit = FORM_LIMITS.guestRegistration.perClient;
    const guest = (n: number) => ({ intent: "register", name: `Gast ${n}`, email: `gast-${n}@example.nl`, consent: "on" });
    const answers = await Promise.all(
      Array.from({ length: limit + 10 }, (_, n) =>
        post(eventPage.action as Action, `/events/${eventId}`, "10.60.0.1", guest(n), { eventId }),
      ),
    );
    expect(answers.filter((a) => a.status === 302)).toHaveLength(limit);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(10);
    expect(formErrorKey(refused[0]!.body)).toBe("limits.tooManyFromHere");
    expect(Number(refused[0]!.retryAfter)).toBeGreaterThan(3000);
    expect(await db.select().from(registrations).where(eq(registrations.eventId, eventId))).toHaveLength(limit);

    // Someone else is not affected.
    expect((await post(eventPage.action as Action, `/events/${eventId}`, "10.60.0.2", guest(999), { eventId })).status).toBe(302);
  });

  it("send at most 3 password-reset mails an hour to one address, whichever clients ask", async () => {
    const user = await makeUser({ email: "overspoeld@example.nl" });
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(await post(forgotPassword.action as Action, "/forgot-password", `10.61.0.${i}`, { email: user.email }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429, 429]);
    expect(formErrorKey(answers[3]!.body)).toBe("limits.tooManyForAddress");
    const mails = await db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.toAddress, user.email), like(outboxMessages.kind, "mail.reset")));
    expect(mails).toHaveLength(FORM_LIMITS.passwordReset.perAddress);
  });

  it("limit password-reset requests per client across addresses", async () => {
    const limit = FORM_LIMITS.passwordReset.perClient;
    const statuses = [];
    for (let i = 0; i <= limit; i++)
      statuses.push(
        (await post(forgotPassword.action as Action, "/forgot-password", "10.62.0.1", { email: `iemand-${i}@example.nl` })).status,
      );
    expect(statuses.slice(0, limit).every((s) => s === 200)).toBe(true);
    expect(statuses[limit]).toBe(429);
  });

  it("limit sign-ups per address", async () => {
    const fields = (i: number) => ({
      name: "Nieuw Lid",
      email: "steeds-hetzelfde@example.nl",
      password: `een lange zin nummer ${i}`,
      terms: "on",
    });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(signup.action as Action, "/signup", `10.63.0.${i}`, fields(i))).status);
    expect(statuses[3]).toBe(429);
  });

  it("limit consultation-hour bookings per address, and keep the booker's question out of links in the host's mail", async () => {
    await publishSlots(ctx.werkplaats.id, ctx.staff.id, {
      intent: "publish",
      topic: "Webshop",
      date: inDays(5),
      startTime: "09:00",
      slotMinutes: 30,
      count: 5,
      weeks: 1,
    });
    const slots = await openSlots(ctx.werkplaats.id);
    expect(slots.length).toBeGreaterThanOrEqual(5);
    const booking = (i: number) => ({
      name: "Jan, klik op www.evil.example/login",
      email: "boeker@example.nl",
      organisation: "https://evil.example",
      question: `Vraag ${i}\n\nUw account verloopt: ga naar http://evil.example/x`,
      consent: "on",
    });
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const slotId = slots[i]!.id;
      statuses.push((await post(spreekuurSlot.action as Action, `/spreekuur/${slotId}`, `10.64.0.${i}`, booking(i), { slotId })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);

    const mails = await db.select().from(outboxMessages).where(like(outboxMessages.kind, "mail.consultation%"));
    expect(mails.length).toBeGreaterThanOrEqual(2);
    for (const mail of mails) {
      expect(mail.bodyText).not.toMatch(/evil\.example|https?:\/\/evil/);
      expect(mail.subject).not.toMatch(/evil\.example/);
    }
    // The host's mail about the first booking (rows come back in no particular order).
    const hostMail = mails.find((m) => m.kind === "mail.consultationForHost" && m.bodyText.includes("Vraag 0"))!;
    expect(hostMail.bodyText).toContain("www[.]evil[.]example/login");
    expect(hostMail.bodyText).toContain("http[:]//evil[.]example/x");
    // The visitor's line breaks cannot start paragraphs of their own; our own link still works.
    expect(hostMail.bodyText).toContain("Vraag 0 Uw account verloopt");
    expect(hostMail.bodyText).toMatch(/http:\/\/[^\s]+\/spreekuur\/beheer/);
  });

  it("put a guest's name in the confirmation mail as plain text, with the ticket link intact", async () => {
    const answer = await post(
      eventPage.action as Action,
      `/events/${eventId}`,
      "10.65.0.1",
      {
        intent: "register",
        name: "Beste klant, verifieer via https://evil.example/verify",
        email: "slachtoffer@example.nl",
        consent: "on",
      },
      { eventId },
    );
    expect(answer.status).toBe(302);
    const [mail] = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, "slachtoffer@example.nl"));
    expect(mail!.bodyText).toContain("https[:]//evil[.]example/verify");
    expect(mail!.bodyText).not.toMatch(/https:\/\/evil/);
    expect(mail!.bodyText).toMatch(/http:\/\/[^\s]+\/tickets\/[\w-]+/);
  });

  it("limit confirmation mails for an email change to another address, per account and per address", async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const args = routeArgs(
        "/account/email",
        { user: ctx.member, roles: ["member"], werkplaats: ctx.werkplaats },
        { method: "POST", body: new URLSearchParams({ email: "doelwit-van-spam@example.nl" }) },
      );
      statuses.push((await outcome(() => accountEmail.action(args as never))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, "doelwit-van-spam@example.nl"));
    expect(mails).toHaveLength(FORM_LIMITS.emailChange.perAddress);
  });

  it("keep Retry-After on the rendered page: every route that can answer 429 passes it on", () => {
    const from = {
      actionHeaders: new Headers({ "Retry-After": "1800" }),
      loaderHeaders: new Headers(),
      parentHeaders: new Headers(),
      errorHeaders: undefined,
    };
    for (const route of [eventPage, spreekuurSlot, forgotPassword, signup, login, accountPassword, accountEmail]) {
      expect(new Headers(route.headers(from)).get("Retry-After")).toBe("1800");
    }
  });
});
