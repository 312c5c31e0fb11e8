import { and, eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { stripeCustomers } from "#db/schema";
import type { Executor, Tx } from "~/utils/db.server";
import { stripeClient } from "../client.server";
import type { StripeEventHandler } from "../types";

type SavedMethod = { paymentMethodId: string; kind: "sepa_debit" | "card"; label: string; mandateId: string | null };

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

/** "SEPA •••• 3000", "Visa •••• 4242": what the member recognises on /account/payments. */
function methodLabel(kind: "sepa_debit" | "card", last4: string | null | undefined, brand?: string | null) {
  const name = kind === "sepa_debit" ? "SEPA" : brand ? brand.charAt(0).toUpperCase() + brand.slice(1) : "Kaart";
  return last4 ? `${name} •••• ${last4}` : name;
}

/**
 * Saves the method a customer agreed to be collected with, on the customer's row (the customer
 * and the werkplaats its metadata claims must match: metadata is only a claim). From now on, new
 * invoices of the party are collected with it; the time it was saved says which.
 */
async function saveMethod(tx: Tx, werkplaatsId: string | undefined, customerId: string | null, method: SavedMethod) {
  if (!werkplaatsId || !customerId) return;
  await tx
    .update(stripeCustomers)
    .set({
      paymentMethodId: method.paymentMethodId,
      methodKind: method.kind,
      methodLabel: method.label,
      mandateId: method.mandateId,
      methodSavedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(stripeCustomers.customerId, customerId),
        eq(stripeCustomers.werkplaatsId, werkplaatsId),
        sql`${stripeCustomers.paymentMethodId} is distinct from ${method.paymentMethodId}`,
      ),
    );
}

/** Forgets a saved method (removed by the member, or its mandate ended): nothing is collected with it any more. */
export async function forgetMethod(tx: Executor, where: { paymentMethodId?: string; mandateId?: string }) {
  const condition = where.mandateId
    ? eq(stripeCustomers.mandateId, where.mandateId)
    : where.paymentMethodId
      ? eq(stripeCustomers.paymentMethodId, where.paymentMethodId)
      : undefined;
  if (!condition) return;
  await tx
    .update(stripeCustomers)
    .set({ paymentMethodId: null, methodKind: null, methodLabel: null, mandateId: null, methodSavedAt: null, updatedAt: sql`now()` })
    .where(condition);
}

/**
 * What an invoice payment left for later, from its charge: iDEAL and Bancontact with consent make
 * a SEPA Direct Debit method and mandate (Stripe's iDEAL-to-SEPA flow); a card with consent is
 * itself saved. Only when the payer ticked the box (`saveForLater` in the metadata we set).
 */
function methodFromCharge(charge: Stripe.Charge): SavedMethod | null {
  const details = charge.payment_method_details;
  const bank = details?.ideal ?? details?.bancontact;
  if (bank?.generated_sepa_debit)
    return {
      paymentMethodId: idOf(bank.generated_sepa_debit)!,
      kind: "sepa_debit",
      label: methodLabel("sepa_debit", bank.iban_last4),
      mandateId: idOf(bank.generated_sepa_debit_mandate),
    };
  if (details?.card && charge.payment_method)
    return {
      paymentMethodId: charge.payment_method,
      kind: "card",
      label: methodLabel("card", details.card.last4, details.card.brand),
      mandateId: null,
    };
  return null;
}

/** A method saved through a SetupIntent (setup-mode Checkout on /account/payments): its details are read back from Stripe. */
async function methodFromSetupIntent(intent: Stripe.SetupIntent): Promise<SavedMethod | null> {
  const paymentMethodId = idOf(intent.payment_method);
  if (!paymentMethodId) return null;
  const pm = await stripeClient().paymentMethods.retrieve(paymentMethodId);
  const kind = pm.type === "sepa_debit" ? "sepa_debit" : pm.type === "card" ? "card" : null;
  if (!kind) return null;
  return {
    paymentMethodId,
    kind,
    label: methodLabel(kind, kind === "card" ? pm.card?.last4 : pm.sepa_debit?.last4, pm.card?.brand),
    mandateId: idOf(intent.mandate),
  };
}

export const methodHandlers: StripeEventHandler[] = [
  {
    type: "charge.succeeded",
    kind: "invoice",
    handle: async (tx, event) => {
      const charge = event.data.object as Stripe.Charge;
      if (charge.metadata?.saveForLater !== "1") return;
      const method = methodFromCharge(charge);
      if (method) await saveMethod(tx, charge.metadata.werkplaatsId, idOf(charge.customer), method);
    },
  },
  {
    type: "setup_intent.succeeded",
    kind: "payment-method",
    handle: async (tx, event) => {
      const intent = event.data.object as Stripe.SetupIntent;
      const method = await methodFromSetupIntent(intent);
      if (method) await saveMethod(tx, intent.metadata?.werkplaatsId, idOf(intent.customer), method);
    },
  },
  {
    // A mandate carries no metadata of ours: found by its id. Revoked at the bank: collect no more.
    type: "mandate.updated",
    handle: async (tx, event) => {
      const mandate = event.data.object as Stripe.Mandate;
      if (mandate.status === "inactive") await forgetMethod(tx, { mandateId: mandate.id });
    },
  },
];
