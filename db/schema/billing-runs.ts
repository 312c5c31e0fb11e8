import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { werkplaatsen } from "./werkplaats";

/** A line the manager adds to one party's invoice in the run's preview. */
export type RunOneOff = { id: string; partyKey: string; description: string; unitCents: number; btwRate: 21 | 9 | 0 };
/** A party the run could not invoice, and why (a dictionary key with its values). */
export type RunFailure = { partyKey: string; name: string; reason: { key: string; vars?: Record<string, string | number> } };

/**
 * The monthly billing run of one werkplaats for one month: what the manager chose in the preview
 * (parties left out, one-off lines) and how far issuing got. One row per month, so two managers
 * see and steer the same run; the invoices themselves are kept unique by their lines' charge keys.
 */
export const billingRuns = pgTable(
  "billing_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    /** "2026-03". */
    month: text("month").notNull(),
    /** Party keys ("company:<id>", "person:<userId>") the manager left out of this month. */
    excluded: text("excluded").array().notNull().default(sql`'{}'::text[]`),
    oneOffs: jsonb("one_offs").$type<RunOneOff[]>().notNull().default(sql`'[]'::jsonb`),
    /** idle (only a preview so far), running, done. */
    status: text("status").notNull().default("idle"),
    partiesTotal: integer("parties_total").notNull().default(0),
    partiesDone: integer("parties_done").notNull().default(0),
    invoicesIssued: integer("invoices_issued").notNull().default(0),
    failures: jsonb("failures").$type<RunFailure[]>().notNull().default(sql`'[]'::jsonb`),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("billing_runs_month_key").on(t.werkplaatsId, t.month),
    check("billing_runs_month", sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check("billing_runs_status", sql`${t.status} in ('idle', 'running', 'done')`),
    check("billing_runs_progress", sql`${t.partiesDone} between 0 and ${t.partiesTotal}`),
  ],
);
