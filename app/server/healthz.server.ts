import type { Request, Response } from "express";
import { databaseAnswers, databaseKind } from "~/modules/health.server";

/**
 * For load balancers and monitoring: 200 when the database answers, 503 otherwise. Served
 * before Remix on purpose: pages first look up the session and the werkplaats, and a health
 * check must not depend on what it is checking (it answered 500 once those lookups failed).
 */
export async function healthz(_req: Request, res: Response) {
  const ok = await databaseAnswers();
  res
    .status(ok ? 200 : 503)
    .set("Cache-Control", "no-store")
    .json({ status: ok ? "ok" : "unavailable", database: databaseKind() ?? null });
}
