import type { AppLoadContext } from "@remix-run/node";
import { rooms } from "#db/schema";
import { makePerson, makeWerkplaats } from "#db/factories";
import type { Role } from "~/modules/auth/roles";
import { db } from "~/utils/db.server";
import { addDays } from "~/utils/calendar";
import { zonedToUtc, todayIn } from "~/utils/zoned-time";

const open = { open: "08:00", close: "22:00" };
export const allWeek = { "1": open, "2": open, "3": open, "4": open, "5": open, "6": open, "7": open };

/** A room with plain rules: 08:00–22:00 every day, 30–240 min, 15 min changeover after. */
export async function makeRoom(werkplaatsId: string, overrides: Partial<typeof rooms.$inferInsert> = {}) {
  const [room] = await db
    .insert(rooms)
    .values({
      werkplaatsId,
      name: `Ruimte ${Math.random().toString(36).slice(2, 8)}`,
      capacity: 8,
      memberHourlyCents: 2000,
      guestHourlyCents: 3000,
      openingHours: allWeek,
      minMinutes: 30,
      maxMinutes: 240,
      bufferAfterMinutes: 15,
      advanceDays: 60,
      cancelHours: 24,
      ...overrides,
    })
    .returning();
  return room!;
}

/** A local date n days from today (Europe/Amsterdam). */
export const inDays = (n: number) => addDays(todayIn(), n);
export const at = (date: string, time: string) => zonedToUtc(date, time);

export async function werkplaatsWithPeople() {
  const werkplaats = await makeWerkplaats({ name: "DOC Test" });
  const manager = await makePerson(werkplaats.id, ["manager"], { name: "Marieke de Vries" });
  const staff = await makePerson(werkplaats.id, ["staff"], { name: "Jeroen Bakker" });
  const member = await makePerson(werkplaats.id, ["member"], { name: "Sanne Visser" });
  const member2 = await makePerson(werkplaats.id, ["member"], { name: "Daan Jansen" });
  const student = await makePerson(werkplaats.id, ["student"], { name: "Noor Hendriks" });
  return { werkplaats, manager, staff, member, member2, student };
}

export const actor = (user: { id: string }, roles: Role[]) => ({ id: user.id, roles });

/** Loader/action arguments as the server builds them, for calling routes directly. */
export function routeArgs(
  url: string,
  who: { user: { id: string; email: string; name: string; emailVerified?: boolean } | null; roles: Role[]; werkplaats: { id: string } & Record<string, unknown> },
  init?: RequestInit & { params?: Record<string, string> },
) {
  const request = new Request(`http://localhost${url}`, init);
  const context = {
    requestId: "test",
    nonce: "",
    ip: "127.0.0.1",
    // Test people are verified (as the factories make them) unless `who.user` says otherwise.
    user: who.user ? { emailVerified: true, ...who.user, locale: "nl" } : null,
    sessionId: null,
    werkplaats: who.werkplaats,
    roles: who.roles,
    locale: "nl",
  } as unknown as AppLoadContext;
  return { request, context, params: init?.params ?? {} };
}

/** Runs a loader or action; a thrown Response (redirect, 403, 404) is returned as the outcome. */
export async function outcome(run: () => unknown): Promise<{ status: number; location?: string | null; body?: unknown }> {
  try {
    const result = await run();
    if (result instanceof Response) return { status: result.status, location: result.headers.get("Location"), body: result };
    const maybe = result as { init?: { status?: number }; data?: unknown; type?: string } | undefined;
    if (maybe && typeof maybe === "object" && maybe.type === "DataWithResponseInit") return { status: maybe.init?.status ?? 200, body: maybe.data };
    return { status: 200, body: result };
  } catch (error) {
    if (error instanceof Response) return { status: error.status, location: error.headers.get("Location") };
    const e = error as { type?: string; init?: { status?: number }; data?: unknown };
    if (e && e.type === "DataWithResponseInit") return { status: e.init?.status ?? 500, body: e.data };
    throw error;
  }
}
