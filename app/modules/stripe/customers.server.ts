import { and, eq } from "drizzle-orm";
import { billingParties, stripeCustomers } from "#db/schema";
import { db, type Tx } from "~/utils/db.server";
import { notFound } from "~/utils/errors";
import { attemptStripeCall, queueStripeCall } from "./calls.server";
import type { StripeCall, StripeCallKind } from "./types";

/** Creating a billing party's customer at Stripe; the party is the idempotency key, so it has one customer. */
export const customerCall: StripeCallKind = {
  kind: "customer",
  perform: (stripe, params, idempotencyKey) => stripe.customers.create(params, { idempotencyKey }),
  onDone: async (tx: Tx, call: StripeCall, result) => {
    const partyId = (call.params.metadata as { partyId: string }).partyId;
    await tx.insert(stripeCustomers).values({ partyId, werkplaatsId: call.werkplaatsId, customerId: result.id }).onConflictDoNothing();
  },
};

/** The party's saved Stripe customer, if it has one. */
export async function savedCustomerOf(partyId: string) {
  const [row] = await db.select().from(stripeCustomers).where(eq(stripeCustomers.partyId, partyId));
  return row ?? null;
}

/**
 * The Stripe customer of a billing party, created (through the queue) the first time it is
 * needed. Null when Stripe did not answer now: the call stays queued and the worker retries it.
 */
export async function stripeCustomerFor(werkplaatsId: string, partyId: string): Promise<string | null> {
  const saved = await savedCustomerOf(partyId);
  if (saved) return saved.customerId;
  const [party] = await db
    .select()
    .from(billingParties)
    .where(and(eq(billingParties.id, partyId), eq(billingParties.werkplaatsId, werkplaatsId)));
  if (!party) throw notFound();
  const call = await queueStripeCall(db, {
    werkplaatsId,
    kind: customerCall.kind,
    idempotencyKey: `customer:${partyId}`,
    params: {
      name: party.name,
      ...(party.email ? { email: party.email } : {}),
      preferred_locales: [party.language],
      metadata: { werkplaatsId, kind: "party", partyId },
    },
  });
  const done = call.status === "done" ? call : await attemptStripeCall(call.id);
  if (done.status !== "done") return null;
  return (await savedCustomerOf(partyId))?.customerId ?? done.resultId;
}
