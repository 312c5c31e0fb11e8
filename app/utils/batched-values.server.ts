import { type SQL, sql } from "drizzle-orm";
import { db } from "./db.server";

type Waiting = { expression: SQL; resolve: (value: unknown) => void; reject: (error: unknown) => void };

let waiting: Waiting[] | null = null;

/**
 * The value of one scalar SQL expression (usually a json subquery), read together with every
 * other expression asked for in the same turn of the event loop: ONE `select e1, e2, …` instead
 * of a statement each. A page whose modules each ask a small question in parallel (the member
 * start page) then pays one round trip; on PGlite every statement queues behind the one before
 * at a fixed cost, so it pays one statement instead of several (decision 085). Each module still
 * writes its own SQL; only the round trip is shared.
 * Outside transactions only (it reads through the shared `db`); a failing expression fails
 * every expression of its batch, so pass only ones that cannot fail on valid input.
 */
export function batchedValue(expression: SQL): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (!waiting) {
      waiting = [];
      // setImmediate, not a microtask: callers that start their questions after an await of
      // their own in the same turn still join the batch.
      setImmediate(flush);
    }
    waiting.push({ expression, resolve, reject });
  });
}

async function flush() {
  const batch = waiting ?? [];
  waiting = null;
  try {
    const columns = Object.fromEntries(batch.map((w, i) => [`v${i}`, w.expression]));
    const [row] = (await db.select(columns).from(sql`(select 1) as one`)) as Record<string, unknown>[];
    for (const [i, w] of batch.entries()) w.resolve(row?.[`v${i}`] ?? null);
  } catch (error) {
    for (const w of batch) w.reject(error);
  }
}
