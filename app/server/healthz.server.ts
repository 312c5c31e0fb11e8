import type { Request, Response } from "express";
import { sql } from "drizzle-orm";
import { databaseKind, db } from "~/utils/db.server";

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

/** True when the database answers a trivial query within the time limit. */
async function databaseAnswers(timeoutMs = 2000): Promise<boolean> {
  try {
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs).unref()),
    ]);
    return true;
  } catch {
    return false;
  }
}
