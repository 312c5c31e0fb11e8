import { databaseAnswers, databaseKind } from "~/modules/health.server";

/** For load balancers and monitoring: 200 when the database answers, 503 otherwise. */
export async function loader() {
  const ok = await databaseAnswers();
  return new Response(JSON.stringify({ status: ok ? "ok" : "unavailable", database: databaseKind() ?? null }), {
    status: ok ? 200 : 503,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}
