import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { invoiceLines, invoices } from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import { makeMembership, makePlan } from "#db/membership-factories";
import { makeBillingSettings } from "#db/billing-factories";
import { issueMonth, runOf, STALE_RUN_MS } from "~/modules/billing/index.server";
import { db, migrateDatabase, openPglite, useDatabase, type DatabaseHandle } from "~/utils/db.server";
import { currentTestDatabase } from "../support/per-file-database";

/**
 * A run killed with SIGKILL halfway and started again issues exactly what was missing. The run
 * is a real child process (node --import tsx: one process, so SIGKILL hits the run itself); on PostgreSQL it uses this file's database, on PGlite a folder
 * the child opens and the test reopens after the kill.
 */
const PARTIES = 24;
const KILL_AFTER = 8;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "werkplaats-run-kill-"));
const onServer = !!process.env.DATABASE_URL;
let own: DatabaseHandle | undefined;

afterAll(async () => {
  await own?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

async function useOwnPglite() {
  await own?.close();
  own = (await openPglite({ dataDir: folder })).handle;
  useDatabase(own);
}

/** Starts the run in a child and kills it with SIGKILL once it reports `after` parties issued. */
function runAndKill(werkplaatsId: string, after: number) {
  const env = {
    ...process.env,
    ...(onServer ? { DATABASE_URL: currentTestDatabase().url } : { DATABASE_URL: "", PGLITE_DIR: folder }),
    LOG_LEVEL: "silent",
  };
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/billing-run-child.ts", werkplaatsId, "2026-03"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise<{ reported: number; signal: string | null }>((resolve, reject) => {
    let reported = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      const counts = [...chunk.toString().matchAll(/issued (\d+)/g)].map((m) => Number(m[1]));
      if (counts.length) reported = Math.max(reported, ...counts);
      if (reported >= after) child.kill("SIGKILL");
    });
    child.on("exit", (_code, signal) =>
      signal === "SIGKILL" ? resolve({ reported, signal }) : reject(new Error(`the run was not killed: ${stderr}`)),
    );
  });
}

describe(`a billing run killed with kill -9 on ${onServer ? "the PostgreSQL server" : "PGlite"}`, () => {
  it("issues exactly what was missing when started again: no duplicate, none missing, no number gap", { timeout: 120_000 }, async () => {
    if (!onServer) {
      await useOwnPglite();
      await migrateDatabase(own!);
    }
    const werkplaats = await makeWerkplaats({ name: "Kill Test" });
    await makeBillingSettings(werkplaats.id, { invoicePrefix: "KILL" });
    const plan = await makePlan(werkplaats.id, "flex", { priceCents: 199_00 });
    for (let i = 0; i < PARTIES; i++) {
      const user = await makeUser({ name: `Lid ${String(i).padStart(2, "0")}` });
      await makeMembership(werkplaats.id, user.id, plan.id, { startDate: "2026-01-01" });
    }
    if (!onServer) {
      await own!.close();
      own = undefined;
    }

    const killed = await runAndKill(werkplaats.id, KILL_AFTER);
    expect(killed.signal).toBe("SIGKILL");
    if (!onServer) await useOwnPglite();
    const before = await db.select().from(invoices).where(eq(invoices.werkplaatsId, werkplaats.id));
    expect(before.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(before.length).toBeLessThan(PARTIES);

    // The dead run's record still says running; once it has not moved for a while it reads as
    // interrupted, so the page offers Issue again instead of waiting for ever.
    const left = await runOf(werkplaats.id, "2026-03");
    expect(left!.status).toBe("running");
    const later = new Date(left!.updatedAt.getTime() + STALE_RUN_MS + 1000);
    expect((await runOf(werkplaats.id, "2026-03", { now: later }))!.status).toBe("interrupted");

    const rerun = await issueMonth(werkplaats.id, null, "2026-03");
    expect((await runOf(werkplaats.id, "2026-03", { now: later }))!.status).toBe("done");
    expect(rerun).toEqual({ issued: PARTIES - before.length, skipped: 0, failures: [] });

    const all = await db
      .select({ sequence: invoices.sequence, partyId: invoices.partyId, status: invoices.status })
      .from(invoices)
      .where(eq(invoices.werkplaatsId, werkplaats.id))
      .orderBy(invoices.sequence);
    expect(all.every((i) => i.status === "issued")).toBe(true);
    expect(all.map((i) => i.sequence)).toEqual(Array.from({ length: PARTIES }, (_, i) => i + 1));
    expect(new Set(all.map((i) => i.partyId)).size).toBe(PARTIES);
    const [keys] = await db
      .select({ lines: sql<number>`count(*)::int`, distinct: sql<number>`count(distinct ${invoiceLines.chargeKey})::int` })
      .from(invoiceLines)
      .where(and(eq(invoiceLines.werkplaatsId, werkplaats.id)));
    expect(keys).toEqual({ lines: PARTIES, distinct: PARTIES });
  });
});
