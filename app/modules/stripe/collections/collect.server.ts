import { and, eq, sql } from "drizzle-orm";
import Stripe from "stripe";
import { billingParties, invoices, stripeCollections, stripeCustomers } from "#db/schema";
import { recordMoneyEvent } from "~/modules/billing/index.server";
import { db, pgErrorOf } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";
import { queueStripeCall } from "../calls.server";
import type { StripeCallKind } from "../types";

/**
 * Creating and confirming the off-session PaymentIntent that collects an invoice. A card the bank
 * declines is an answer, not a failed call: Stripe made the PaymentIntent (and sends
 * `payment_intent.payment_failed`), so the call is done with it and is not retried.
 */
export const collectionCall: StripeCallKind = {
  kind: "payment_intent.collect",
  perform: async (stripe, params, idempotencyKey) => {
    try {
      return await stripe.paymentIntents.create(params as unknown as Stripe.PaymentIntentCreateParams, { idempotencyKey });
    } catch (error) {
      if (error instanceof Stripe.errors.StripeCardError && error.payment_intent) return error.payment_intent;
      throw error;
    }
  },
  onDone: async (tx, call, result) => {
    const collectionId = (call.params.metadata as { collectionId: string }).collectionId;
    // A webhook may have named the PaymentIntent (and moved the status on) before this answer was stored.
    await tx
      .update(stripeCollections)
      .set({ paymentIntentId: result.id, updatedAt: sql`now()` })
      .where(and(eq(stripeCollections.id, collectionId), sql`${stripeCollections.paymentIntentId} is null`));
  },
};

/** Due on an invoice: gross less paid less credited (the ledger's own sum, in SQL for the sweep). */
const dueSql = sql<number>`(${invoices.grossCents} - ${invoices.paidCents} - (select coalesce(sum(c.gross_cents), 0) from invoices c
  where c.credits_invoice_id = ${invoices.id} and c.status <> 'draft'))::int`;

/**
 * Issued invoices to collect now: of a party whose saved method was saved before the invoice was
 * issued (an invoice from before the member agreed is not debited), with money due, not collected
 * before, not in a bank incasso file and not being paid through Checkout right now. This is how
 * "collected at issue" reaches every way an invoice is issued (the run, a single invoice, a sale)
 * without billing knowing about Stripe: the worker asks every round.
 */
async function collectable(limit: number) {
  return db
    .select({
      invoiceId: invoices.id,
      werkplaatsId: invoices.werkplaatsId,
      partyId: invoices.partyId,
      number: invoices.number,
      dueCents: dueSql,
      customerId: stripeCustomers.customerId,
      paymentMethodId: sql<string>`${stripeCustomers.paymentMethodId}`,
      methodKind: sql<"sepa_debit" | "card">`${stripeCustomers.methodKind}`,
      mandateId: stripeCustomers.mandateId,
    })
    .from(invoices)
    .innerJoin(stripeCustomers, eq(stripeCustomers.partyId, invoices.partyId))
    .innerJoin(billingParties, eq(billingParties.id, invoices.partyId))
    .where(
      and(
        eq(invoices.kind, "invoice"),
        eq(invoices.status, "issued"),
        sql`${stripeCustomers.paymentMethodId} is not null`,
        sql`${invoices.issuedAt} >= ${stripeCustomers.methodSavedAt}`,
        sql`${dueSql} > 0`,
        sql`not exists (select 1 from stripe_collections s where s.invoice_id = ${invoices.id})`,
        sql`not exists (select 1 from direct_debit_collections d where d.invoice_id = ${invoices.id} and d.returned_at is null)`,
        sql`not exists (select 1 from stripe_payments p where p.invoice_id = ${invoices.id} and p.status in ('processing', 'succeeded'))`,
      ),
    )
    .orderBy(invoices.issuedAt)
    .limit(limit);
}

/**
 * Queues the collection of every collectable invoice: the collection row, the PaymentIntent call
 * (idempotency key `collect:<invoice>`, so an invoice is collected once whatever happens) and the
 * audit event, in one transaction per invoice. An invoice a manager put in an incasso file at the
 * same moment is refused by the database (one rail per invoice) and skipped. Returns how many were queued.
 */
export async function queueCollections(limit = 50): Promise<number> {
  let queued = 0;
  for (const invoice of await collectable(limit)) {
    try {
      await db.transaction(async (tx) => {
        const [collection] = await tx
          .insert(stripeCollections)
          .values({
            werkplaatsId: invoice.werkplaatsId,
            invoiceId: invoice.invoiceId,
            partyId: invoice.partyId,
            paymentMethodId: invoice.paymentMethodId,
            methodKind: invoice.methodKind,
            amountCents: invoice.dueCents,
          })
          .onConflictDoNothing()
          .returning();
        if (!collection) return;
        const metadata = {
          werkplaatsId: invoice.werkplaatsId,
          kind: "invoice",
          invoiceId: invoice.invoiceId,
          invoiceNumber: invoice.number ?? "",
          collectionId: collection.id,
        };
        await queueStripeCall(tx, {
          werkplaatsId: invoice.werkplaatsId,
          kind: collectionCall.kind,
          idempotencyKey: `collect:${invoice.invoiceId}`,
          params: {
            amount: invoice.dueCents,
            currency: "eur",
            customer: invoice.customerId,
            payment_method: invoice.paymentMethodId,
            payment_method_types: [invoice.methodKind],
            ...(invoice.mandateId && invoice.methodKind === "sepa_debit" ? { mandate: invoice.mandateId } : {}),
            off_session: true,
            confirm: true,
            description: `Factuur ${invoice.number}`,
            metadata,
          },
        });
        await recordMoneyEvent(tx, {
          werkplaatsId: invoice.werkplaatsId,
          invoiceId: invoice.invoiceId,
          actorId: null,
          kind: "stripe_collection",
          details: { status: "queued", amountCents: invoice.dueCents, method: invoice.methodKind },
        });
        queued++;
      });
    } catch (error) {
      if (pgErrorOf(error)?.code !== "23505") throw error;
      logger.info("invoice went to the bank incasso first", { invoiceId: invoice.invoiceId });
    }
  }
  return queued;
}
