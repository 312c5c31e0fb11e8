import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { rangeSchema } from "~/modules/rooms";
import { calendarJson } from "~/modules/rooms/index.server";
import { matchesEtag } from "~/utils/etag";
import { parseQuery } from "~/utils/forms.server";

/**
 * GET /calendar/items?start&end[&room]: the calendar's items for the visible range, as JSON.
 * Someone's own answer: the browser keeps it but asks again each time (no-cache) with its
 * ETag, and gets 304 while nothing it shows changed (decision 091).
 */
export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats, roles } = requireRole(args, "member", "staff", "manager");
  const range = parseQuery(args.request, rangeSchema, { explainIn: args.context.locale });
  const answer = await calendarJson(werkplaats.id, { id: user.id, roles }, range, werkplaats.timezone);
  const headers = { "Cache-Control": "private, no-cache", ETag: answer.etag, Vary: "Cookie" };
  if (matchesEtag(args.request.headers.get("If-None-Match"), answer.etag)) return new Response(null, { status: 304, headers });
  return new Response(answer.body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}
