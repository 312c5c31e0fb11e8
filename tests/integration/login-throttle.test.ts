import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rateLimits } from "#db/schema";
import { makeUser } from "#db/factories";
import { changePassword, logIn } from "~/modules/auth/accounts.server";
import { streakDelaySeconds, THROTTLE } from "~/modules/auth/throttle.server";
import type { RequestContext } from "~/server/context";
import { action as loginAction } from "~/routes/login";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";

// Runs on PGlite and, with DATABASE_URL set, on the real PostgreSQL server: the parallel test is
// the one that matters there (a pool of 20 connections racing the same counter).

type Outcome = { status: "ok" } | { status: number; key: string; retryAfter?: number; minutes?: number };

async function attempt(work: Promise<unknown>): Promise<Outcome> {
  try {
    await work;
    return { status: "ok" };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { status: error.status, key: error.key, retryAfter: error.retryAfterSeconds, minutes: Number(error.vars?.minutes) };
  }
}

/** Lets the running delay of an account end now, as if the wait had passed. */
async function letDelayPass(email: string) {
  await db
    .update(rateLimits)
    .set({ expire: sql`now() - interval '1 second'` })
    .where(eq(rateLimits.key, `login:account:${email}`));
}

describe("login throttling", () => {
  it("checks at most 5 of 30 parallel wrong passwords for one account", async () => {
    const user = await makeUser({ password: "het echte lange wachtwoord" });
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(logIn(user.email, `fout wachtwoord ${i}`, `10.30.0.${i}`))),
    );
    const verified = outcomes.filter((o) => o.status === 400);
    const throttled = outcomes.filter((o) => o.status === 429);
    expect(verified).toHaveLength(THROTTLE.freeAttempts);
    expect(throttled).toHaveLength(30 - THROTTLE.freeAttempts);
    expect(throttled.every((o) => "key" in o && o.key === "login.throttled")).toBe(true);
  });

  it("slows a wrong-password streak down with growing delays, one try per delay, and the right password ends it", async () => {
    const user = await makeUser({ password: "het echte lange wachtwoord" });
    const email = user.email;
    for (let i = 0; i < THROTTLE.freeAttempts; i++) {
      expect(await attempt(logIn(email, `fout ${i} wachtwoord`, "10.31.0.1"))).toMatchObject({ status: 400 });
    }
    // Not a 15-minute lockout: the first wait is half a minute, also for the right password.
    const first = await attempt(logIn(email, "het echte lange wachtwoord", "10.31.0.1"));
    expect(first).toMatchObject({ status: 429, key: "login.throttled", minutes: 1 });
    expect((first as { retryAfter: number }).retryAfter).toBeGreaterThan(20);
    expect((first as { retryAfter: number }).retryAfter).toBeLessThanOrEqual(30);

    await letDelayPass(email);
    expect(await attempt(logIn(email, "nog een fout wachtwoord", "10.31.0.1"))).toMatchObject({ status: 400 });
    const second = await attempt(logIn(email, "nog een fout wachtwoord", "10.31.0.1"));
    expect(second).toMatchObject({ status: 429, key: "login.throttled" });
    expect((second as { retryAfter: number }).retryAfter).toBeGreaterThan(30);
    expect((second as { retryAfter: number }).retryAfter).toBeLessThanOrEqual(60);

    // After a delay, parallel tries still get one check between them.
    await letDelayPass(email);
    const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => attempt(logIn(email, `parallel fout ${i}`, "10.31.0.2"))));
    expect(burst.filter((o) => o.status === 400)).toHaveLength(1);
    expect(burst.filter((o) => o.status === 429)).toHaveLength(9);

    await letDelayPass(email);
    expect(await attempt(logIn(email, "het echte lange wachtwoord", "10.31.0.1"))).toEqual({ status: "ok" });
    // The streak is over: typos are free again.
    expect(await attempt(logIn(email, "weer een typfout erin", "10.31.0.1"))).toMatchObject({ status: 400 });
    expect(await attempt(logIn(email, "het echte lange wachtwoord", "10.31.0.1"))).toEqual({ status: "ok" });
  });

  it("never makes an owner wait more than 15 minutes, however long the streak", () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 50].map(streakDelaySeconds);
    expect(delays).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
  });

  it("does not lock everyone behind a busy network out: who logged in from it before still gets in", async () => {
    const regular = await makeUser({ password: "vaste gast van de wifi" });
    const newcomer = await makeUser({ password: "eerste keer op de wifi" });
    const wifi = "10.32.0.1";
    expect(await attempt(logIn(regular.email, "vaste gast van de wifi", wifi))).toEqual({ status: "ok" });

    // 100 wrong passwords from the Wi-Fi in this quarter, spread over many accounts (each under
    // its own limit): the network's budget is used up.
    const guesses = Array.from({ length: THROTTLE.perIp.failures }, (_, i) => `gok${i % 25}-${regular.id.slice(0, 6)}@example.nl`);
    for (let i = 0; i < guesses.length; i += 20) {
      await Promise.all(guesses.slice(i, i + 20).map((email, j) => attempt(logIn(email, `gok ${i + j} wachtwoord`, wifi))));
    }

    expect(await attempt(logIn(regular.email, "vaste gast van de wifi", wifi))).toEqual({ status: "ok" });
    expect(await attempt(logIn(newcomer.email, "eerste keer op de wifi", wifi))).toMatchObject({
      status: 429,
      key: "login.throttledNetwork",
    });
    expect(await attempt(logIn(newcomer.email, "eerste keer op de wifi", "10.32.0.2"))).toEqual({ status: "ok" });
  });

  it("throttles the current-password check on /account/password the same way, sharing the login streak", async () => {
    const user = await makeUser({ password: "mijn huidige wachtwoord" });
    for (let i = 0; i < THROTTLE.freeAttempts; i++) {
      expect(
        await attempt(changePassword(user.id, `geraden ${i} wachtwoord`, "een nieuw lang wachtwoord", null, "10.33.0.1")),
      ).toMatchObject({
        status: 400,
        key: "account.wrongPassword",
      });
    }
    expect(await attempt(changePassword(user.id, "mijn huidige wachtwoord", "een nieuw lang wachtwoord", null, "10.33.0.1"))).toMatchObject(
      {
        status: 429,
        key: "login.throttled",
      },
    );
    expect(await attempt(logIn(user.email, "mijn huidige wachtwoord", "10.33.0.9"))).toMatchObject({ status: 429 });
  });

  it("answers the login form with 429, a Dutch message and Retry-After", async () => {
    const user = await makeUser({ password: "het echte lange wachtwoord" });
    const context = {
      requestId: "t",
      nonce: "t",
      ip: "10.34.0.1",
      user: null,
      sessionId: null,
      werkplaats: null,
      roles: [],
      judging: [],
      expertTeams: false,
      invoices: false,
      locale: "nl",
    } satisfies RequestContext;
    const post = (password: string) =>
      loginAction({
        request: new Request("http://localhost/login", { method: "POST", body: new URLSearchParams({ email: user.email, password }) }),
        context,
        params: {},
      });
    for (let i = 0; i <= THROTTLE.freeAttempts; i++) await post(`fout ${i} wachtwoord`);
    const reply = (await post("het echte lange wachtwoord")) as unknown as { data: { formErrors: { key: string }[] }; init: ResponseInit };
    expect(reply.init.status).toBe(429);
    expect(new Headers(reply.init.headers).get("Retry-After")).toMatch(/^\d+$/);
    expect(reply.data.formErrors[0]?.key).toBe("login.throttled");
  });
});
