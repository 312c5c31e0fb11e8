import { and, eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { billingParties, invoices, stripeCollections } from "#db/schema";
import { recordMoneyEvent } from "~/modules/billing/index.server";
import type { Locale } from "~/modules/i18n";
import { enqueueMail } from "~/modules/notifications/index.server";
import type { Tx } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { formatMoney } from "~/utils/money";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Forward only: a late `processing` after the bank's answer changes nothing, a failure is final,
 * and a success can still fail (a SEPA debit returned, a dispute).
 */
function moves(from: string, to: "processing" | "succeeded" | "failed") {
  if (from === to || from === "failed") return false;
  return to !== "processing" || from === "queued";
}

/**
 * What a PaymentIntent's webhook means for the collection it belongs to (named in its metadata,
 * or found by the PaymentIntent, within the werkplaats it claims); nothing for other payments. A failed debit also tells the party by email, once:
 * the collection moves to `failed` only once, and the mail is queued in that same transaction.
 * Returns whether the PaymentIntent was a collection's.
 */
export async function noteCollection(
  tx: Tx,
  pi: { id: string; metadata?: Stripe.Metadata | null },
  status: "processing" | "succeeded" | "failed",
  reason: string | null = null,
) {
  const collectionId = pi.metadata?.collectionId;
  const werkplaatsId = pi.metadata?.werkplaatsId;
  if (!werkplaatsId || !UUID.test(werkplaatsId)) return false;
  // A dispute names only the PaymentIntent; everything else names the collection in its metadata.
  const which =
    collectionId && UUID.test(collectionId) ? eq(stripeCollections.id, collectionId) : eq(stripeCollections.paymentIntentId, pi.id);
  const [collection] = await tx
    .select()
    .from(stripeCollections)
    .where(and(which, eq(stripeCollections.werkplaatsId, werkplaatsId)))
    .for("update");
  if (!collection) return false;
  if (!moves(collection.status, status)) return true;
  await tx
    .update(stripeCollections)
    .set({
      status,
      paymentIntentId: collection.paymentIntentId ?? pi.id,
      failureReason: status === "failed" ? reason : collection.failureReason,
      updatedAt: sql`now()`,
    })
    .where(eq(stripeCollections.id, collection.id));
  if (status === "failed") {
    await recordMoneyEvent(tx, {
      werkplaatsId: collection.werkplaatsId,
      invoiceId: collection.invoiceId,
      actorId: null,
      kind: "stripe_collection",
      details: { status: "failed", amountCents: collection.amountCents, reason },
    });
    await tellPartyReopened(tx, { ...collection, template: "mail.stripeCollectionFailed" });
  }
  return true;
}

/**
 * Tells the invoice's party by email that money Stripe had taken did not stay (a failed debit, a
 * dispute), so the invoice is open again, with the link to pay it online.
 */
export async function tellPartyReopened(
  tx: Tx,
  reopened: {
    werkplaatsId: string;
    invoiceId: string;
    amountCents: number;
    template: "mail.stripeCollectionFailed" | "mail.stripePaymentDisputed";
  },
) {
  const [invoice] = await tx
    .select({ number: invoices.number, email: billingParties.email, name: billingParties.name, language: billingParties.language })
    .from(invoices)
    .innerJoin(billingParties, eq(billingParties.id, invoices.partyId))
    .where(eq(invoices.id, reopened.invoiceId));
  if (!invoice?.email) return;
  const locale = (invoice.language === "en" ? "en" : "nl") as Locale;
  await enqueueMail(tx, {
    werkplaatsId: reopened.werkplaatsId,
    to: invoice.email,
    locale,
    template: reopened.template,
    vars: {
      name: invoice.name,
      number: invoice.number ?? "",
      amount: formatMoney(reopened.amountCents, locale),
      link: `${appUrl()}/invoices/${reopened.invoiceId}`,
    },
  });
}
