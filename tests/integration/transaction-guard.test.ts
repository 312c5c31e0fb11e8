import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";

// PGlite has one connection: `db` used inside db.transaction() waits for ever there, and on
// PostgreSQL runs outside the transaction. Under the test runner it throws at once, on both.
describe("db inside a transaction", () => {
  it("is refused with a message that names the mistake; the transaction's tx works", async () => {
    await expect(db.transaction(async () => db.execute(sql`select 1`))).rejects.toThrow(
      /inside db\.transaction\(\): use the transaction's tx/,
    );
    await expect(db.transaction(async () => db.transaction(async () => 1))).rejects.toThrow(/db\.transaction inside/);
    expect(await db.transaction(async (tx) => (await tx.execute(sql`select 2 as n`)) && "ok")).toBe("ok");
    // Once the transaction has ended, work it started may use db again.
    let later: Promise<unknown> | undefined;
    await db.transaction(async () => {
      later = new Promise((resolve) => setTimeout(resolve, 10)).then(() => db.execute(sql`select 3`));
    });
    await expect(later).resolves.toBeTruthy();
  });
});
