import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea";
import { werkplaatsen } from "./werkplaats";

/**
 * Outgoing email, written in the same transaction as the change that causes it.
 * A worker delivers it; without SMTP it waits here and managers read it at /admin/outbox.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id").references(() => werkplaatsen.id, { onDelete: "cascade" }),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    kind: text("kind").notNull(),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("outbox_werkplaats_idx").on(t.werkplaatsId, t.createdAt),
    check("outbox_status", sql`${t.status} in ('pending', 'sent', 'failed')`),
  ],
);

export type OutboxMessageRow = typeof outboxMessages.$inferSelect;

/**
 * Files sent with an outbox message (an invoice's PDF and UBL), kept as the bytes that were
 * queued: a retry days later sends exactly what the first attempt would have.
 */
export const outboxAttachments = pgTable(
  "outbox_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    messageId: uuid("message_id")
      .notNull()
      .references(() => outboxMessages.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    content: bytea("content").notNull(),
  },
  (t) => [
    uniqueIndex("outbox_attachments_position_key").on(t.messageId, t.position),
    // Mail servers refuse large messages; an invoice PDF is a few kilobytes.
    check("outbox_attachments_size", sql`octet_length(${t.content}) <= 5242880`),
  ],
);

export type OutboxAttachmentRow = typeof outboxAttachments.$inferSelect;
