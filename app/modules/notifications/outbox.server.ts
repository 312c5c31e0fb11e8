import { and, asc, count, desc, eq, inArray, lt, lte, sql } from "drizzle-orm";
import { outboxAttachments, outboxMessages, type OutboxMessageRow } from "#db/schema";
import { translate, type Vars, type Locale } from "~/modules/i18n";
import { db, type Executor } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { notFound } from "~/utils/errors";
import { inertVars } from "./plain-text";
import { redactTokenLinks } from "./redact";

export type OutboxStatus = "pending" | "sent" | "failed";

/** The mail templates: each has `<template>.subject` and `<template>.body` in the dictionaries. */
export type MailTemplate = `mail.${string}`;

export type Mail = {
  werkplaatsId: string | null;
  to: string;
  locale: Locale;
  template: MailTemplate;
  vars: Vars;
  /** Files sent with the mail, stored with it: a retry sends the same bytes. */
  attachments?: MailAttachment[];
};

export type MailAttachment = { filename: string; contentType: string; content: string | Uint8Array };

/**
 * Queues an email. Pass the transaction that makes the change the email is about,
 * so the email exists exactly when the change does.
 */
export async function enqueueMail(tx: Executor, mail: Mail) {
  // Values typed by visitors reach the mail as plain text only, never as links.
  const vars = inertVars(mail.vars);
  const [row] = await tx
    .insert(outboxMessages)
    .values({
      werkplaatsId: mail.werkplaatsId,
      toAddress: mail.to,
      kind: mail.template,
      subject: translate(mail.locale, `${mail.template}.subject`, vars),
      bodyText: translate(mail.locale, `${mail.template}.body`, vars),
    })
    .returning({ id: outboxMessages.id });
  const attachments = mail.attachments ?? [];
  if (attachments.length > 0) {
    await tx.insert(outboxAttachments).values(
      attachments.map((a, index) => ({
        messageId: row!.id,
        position: index + 1,
        filename: a.filename,
        contentType: a.contentType,
        content: Buffer.from(a.content),
      })),
    );
  }
  return row!.id;
}

/** The attachments of the given messages, in order, for the mail worker. */
export async function attachmentsOf(messageIds: string[]) {
  if (messageIds.length === 0) return new Map<string, MailAttachment[]>();
  const rows = await db
    .select()
    .from(outboxAttachments)
    .where(inArray(outboxAttachments.messageId, messageIds))
    .orderBy(asc(outboxAttachments.messageId), asc(outboxAttachments.position));
  const byMessage = new Map<string, MailAttachment[]>();
  for (const row of rows) {
    const list = byMessage.get(row.messageId) ?? [];
    list.push({ filename: row.filename, contentType: row.contentType, content: row.content });
    byMessage.set(row.messageId, list);
  }
  return byMessage;
}

export const MAX_ATTEMPTS = 8;
const LEASE_SECONDS = 120;

/** Seconds to wait before attempt n+1 after n failures: 30 s, 1 min, 2 min … capped at 6 hours. */
export function backoffSeconds(failures: number) {
  return Math.min(30 * 2 ** Math.max(0, failures - 1), 6 * 3600);
}

/**
 * Mails someone is waiting for at the screen (the link to prove their address, to reset a
 * password, to confirm a new address) go before everything else that is due: behind the
 * confirmations of 500 room bookings or a month's invoices they would take minutes. Ordering by
 * this sorts the due rows instead of reading the index in order; a backlog is thousands of rows,
 * and the sort only happens while there is one.
 */
const WAITED_FOR: readonly MailTemplate[] = [
  "mail.verify",
  "mail.reset",
  "mail.resetUnknown",
  "mail.signupExisting",
  "mail.emailChange",
  "mail.emailChangeTaken",
];

/**
 * Claims up to `limit` due messages by pushing their next attempt a lease into the future,
 * in one statement, so two workers never send the same message at the same time. A worker
 * that dies mid-send lets the lease run out and the message is tried again (at-least-once).
 */
export async function claimDueMessages(limit: number): Promise<OutboxMessageRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outboxMessages.id })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.status, "pending"), lte(outboxMessages.nextAttemptAt, sql`now()`)))
      .orderBy(sql`case when ${inArray(outboxMessages.kind, [...WAITED_FOR])} then 0 else 1 end`, asc(outboxMessages.nextAttemptAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outboxMessages)
      .set({ nextAttemptAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})` })
      .where(
        inArray(
          outboxMessages.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

export async function markSent(id: string) {
  await db
    .update(outboxMessages)
    .set({ status: "sent", sentAt: sql`now()`, attempts: sql`${outboxMessages.attempts} + 1`, lastError: null })
    .where(eq(outboxMessages.id, id));
}

/** Records a failed attempt; after MAX_ATTEMPTS the message is parked as failed (never deleted). */
export async function markFailed(message: OutboxMessageRow, error: string) {
  const failures = message.attempts + 1;
  await db
    .update(outboxMessages)
    .set({
      attempts: failures,
      lastError: error.slice(0, 1000),
      status: failures >= MAX_ATTEMPTS ? "failed" : "pending",
      nextAttemptAt: sql`now() + make_interval(secs => ${backoffSeconds(failures)})`,
    })
    .where(eq(outboxMessages.id, message.id));
}

/**
 * Whether the outbox view shows token links in full: only in development and the demo, where
 * there is no mail server and the links are how you follow a flow. In production nobody but
 * the recipient may hold them.
 */
export function outboxShowsTokenLinks() {
  return env().NODE_ENV !== "production";
}

/** The messages of a werkplaats for the outbox view, newest first, token links redacted in production. */
export async function listOutbox(
  werkplaatsId: string,
  options: { status?: OutboxStatus; before?: Date; limit?: number; showTokenLinks?: boolean } = {},
) {
  const limit = options.limit ?? 50;
  const show = options.showTokenLinks ?? outboxShowsTokenLinks();
  const rows = await db
    .select()
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.werkplaatsId, werkplaatsId),
        options.status ? eq(outboxMessages.status, options.status) : undefined,
        options.before ? lt(outboxMessages.createdAt, options.before) : undefined,
      ),
    )
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(limit + 1);
  const shown = rows.slice(0, limit);
  const names = await attachmentNames(shown.map((m) => m.id));
  const messages = shown.map((m) => ({
    ...m,
    bodyText: show ? m.bodyText : redactTokenLinks(m.bodyText),
    attachments: names.get(m.id) ?? [],
  }));
  return { messages, hasMore: rows.length > limit };
}

/** Only the names of the attachments, for the outbox view (the bytes stay on the server). */
async function attachmentNames(messageIds: string[]) {
  const names = new Map<string, string[]>();
  if (messageIds.length === 0) return names;
  const rows = await db
    .select({ messageId: outboxAttachments.messageId, filename: outboxAttachments.filename })
    .from(outboxAttachments)
    .where(inArray(outboxAttachments.messageId, messageIds))
    .orderBy(asc(outboxAttachments.position));
  for (const row of rows) names.set(row.messageId, [...(names.get(row.messageId) ?? []), row.filename]);
  return names;
}

export async function outboxCounts(werkplaatsId: string) {
  const rows = await db
    .select({ status: outboxMessages.status, n: count() })
    .from(outboxMessages)
    .where(eq(outboxMessages.werkplaatsId, werkplaatsId))
    .groupBy(outboxMessages.status);
  const counts: Record<OutboxStatus, number> = { pending: 0, sent: 0, failed: 0 };
  for (const r of rows) counts[r.status as OutboxStatus] = r.n;
  return counts;
}

/** A manager puts a failed message back in the queue. */
export async function retryMessage(werkplaatsId: string, id: string) {
  const updated = await db
    .update(outboxMessages)
    .set({ status: "pending", attempts: 0, nextAttemptAt: sql`now()` })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.werkplaatsId, werkplaatsId), eq(outboxMessages.status, "failed")))
    .returning({ id: outboxMessages.id });
  if (updated.length === 0) throw notFound();
}
