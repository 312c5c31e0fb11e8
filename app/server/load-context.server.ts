import type { Request as ExpressRequest, Response as ExpressResponse } from "express";
import { readSession } from "~/modules/auth/index.server";
import type { Role } from "~/modules/auth";
import { defaultLocale, isLocale, negotiateLocale, type Locale } from "~/modules/i18n";
import { resolveWerkplaats } from "~/modules/werkplaats/index.server";
import type { RequestContext } from "./context";
import { localeCookie, werkplaatsCookie } from "./cookies.server";

/**
 * Works out, once per request, who is asking (session), about which werkplaats, with which
 * roles and in which language. A refreshed or cleared session cookie is set on the response.
 */
export async function buildRequestContext(req: ExpressRequest, res: ExpressResponse): Promise<RequestContext> {
  const cookieHeader = req.headers.cookie;
  const [chosenSlug, chosenLocale] = await Promise.all([
    werkplaatsCookie.parse(cookieHeader ?? null) as Promise<unknown>,
    localeCookie.parse(cookieHeader ?? null) as Promise<unknown>,
  ]);
  // The werkplaats comes from memory (kept in step by a notification); then session, user and
  // roles in one query, and none at all without a session cookie.
  const werkplaats = (await resolveWerkplaats(typeof chosenSlug === "string" ? chosenSlug : undefined)) ?? null;
  const session = await readSession(cookieHeader, werkplaats?.id);
  if (session.setCookie) res.append("Set-Cookie", session.setCookie);
  const roles: Role[] = session.roles;

  const locale: Locale =
    session.user?.locale ??
    (isLocale(chosenLocale) ? chosenLocale : undefined) ??
    negotiateLocale(req.headers["accept-language"]) ??
    (isLocale(werkplaats?.defaultLocale) ? werkplaats.defaultLocale : defaultLocale);

  return {
    requestId: res.locals.requestId as string,
    nonce: res.locals.nonce as string,
    ip: req.ip ?? req.socket.remoteAddress ?? "unknown",
    user: session.user,
    sessionId: session.sessionId,
    werkplaats,
    roles,
    judging: session.judging,
    expertTeams: session.expertTeams,
    invoices: session.invoices,
    locale,
  };
}
