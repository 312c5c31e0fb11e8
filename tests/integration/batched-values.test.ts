import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { batchedValue } from "~/utils/batched-values.server";

// The member start page's modules ask their questions through batchedValue so that the page
// costs one statement, not one per question (decision 085). statement_timestamp() is the same
// for every expression of one statement and differs between statements.
describe("batchedValue", () => {
  it("answers the expressions asked in one turn from one statement, each with its own value", async () => {
    const [a, b, n, list] = await Promise.all([
      batchedValue(sql`statement_timestamp()::text`),
      batchedValue(sql`statement_timestamp()::text`),
      batchedValue(sql`${41}::int + 1`),
      batchedValue(sql`(select coalesce(json_agg(x order by x), '[]'::json) from generate_series(1, 3) x)`),
    ]);
    expect(a).toBe(b);
    expect(n).toBe(42);
    expect(typeof list === "string" ? JSON.parse(list) : list).toEqual([1, 2, 3]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = await batchedValue(sql`statement_timestamp()::text`);
    expect(later).not.toBe(a);
  });

  it("fails every expression of a batch when one fails, and the next batch works again", async () => {
    const answers = await Promise.allSettled([batchedValue(sql`1`), batchedValue(sql`1 / 0`)]);
    expect(answers.map((a) => a.status)).toEqual(["rejected", "rejected"]);
    expect(await batchedValue(sql`${7}::int`)).toBe(7);
  });
});
