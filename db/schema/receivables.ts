import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { invoices } from "./billing";
import { outboxMessages } from "./notifications";
import { werkplaatsen } from "./werkplaats";

/**
 * When the reminders of a werkplaats go out: the first and the second, in days after an
 * invoice's due date. A werkplaats without a row uses the defaults below.
 */
export const reminderSettings = pgTable(
  "reminder_settings",
  {
    werkplaatsId: uuid("werkplaats_id")
      .primaryKey()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    firstAfterDays: integer("first_after_days").notNull().default(7),
    secondAfterDays: integer("second_after_days").notNull().default(21),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("reminder_settings_first", sql`${t.firstAfterDays} between 1 and 90`),
    // The second follows the first by at least a week, so a customer has time to answer the first.
    check("reminder_settings_second", sql`${t.secondAfterDays} between ${t.firstAfterDays} + 7 and 180`),
  ],
);

export const reminderKinds = ["friendly", "second", "fourteen_day"] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/**
 * A reminder sent for an invoice: step 1 (friendly), step 2 (a second reminder, or for a
 * consumer the 14-dagenbrief with its pay-by date and the collection costs it announces). One
 * row per step: the unique key makes a second sending of the same step impossible, also when
 * two maintenance runs race.
 */
export const invoiceReminders = pgTable(
  "invoice_reminders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    step: integer("step").notNull(),
    kind: text("kind").notNull(),
    sentOn: date("sent_on", { mode: "string" }).notNull(),
    /** 14-dagenbrief: the last day to pay before collection costs are due. */
    payBy: date("pay_by", { mode: "string" }),
    /** 14-dagenbrief: the collection costs (WIK staffel) announced in the letter. */
    collectionCostsCents: integer("collection_costs_cents"),
    outboxMessageId: uuid("outbox_message_id").references(() => outboxMessages.id, { onDelete: "set null" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invoice_reminders_step_key").on(t.invoiceId, t.step),
    index("invoice_reminders_werkplaats_idx").on(t.werkplaatsId, t.sentOn),
    check("invoice_reminders_step", sql`${t.step} in (1, 2)`),
    check(
      "invoice_reminders_kind",
      sql`(${t.step} = 1 and ${t.kind} = 'friendly') or (${t.step} = 2 and ${t.kind} in ('second', 'fourteen_day'))`,
    ),
    // The WIK requires at least 14 days after the day after receipt: a letter naming fewer is void.
    check(
      "invoice_reminders_fourteen_day",
      sql`(${t.kind} = 'fourteen_day') = (${t.payBy} is not null and ${t.collectionCostsCents} is not null)
        and (${t.payBy} is null or ${t.payBy} >= ${t.sentOn} + 14)
        and (${t.collectionCostsCents} is null or ${t.collectionCostsCents} between 4000 and 677500)`,
    ),
  ],
);

/**
 * Collection costs claimed for an unpaid invoice. A trigger in the migration refuses a row
 * unless a 14-dagenbrief for that invoice was sent and its pay-by date has passed, and
 * refuses any amount other than the one that letter announced.
 */
export const collectionCosts = pgTable(
  "collection_costs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    amountCents: integer("amount_cents").notNull(),
    chargedOn: date("charged_on", { mode: "string" }).notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("collection_costs_invoice_key").on(t.invoiceId), check("collection_costs_amount", sql`${t.amountCents} > 0`)],
);
