import type { Role } from "~/modules/auth/roles";
import type { RequestContext } from "~/server/context";
import { orErrorResponse } from "~/utils/http.server";

/** Who makes a request: a person (or nobody), their roles and the werkplaats the request is for. */
export type Visitor = {
  user: { id: string; email: string; name: string; emailVerified?: boolean } | null;
  roles: Role[];
  werkplaats: RequestContext["werkplaats"];
};

/** The request context the server builds (see app/server/context.ts), for calling routes directly. */
export function requestContext(who: Visitor): RequestContext {
  return {
    requestId: "test",
    nonce: "",
    ip: "127.0.0.1",
    // Test people are verified (as the factories make them) unless `who.user` says otherwise.
    user: who.user ? { emailVerified: true, ...who.user, locale: "nl" } : null,
    sessionId: null,
    werkplaats: who.werkplaats,
    roles: who.roles,
    judging: [],
    expertTeams: false,
    invoices: false,
    locale: "nl",
  };
}

/** Loader/action arguments as the server builds them: a request to `url`, the context, the params. */
export function routeArgs(url: string, who: Visitor, init?: RequestInit & { params?: Record<string, string> }) {
  const request = new Request(`http://localhost${url}`, init);
  return { request, context: requestContext(who), params: init?.params ?? {} };
}

/** A POST of form fields, as a browser sends it. */
export function formPost(form: Record<string, string>, params?: Record<string, string>) {
  return { method: "POST", body: new URLSearchParams(form), params };
}

/**
 * Runs a loader or action and answers what the client would get: a thrown or returned Response
 * (redirect, 403, 404), a `data(…, { status })` (recognised by the type tag Remix gives it), or
 * 200 with the plain value. The one place that knows how Remix represents these.
 */
export async function outcome(run: () => unknown): Promise<{ status: number; location?: string | null; body?: unknown }> {
  try {
    // As the server runs every loader and action (app/server/route-errors.server.ts): a module's
    // DomainError answers with its own status.
    const result = await orErrorResponse(async () => run());
    if (result instanceof Response) return { status: result.status, location: result.headers.get("Location"), body: result };
    if (isDataWithStatus(result)) return { status: result.init?.status ?? 200, body: result.data };
    return { status: 200, body: result };
  } catch (error) {
    if (error instanceof Response) return { status: error.status, location: error.headers.get("Location") };
    if (isDataWithStatus(error)) return { status: error.init?.status ?? 500, body: error.data };
    throw error;
  }
}

function isDataWithStatus(value: unknown): value is { type: "DataWithResponseInit"; data: unknown; init?: { status?: number } | null } {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "DataWithResponseInit";
}
