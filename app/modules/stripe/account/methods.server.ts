import { and, eq, inArray, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { stripeCalls, stripeCustomers } from "#db/schema";
import { partiesPaidBy, partyForPerson } from "~/modules/billing/index.server";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { notFound } from "~/utils/errors";
import { todayIn } from "~/utils/zoned-time";
import { attemptStripeCall, queueStripeCall } from "../calls.server";
import { forgetMethod } from "../collections/index.server";
import { stripeCustomerFor } from "../customers.server";
import type { StripeCallKind, StripeEventHandler } from "../types";

/** A setup-mode Checkout Session: the member gives a mandate (iDEAL → SEPA) or a card, and pays nothing now. */
export const setupCheckoutCall: StripeCallKind = {
  kind: "checkout.setup",
  perform: (stripe, params, idempotencyKey) => stripe.checkout.sessions.create(params, { idempotencyKey }),
};

/** Telling Stripe a removed method is gone; our own row forgot it already, so nothing is collected meanwhile. */
export const detachCall: StripeCallKind = {
  kind: "payment_method.detach",
  perform: (stripe, params, idempotencyKey) => stripe.paymentMethods.detach(String(params.paymentMethodId), {}, { idempotencyKey }),
};

type Member = { werkplaatsId: string; userId: string };

/**
 * What /account/payments shows: every billing party the member pays for (their own name, their
 * company) and the method saved for it, if any. The member's own name is offered even before
 * anything was billed to it (the party is made when a method is added).
 */
export async function paymentMethodsOf(member: Member) {
  const parties = await partiesPaidBy(member.werkplaatsId, member.userId);
  const saved =
    parties.length === 0
      ? []
      : await db
          .select()
          .from(stripeCustomers)
          .where(
            inArray(
              stripeCustomers.partyId,
              parties.map((p) => p.id),
            ),
          );
  const byParty = new Map(saved.map((s) => [s.partyId, s]));
  return {
    hasOwnParty: parties.some((p) => p.kind === "person"),
    parties: parties.map((p) => {
      const method = byParty.get(p.id);
      return {
        id: p.id,
        name: p.name,
        kind: p.kind,
        method: method?.paymentMethodId
          ? { label: method.methodLabel ?? "", kind: method.methodKind as "sepa_debit" | "card", savedAt: method.methodSavedAt! }
          : null,
      };
    }),
  };
}

/** The party the member names on the form, when it is one they pay for ("self": their own name); anything else 404. */
async function partyOfMember(member: Member, partyId: string) {
  if (partyId === "self") return (await partyForPerson(member.werkplaatsId, member.userId)).id;
  const parties = await partiesPaidBy(member.werkplaatsId, member.userId);
  if (!parties.some((p) => p.id === partyId)) throw notFound();
  return partyId;
}

/**
 * Starts adding (or replacing) the party's method: a Checkout Session in setup mode with iDEAL
 * (which leaves a SEPA Direct Debit mandate) and card. `setup_intent.succeeded` saves it; from then
 * on new invoices of the party are collected with it. Clicking twice the same day opens the same
 * page (the idempotency key); a session that was completed or expired gets a successor.
 * Null when Stripe does not answer now.
 */
export async function startMethodSetup(
  werkplaats: { id: string; timezone: string },
  userId: string,
  partyId: string,
  locale: "nl" | "en",
): Promise<string | null> {
  const party = await partyOfMember({ werkplaatsId: werkplaats.id, userId }, partyId);
  const customer = await stripeCustomerFor(werkplaats.id, party);
  if (!customer) return null;
  const metadata = { werkplaatsId: werkplaats.id, kind: "payment-method", partyId: party };
  const back = `${appUrl()}/account/payments`;
  const params = {
    mode: "setup",
    customer,
    locale,
    currency: "eur",
    payment_method_types: ["ideal", "card"],
    metadata,
    setup_intent_data: { metadata, description: "Automatische incasso van facturen" },
    success_url: `${back}?opgeslagen=1`,
    cancel_url: back,
  };
  let key = `setup:${party}:${todayIn(new Date(), werkplaats.timezone)}`;
  for (;;) {
    const call = await queueStripeCall(db, { werkplaatsId: werkplaats.id, kind: setupCheckoutCall.kind, idempotencyKey: key, params });
    const done = call.status === "done" ? call : await attemptStripeCall(call.id, setupCheckoutCall);
    if (done.status !== "done") return null;
    const session = done.result as { url?: string; status?: string } | null;
    if (session?.status === "open") return session.url ?? null;
    key = `${key}:after:${done.resultId}`;
  }
}

/**
 * Removes the party's saved method: our row forgets it at once, so no invoice is collected with it
 * from now on, and Stripe is told to detach it (queued, retried if Stripe is down).
 */
export async function removeMethod(werkplaats: { id: string }, userId: string, partyId: string): Promise<void> {
  const party = await partyOfMember({ werkplaatsId: werkplaats.id, userId }, partyId);
  const call = await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(stripeCustomers)
      .where(and(eq(stripeCustomers.partyId, party), eq(stripeCustomers.werkplaatsId, werkplaats.id)))
      .for("update");
    if (!row?.paymentMethodId) return null;
    await forgetMethod(tx, { paymentMethodId: row.paymentMethodId });
    return queueStripeCall(tx, {
      werkplaatsId: werkplaats.id,
      kind: detachCall.kind,
      idempotencyKey: `detach:${row.paymentMethodId}`,
      params: { paymentMethodId: row.paymentMethodId },
    });
  });
  if (call) await attemptStripeCall(call.id, detachCall);
}

/** A setup session that was completed or expired cannot be used again: remembered on its call, so the next click makes a new one. */
const closeSetupSession = async (tx: Parameters<StripeEventHandler["handle"]>[0], event: Stripe.Event) => {
  const session = event.data.object as Stripe.Checkout.Session;
  await tx
    .update(stripeCalls)
    .set({ result: sql`${stripeCalls.result} || ${JSON.stringify({ status: session.status ?? "complete" })}::jsonb` })
    .where(and(eq(stripeCalls.kind, setupCheckoutCall.kind), eq(stripeCalls.resultId, session.id)));
};

export const setupSessionHandlers: StripeEventHandler[] = [
  { type: "checkout.session.completed", kind: "payment-method", handle: closeSetupSession },
  { type: "checkout.session.expired", kind: "payment-method", handle: closeSetupSession },
];
