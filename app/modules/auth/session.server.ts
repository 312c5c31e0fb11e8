import { data, redirect, type AppLoadContext } from "@remix-run/node";
import type { SessionUser } from "~/server/context";
import { forbiddenResponse } from "~/utils/http.server";
import { eq, sql } from "drizzle-orm";
import {
  billingParties,
  companyMembers,
  events,
  hackathonJurors,
  invoices,
  roleAssignments,
  sessions,
  trajectoryExperts,
  users,
} from "#db/schema";
import { db } from "~/utils/db.server";
import { lucia, SESSION_LIFETIME_MS } from "./lucia.server";
import { hasAnyRole, type Role } from "./roles";

export { safeRedirect } from "~/utils/safe-redirect";

type Args = { request: Request; context: AppLoadContext };

/** Whether the request carries a session cookie at all (no query: a guest's page needs none). */
export function hasSessionCookie(cookieHeader: string | undefined) {
  return lucia.readSessionCookie(cookieHeader ?? "") !== null;
}

const noSession = { user: null, sessionId: null, roles: [] as Role[], judging: [] as string[], expertTeams: false, invoices: false };

/**
 * Reads and validates the session cookie with the user, their roles in `werkplaatsId` and the
 * hackathons they judge there (`judging`), whether they help a student team there as an expert (`expertTeams`)
 * and whether an invoice was sent to them or their company there (`invoices`), in ONE query (every page asks it). Expiry and the sliding refresh follow lucia's rules: an
 * expired session is deleted and its cookie cleared; one past half its life is extended and
 * its cookie set again. Without a session cookie nothing is asked at all.
 */
export async function readSession(cookieHeader: string | undefined, werkplaatsId?: string | null) {
  const sessionId = lucia.readSessionCookie(cookieHeader ?? "");
  if (!sessionId) return { ...noSession, setCookie: null };
  const roleList = werkplaatsId
    ? sql<Role[]>`coalesce((select json_agg(${roleAssignments.role}::text order by ${roleAssignments.role})
        from ${roleAssignments} where ${roleAssignments.userId} = ${users.id} and ${roleAssignments.werkplaatsId} = ${werkplaatsId}), '[]'::json)`
    : sql<Role[]>`'[]'::json`;
  // A juror needs no role, so the menu learns from here where they score: the hackathons whose
  // scoring is open (scoring has no end but a cancelled hackathon), the newest first. Two are
  // enough for the menu: one is linked itself, more get the list of them.
  const judging = werkplaatsId
    ? sql<string[] | string>`coalesce((select json_agg(judged.event_id) from (
        select ${hackathonJurors.eventId} from ${hackathonJurors}
        join ${events} on ${events.id} = ${hackathonJurors.eventId}
        where ${hackathonJurors.userId} = ${users.id} and ${hackathonJurors.werkplaatsId} = ${werkplaatsId}
          and ${events.status} <> 'cancelled'
        order by ${events.startsAt} desc limit 2) as judged), '[]'::json)`
    : sql<string[] | string>`'[]'::json`;
  // "Mijn studententeams" is for members who are on a team as an expert: invited (to answer),
  // helping, or done (their hours stay there). A declined invitation leaves nothing to do.
  const expertTeams = werkplaatsId
    ? sql<boolean>`exists (select 1 from ${trajectoryExperts} where ${trajectoryExperts.userId} = ${users.id}
        and ${trajectoryExperts.werkplaatsId} = ${werkplaatsId} and ${trajectoryExperts.status} <> 'declined')`
    : sql<boolean>`false`;
  // "Mijn facturen" for whoever has something on it: anyone can be invoiced (a student's training,
  // a guest's ticket), not only members. An issued invoice to the person's own billing party or
  // their company's, as `invoicesOfMember` lists them; a partner's contact has the menu item by role.
  // Asked from the person's few parties to their invoices (invoices_party_idx), not from the
  // werkplaats's invoices to their parties: every page asks it, and invoices grow every month.
  const hasInvoices = werkplaatsId
    ? sql<boolean>`exists (select 1 from ${billingParties}
        where ${billingParties.werkplaatsId} = ${werkplaatsId}
          and (${billingParties.userId} = ${users.id}
            or ${billingParties.companyId} in (select ${companyMembers.companyId} from ${companyMembers}
              where ${companyMembers.userId} = ${users.id} and ${companyMembers.werkplaatsId} = ${werkplaatsId}))
          and exists (select 1 from ${invoices} where ${invoices.partyId} = ${billingParties.id} and ${invoices.status} <> 'draft'))`
    : sql<boolean>`false`;
  const [row] = await db
    .select({
      expiresAt: sessions.expiresAt,
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      emailVerifiedAt: users.emailVerifiedAt,
      roles: roleList,
      judging,
      expertTeams,
      invoices: hasInvoices,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  const now = Date.now();
  if (!row || row.expiresAt.getTime() <= now) {
    if (row) await lucia.invalidateSession(sessionId);
    return { ...noSession, setCookie: lucia.createBlankSessionCookie().serialize() };
  }
  let setCookie: string | null = null;
  if (row.expiresAt.getTime() - SESSION_LIFETIME_MS / 2 <= now) {
    await db
      .update(sessions)
      .set({ expiresAt: new Date(now + SESSION_LIFETIME_MS) })
      .where(eq(sessions.id, sessionId));
    setCookie = lucia.createSessionCookie(sessionId).serialize();
  }
  const user: SessionUser = {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale === "en" ? "en" : "nl",
    emailVerified: row.emailVerifiedAt != null,
  };
  return {
    user,
    sessionId,
    roles: parseRoles(row.roles),
    judging: parseIds(row.judging),
    expertTeams: row.expertTeams === true,
    invoices: row.invoices === true,
    setCookie,
  };
}

// PGlite and postgres.js both parse json; a driver that hands back text still gives a list.
function parseRoles(value: Role[] | string): Role[] {
  return typeof value === "string" ? (JSON.parse(value) as Role[]) : value;
}

function parseIds(value: string[] | string): string[] {
  return typeof value === "string" ? (JSON.parse(value) as string[]) : value;
}

/** Starts a new session (always a new id, so a planted session id is useless) and returns its cookie. */
export async function startSession(userId: string, previousSessionId?: string | null) {
  if (previousSessionId) await lucia.invalidateSession(previousSessionId);
  const session = await lucia.createSession(userId, {});
  return lucia.createSessionCookie(session.id).serialize();
}

export async function endSession(sessionId: string | null) {
  if (sessionId) await lucia.invalidateSession(sessionId);
  return lucia.createBlankSessionCookie().serialize();
}

/** Ends every session of a user, e.g. after a password change or reset. */
export function endAllSessions(userId: string) {
  return lucia.invalidateUserSessions(userId);
}

export function deleteExpiredSessions() {
  return lucia.deleteExpiredSessions();
}

/** The logged-in user, or a redirect to the login page that comes back here afterwards. */
export function requireUser({ request, context }: Args): SessionUser {
  if (context.user) return context.user;
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  throw redirect(back === "/" ? "/login" : `/login?redirectTo=${encodeURIComponent(back)}`);
}

/**
 * The logged-in user with a proven address. An unverified account (anyone can type in any
 * address) is sent to the page that explains it and sends the link again.
 */
export function requireVerifiedUser(args: Args): SessionUser {
  const user = requireUser(args);
  if (user.emailVerified) return user;
  const url = new URL(args.request.url);
  throw redirect(`/verify-email?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
}

/** The user, the werkplaats and their roles, when they hold one of `roles` there; otherwise 403. */
export function requireRole(args: Args, ...roles: Role[]) {
  const user = requireUser(args);
  const { werkplaats } = args.context;
  if (!werkplaats || !hasAnyRole(args.context.roles, roles)) forbiddenResponse();
  return { user, werkplaats, roles: args.context.roles };
}

export function requireWerkplaats({ context }: { context: AppLoadContext }) {
  if (!context.werkplaats) throw data({ reason: "no-werkplaats" }, { status: 404 });
  return context.werkplaats;
}
