// The monthly billing run at scale: preview and issue for 10,000 active memberships on the
// PostgreSQL server in DATABASE_URL (in a throwaway database of its own).
// `DATABASE_URL=postgres://… node --import tsx bench/billing-run.ts [memberships]` prints seconds
// for each; the goal is an issue under 10 s. The reads are batched (a fixed number of queries per
// run); issuing goes in chunks of 200 parties, one transaction each, several chunks at a time.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { membershipPeriods, memberships, users } from "#db/schema";
import { makeWerkplaats } from "#db/factories";
import { makePlan } from "#db/membership-factories";
import { makeBillingSettings } from "#db/billing-factories";
import { issueMonth, previewMonth } from "~/modules/billing/index.server";
import { db, migrateDatabase, openPostgres, useDatabase } from "~/utils/db.server";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("bench/billing-run.ts needs DATABASE_URL (a PostgreSQL server)");
const count = Number(process.argv[2] ?? 10_000);
const name = `bench_billing_run_${randomUUID().slice(0, 8)}`;
const admin = postgres(url, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const target = new URL(url);
target.pathname = `/${name}`;
const handle = openPostgres(target.toString(), 10);
try {
  useDatabase(handle);
  await migrateDatabase(handle);
  const werkplaats = await makeWerkplaats({ name: "Bench" });
  await makeBillingSettings(werkplaats.id, { invoicePrefix: "BENCH" });
  const plan = await makePlan(werkplaats.id, "flex", { priceCents: 225_00 });
  for (let from = 0; from < count; from += 1000) {
    const size = Math.min(1000, count - from);
    const people = await db
      .insert(users)
      .values(Array.from({ length: size }, (_, i) => ({ name: `Lid ${from + i}`, email: `lid-${from + i}@bench.test` })))
      .returning({ id: users.id });
    // A third start mid-month, so the preview prorates as it does in real months.
    const rows = await db
      .insert(memberships)
      .values(
        people.map((p, i) => ({
          werkplaatsId: werkplaats.id,
          userId: p.id,
          status: "active" as const,
          startDate: i % 3 ? "2025-01-01" : "2026-03-10",
        })),
      )
      .returning({ id: memberships.id, startDate: memberships.startDate });
    await db.insert(membershipPeriods).values(rows.map((m) => ({ membershipId: m.id, planId: plan.id, startsOn: m.startDate })));
  }

  let start = performance.now();
  const preview = await previewMonth(werkplaats.id, "2026-03");
  const previewSeconds = (performance.now() - start) / 1000;
  start = performance.now();
  const outcome = await issueMonth(werkplaats.id, null, "2026-03");
  const issueSeconds = (performance.now() - start) / 1000;
  console.log(`billing run preview: ${previewSeconds.toFixed(2)} s for ${count} memberships (${preview.invoices.length} invoices)`);
  console.log(`billing run issue: ${issueSeconds.toFixed(2)} s (${outcome.issued} issued, ${outcome.failures.length} failed; goal < 10 s)`);
} finally {
  useDatabase(undefined);
  await handle.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
