import { data, redirect, type AppLoadContext } from "@remix-run/node";
import type { SessionUser } from "~/server/context";
import { forbiddenResponse } from "~/utils/http.server";
import { lucia } from "./lucia.server";
import { hasAnyRole, type Role } from "./roles";

export { safeRedirect } from "~/utils/safe-redirect";

type Args = { request: Request; context: AppLoadContext };

/** Reads and validates the session cookie; refreshes or clears it as lucia decides. */
export async function readSession(cookieHeader: string | undefined) {
  const sessionId = lucia.readSessionCookie(cookieHeader ?? "");
  if (!sessionId) return { user: null, sessionId: null, setCookie: null };
  const { session, user } = await lucia.validateSession(sessionId);
  if (!session) {
    return { user: null, sessionId: null, setCookie: lucia.createBlankSessionCookie().serialize() };
  }
  const setCookie = session.fresh ? lucia.createSessionCookie(session.id).serialize() : null;
  const sessionUser: SessionUser = {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    emailVerified: user.emailVerified,
  };
  return { user: sessionUser, sessionId: session.id, setCookie };
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
