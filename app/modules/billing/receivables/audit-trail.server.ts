import { and, desc, eq, lt, sql } from "drizzle-orm";
import { invoices, moneyEvents, users } from "#db/schema";
import { db } from "~/utils/db.server";
import type { MoneyEventKind } from "../terms";

const PAGE = 100;

/**
 * The audit trail of money, newest first: who did what to which invoice and when, read-only.
 * Filtered by an invoice number (exact, case-insensitive) and by kind; paged by time.
 */
export async function moneyEventsPage(werkplaatsId: string, filter: { invoice?: string; kind?: MoneyEventKind; before?: string }) {
  const rows = await db
    .select({
      id: moneyEvents.id,
      at: moneyEvents.at,
      kind: moneyEvents.kind,
      details: moneyEvents.details,
      invoiceId: moneyEvents.invoiceId,
      invoiceNumber: invoices.number,
      actorName: users.name,
    })
    .from(moneyEvents)
    .leftJoin(invoices, eq(invoices.id, moneyEvents.invoiceId))
    .leftJoin(users, eq(users.id, moneyEvents.actorId))
    .where(
      and(
        eq(moneyEvents.werkplaatsId, werkplaatsId),
        filter.kind ? eq(moneyEvents.kind, filter.kind) : undefined,
        filter.invoice ? sql`upper(${invoices.number}) = upper(${filter.invoice})` : undefined,
        filter.before ? lt(moneyEvents.at, new Date(filter.before)) : undefined,
      ),
    )
    .orderBy(desc(moneyEvents.at), desc(moneyEvents.id))
    .limit(PAGE + 1);
  return {
    events: rows.slice(0, PAGE).map((r) => ({ ...r, summary: summaryOf(r.details) })),
    hasMore: rows.length > PAGE,
  };
}

/** The amounts and facts of an event worth a column, from its details (which differ per kind). */
function summaryOf(details: Record<string, unknown>) {
  const cents = (key: string) => (typeof details[key] === "number" ? (details[key] as number) : null);
  return {
    amountCents: cents("grossCents") ?? cents("amountCents") ?? cents("dueCents"),
    to: typeof details.to === "string" ? details.to : null,
    step: typeof details.reminder === "string" ? details.reminder : null,
  };
}
