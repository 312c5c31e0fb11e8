import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hackathonJurors, sessions, trajectoryExperts, werkplaatsen } from "#db/schema";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeExpert } from "#db/expert-factories";
import { makeBillingSettings, makeIssuedInvoice, oneOffLine } from "#db/billing-factories";
import { makeCompany } from "#db/membership-factories";
import { makeConsumerInvoice } from "#db/receivables-factories";
import { createDraftInvoice, partyForPerson } from "~/modules/billing/index.server";
import { makeHackathon, makeIntake, makeTrajectory } from "#db/workshop-factories";
import { readSession, startSession } from "~/modules/auth/session.server";
import { listenForWerkplaatsChanges, resolveWerkplaats } from "~/modules/werkplaats/werkplaats.server";
import { db } from "~/utils/db.server";
import { currentTestDatabase } from "../support/per-file-database";

const DAY = 24 * 60 * 60 * 1000;
const cookieOf = (setCookie: string) => setCookie.split(";")[0]!;

async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 3_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value === expected || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("session, user and roles in one read", () => {
  it("gives the roles in the werkplaats asked about, and none in another", async () => {
    const here = await makeWerkplaats();
    const elsewhere = await makeWerkplaats();
    const person = await makePerson(here.id, ["member", "staff"]);
    const cookie = cookieOf(await startSession(person.id));

    const read = await readSession(cookie, here.id);
    expect(read.user).toMatchObject({ id: person.id, email: person.email, emailVerified: true });
    expect(read.roles.sort()).toEqual(["member", "staff"]);
    expect(read.setCookie).toBeNull();
    expect((await readSession(cookie, elsewhere.id)).roles).toEqual([]);
    expect((await readSession(cookie)).roles).toEqual([]);
  });

  it("tells whether the user is on a student team here as an expert: invited, helping or done, not declined", async () => {
    const here = await makeWerkplaats();
    const elsewhere = await makeWerkplaats();
    const expert = await makeExpert(here.id);
    const cookie = cookieOf(await startSession(expert.id));
    expect((await readSession(cookie, here.id)).expertTeams).toBe(false);

    const trajectory = await makeTrajectory(here.id, (await makeIntake(here.id)).id);
    const place = {
      werkplaatsId: here.id,
      trajectoryId: trajectory.id,
      userId: expert.id,
      hoursPerMonth: 2,
      startsOn: "2026-09-01",
      endsOn: "2026-11-30",
    };
    const [row] = await db
      .insert(trajectoryExperts)
      .values({ ...place, status: "declined", answeredAt: new Date() })
      .returning();
    expect((await readSession(cookie, here.id)).expertTeams).toBe(false);
    await db.update(trajectoryExperts).set({ status: "invited", answeredAt: null }).where(eq(trajectoryExperts.id, row!.id));
    expect((await readSession(cookie, here.id)).expertTeams).toBe(true);
    expect((await readSession(cookie, elsewhere.id)).expertTeams).toBe(false);
    expect((await readSession(cookie)).expertTeams).toBe(false);
  });

  it("tells whether an invoice was sent to the user or their company here: issued, not a draft, whatever their role", async () => {
    const here = await makeWerkplaats();
    const elsewhere = await makeWerkplaats();
    await Promise.all([makeBillingSettings(here.id), makeBillingSettings(elsewhere.id)]);
    const student = await makePerson(here.id, ["student"]);
    const cookie = cookieOf(await startSession(student.id));
    expect((await readSession(cookie, here.id)).invoices).toBe(false);
    // A draft is not sent yet: nothing to find.
    const party = await partyForPerson(here.id, student.id);
    await createDraftInvoice(here.id, null, {
      partyId: party.id,
      period: { start: "2026-09-01", end: "2026-09-30" },
      lines: [oneOffLine()],
    });
    expect((await readSession(cookie, here.id)).invoices).toBe(false);
    await makeConsumerInvoice(here.id, student.id, { now: new Date() });
    expect((await readSession(cookie, here.id)).invoices).toBe(true);
    expect((await readSession(cookie, elsewhere.id)).invoices).toBe(false);
    expect((await readSession(cookie)).invoices).toBe(false);

    // Someone on a company that was invoiced finds that invoice too.
    const colleague = await makePerson(here.id, ["teacher"]);
    const colleagueCookie = cookieOf(await startSession(colleague.id));
    const company = await makeCompany(here.id, colleague.id);
    expect((await readSession(colleagueCookie, here.id)).invoices).toBe(false);
    await makeIssuedInvoice(here.id, company.id);
    expect((await readSession(colleagueCookie, here.id)).invoices).toBe(true);
  });

  it("names the hackathons a juror without a role judges while scoring is open, newest first, two at most, here only", async () => {
    const here = await makeWerkplaats();
    const elsewhere = await makeWerkplaats();
    const juror = await makeUser();
    const cookie = cookieOf(await startSession(juror.id));
    expect((await readSession(cookie, here.id)).judging).toEqual([]);

    const hour = 3600_000;
    const over = await makeHackathon(here.id, { startsAt: new Date(Date.now() - 9 * hour), endsAt: new Date(Date.now() - hour) });
    const cancelled = await makeHackathon(here.id, { startsAt: new Date(Date.now() + hour), status: "cancelled" });
    const later = await makeHackathon(here.id, { startsAt: new Date(Date.now() + 48 * hour), endsAt: new Date(Date.now() + 56 * hour) });
    const running = await makeHackathon(here.id, { startsAt: new Date(Date.now() - hour), endsAt: new Date(Date.now() + hour) });
    const theirs = await makeHackathon(elsewhere.id);
    await db.insert(hackathonJurors).values(
      [over, cancelled, later, running, theirs].map((event) => ({
        werkplaatsId: event.werkplaatsId,
        eventId: event.id,
        userId: juror.id,
      })),
    );

    // Scoring stays open after the hackathon's day (a cancelled one counts for nobody).
    const read = await readSession(cookie, here.id);
    expect(read.roles).toEqual([]);
    expect(read.judging).toEqual([later.id, running.id]);
    expect((await readSession(cookie, elsewhere.id)).judging).toEqual([theirs.id]);
    expect((await readSession(cookie)).judging).toEqual([]);
    await db.delete(hackathonJurors).where(eq(hackathonJurors.eventId, later.id));
    await db.delete(hackathonJurors).where(eq(hackathonJurors.eventId, running.id));
    expect((await readSession(cookie, here.id)).judging).toEqual([over.id]);
  });

  it("asks nothing without a session cookie and clears an unknown one", async () => {
    expect(await readSession(undefined, null)).toEqual({
      user: null,
      sessionId: null,
      roles: [],
      judging: [],
      expertTeams: false,
      invoices: false,
      setCookie: null,
    });
    const unknown = await readSession("werkplaats_session=not-a-session", null);
    expect(unknown.user).toBeNull();
    expect(unknown.setCookie).toMatch(/Max-Age=0/);
  });

  it("extends a session past half its life and ends an expired one, as lucia does", async () => {
    const user = await makeUser();
    const cookie = cookieOf(await startSession(user.id));
    const sessionId = cookie.split("=")[1]!;

    await db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() + 10 * DAY) })
      .where(eq(sessions.id, sessionId));
    const refreshed = await readSession(cookie, null);
    expect(refreshed.user?.id).toBe(user.id);
    expect(refreshed.setCookie).toContain(sessionId);
    const [extended] = await db.select().from(sessions).where(eq(sessions.id, sessionId));
    expect(extended!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * DAY);

    await db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, sessionId));
    const expired = await readSession(cookie, null);
    expect(expired.user).toBeNull();
    expect(expired.setCookie).toMatch(/Max-Age=0/);
    expect(await db.select().from(sessions).where(eq(sessions.id, sessionId))).toEqual([]);
  });
});

describe("the werkplaatsen kept in memory", () => {
  let stopListening: () => Promise<void>;
  beforeAll(async () => {
    stopListening = await listenForWerkplaatsChanges();
  });
  afterAll(async () => {
    await stopListening();
  });

  it("resolves by slug, falls back to the oldest, and ignores unknown slugs", async () => {
    const first = await resolveWerkplaats(undefined);
    const other = await makeWerkplaats({ slug: "tweede-plek" });
    expect(await eventually(async () => (await resolveWerkplaats("tweede-plek"))?.id, other.id)).toBe(other.id);
    expect((await resolveWerkplaats("bestaat-niet"))?.id).toBe(first?.id);
  });

  it("forgets a changed werkplaats at once when the database says so, also for a change by another instance", async () => {
    const werkplaats = await makeWerkplaats({ slug: "melding" });
    expect(await eventually(async () => (await resolveWerkplaats("melding"))?.name, werkplaats.name)).toBe(werkplaats.name);

    // Another instance (or an operator in psql): its own connection to the same database. On
    // PGlite there is one process, so the change goes through the app's own handle.
    const url = currentTestDatabase().url;
    if (url) {
      const other = postgres(url, { max: 1, onnotice: () => {} });
      await other`update werkplaatsen set name = 'Hernoemd elders' where id = ${werkplaats.id}`;
      await other.end();
    } else {
      await db.update(werkplaatsen).set({ name: "Hernoemd elders" }).where(eq(werkplaatsen.id, werkplaats.id));
    }
    // Well within the minute the list may otherwise be kept.
    expect(await eventually(async () => (await resolveWerkplaats("melding"))?.name, "Hernoemd elders")).toBe("Hernoemd elders");
  });
});
