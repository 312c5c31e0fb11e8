import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openPglite } from "~/utils/db.server";

/**
 * PGlite runs in this thread: a chain of queries must still let timers and requests in, or the
 * server stops answering while one request works and a test worker misses its runner's heartbeat.
 */
describe("PGlite takes turns with the event loop", () => {
  it("a 1 ms timer keeps firing during 300 queries in a row and during 100 racing transactions", async () => {
    const { handle } = await openPglite();
    try {
      await handle.db.execute(sql`create table counted (n int)`);
      let ticks = 0;
      const timer = setInterval(() => ticks++, 1);
      try {
        for (let i = 0; i < 300; i++) await handle.db.execute(sql`select ${i}::int`);
        expect(ticks).toBeGreaterThan(10);
        ticks = 0;
        await Promise.all(
          Array.from({ length: 100 }, (_, i) =>
            handle.db.transaction(async (tx) => {
              await tx.execute(sql`insert into counted values (${i})`);
              await tx.execute(sql`select count(*) from counted`);
            }),
          ),
        );
        expect(ticks).toBeGreaterThan(10);
      } finally {
        clearInterval(timer);
      }
      // PGlite answers with an object holding the rows.
      const counted = (await handle.db.execute(sql`select count(*)::int as n from counted`)) as unknown as { rows: { n: number }[] };
      expect(counted.rows).toEqual([{ n: 100 }]);
    } finally {
      await handle.close();
    }
  }, 60_000);
});
