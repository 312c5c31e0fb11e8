import type { SQL } from "drizzle-orm";
import { db } from "~/utils/db.server";

/**
 * The rows of a hand-written query, for tests that reconcile a module's figure with SQL of their
 * own: postgres.js answers with the rows, PGlite with an object holding them.
 */
export async function rowsOf<Row = Record<string, unknown>>(statement: SQL): Promise<Row[]> {
  const result = (await db.execute(statement)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Row[];
}
