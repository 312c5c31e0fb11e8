import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxMessages } from "#db/schema";
import { DEMO_PASSWORD, makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { validKvk } from "#db/membership-factories";
import type { RequestContext } from "~/server/context";
import * as company from "~/routes/company._index";
import * as locale from "~/routes/locale";
import * as login from "~/routes/login";
import * as signup from "~/routes/signup";
import { db } from "~/utils/db.server";
import { REDIRECT_BYPASSES } from "../support/redirect-bypasses";

// Every place that takes a redirectTo, tried with known open-redirect bypasses: the browser,
// resolving the Location header against our page, must stay on this site.
const APP = "http://localhost";
type Handler = (args: { request: Request; params: Record<string, string>; context: RequestContext }) => unknown;

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let member: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Redirects" });
  member = await makePerson(werkplaats.id, ["member"]);
});

function context(user: typeof member | null, n: number): RequestContext {
  return {
    requestId: "test",
    nonce: "test",
    // A different client per attempt, so no login throttle gets in the way.
    ip: `10.1.${Math.floor(n / 250)}.${n % 250}`,
    user: user ? { id: user.id, email: user.email, name: user.name, locale: "nl", emailVerified: true } : null,
    sessionId: null,
    werkplaats,
    roles: user ? ["member"] : [],
    judging: [],
    expertTeams: false,
    invoices: false,
    locale: "nl",
  };
}

/**
 * The Location a loader or action answers with (returned or thrown). A target the form itself
 * refuses (a NUL byte in it) is a 400 form reply and sends nobody anywhere: "/" stands for it.
 */
async function locationOf(work: () => unknown): Promise<string> {
  let result: unknown;
  try {
    result = await work();
  } catch (thrown) {
    result = thrown;
  }
  const refused = (result as { init?: { status?: number } } | null)?.init?.status === 400;
  if (refused) return "/";
  expect(result, "a redirect").toBeInstanceOf(Response);
  const location = (result as Response).headers.get("Location");
  expect(location, "a Location header").not.toBeNull();
  return location!;
}

const post = (path: string, form: Record<string, string>) =>
  new Request(`${APP}${path}`, { method: "POST", body: new URLSearchParams(form) });

function expectOnSite(location: string, attempt: string) {
  expect(new URL(location, `${APP}/login`).origin, `${JSON.stringify(attempt)} → ${location}`).toBe(APP);
}

describe("redirectTo never leaves the site", () => {
  it("/login by GET for someone already logged in", async () => {
    for (const [n, attempt] of REDIRECT_BYPASSES.entries()) {
      const request = new Request(`${APP}/login?redirectTo=${encodeURIComponent(attempt)}`);
      expectOnSite(await locationOf(() => (login.loader as Handler)({ request, params: {}, context: context(member, n) })), attempt);
    }
  });

  it("/login after logging in", async () => {
    for (const [n, attempt] of REDIRECT_BYPASSES.entries()) {
      const request = post("/login", { email: member.email, password: DEMO_PASSWORD, redirectTo: attempt });
      expectOnSite(await locationOf(() => (login.action as Handler)({ request, params: {}, context: context(null, n) })), attempt);
    }
  });

  it("/locale", async () => {
    for (const [n, attempt] of REDIRECT_BYPASSES.entries()) {
      const request = post("/locale", { locale: "en", redirectTo: attempt });
      expectOnSite(await locationOf(() => (locale.action as Handler)({ request, params: {}, context: context(null, n) })), attempt);
    }
  });

  // Sign-up logs nobody in: the target travels in the emailed confirmation link, and the
  // confirmation page sends the new member there.
  it("/signup, through the confirmation link", async () => {
    for (const [n, attempt] of REDIRECT_BYPASSES.entries()) {
      const email = `nieuw-${n}-${Date.now()}@example.nl`;
      const form = { name: "Nieuw Lid", email, password: "Kraanvogel-Merwede-73", terms: "on" };
      const request = post(`/signup?redirectTo=${encodeURIComponent(attempt)}`, form);
      await (signup.action as Handler)({ request, params: {}, context: context(null, n) });
      const [mail] = await db.select({ body: outboxMessages.bodyText }).from(outboxMessages).where(eq(outboxMessages.toAddress, email));
      const link = mail?.body.match(/\/verify-email\/\S+/)?.[0];
      if (!link) {
        // A target the form refuses outright (a NUL byte) sends no mail at all.
        expect(attempt).toContain("\u0000");
        continue;
      }
      expectOnSite(new URL(link, APP).searchParams.get("redirectTo") ?? "/", attempt);
    }
  });

  it("/company after registering a company", async () => {
    for (const [n, attempt] of REDIRECT_BYPASSES.entries()) {
      const owner = await makeUser();
      const form = {
        intent: "create",
        name: `Bedrijf ${n}`,
        kvkNumber: validKvk(),
        street: "Voorstraat 1",
        postalCode: "3311 AA",
        city: "Dordrecht",
        billingEmail: `factuur-${n}@example.nl`,
      };
      const request = post(`/company?redirectTo=${encodeURIComponent(attempt)}`, form);
      expectOnSite(await locationOf(() => (company.action as Handler)({ request, params: {}, context: context(owner, n) })), attempt);
    }
  });

  it("an ordinary local target still works", async () => {
    const request = post("/locale", { locale: "nl", redirectTo: "/events?theme=ai" });
    expect(await locationOf(() => (locale.action as Handler)({ request, params: {}, context: context(null, 0) }))).toBe("/events?theme=ai");
  });
});
