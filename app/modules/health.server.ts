import { sql } from "drizzle-orm";
import { databaseKind, db } from "~/utils/db.server";

/** True when the database answers a trivial query within the time limit. */
export async function databaseAnswers(timeoutMs = 2000): Promise<boolean> {
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

export { databaseKind };
