import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { occupancyQuerySchema } from "~/modules/desks";
import { reservedPerAreaDay } from "~/modules/desks/index.server";
import { addDays } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { parseQuery } from "~/utils/forms.server";

/**
 * Flex reservations per area and day against capacity, as JSON for dashboards and the benchmark's
 * over-reservation check: `?date=` starts the window (default today), 60 days long.
 */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const q = parseQuery(args.request, occupancyQuerySchema);
  const from = q.date ?? todayIn();
  const rows = await reservedPerAreaDay(werkplaats.id, from, addDays(from, 60));
  return Response.json(
    { from, to: addDays(from, 60), rows, overCapacity: rows.filter((r) => r.reserved > r.capacity) },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
