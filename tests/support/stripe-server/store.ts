import { randomBytes } from "node:crypto";
import type Stripe from "stripe";

/** Everything the test server knows, by object id, as Stripe's own types describe it. */
export type Store = {
  customers: Map<string, Stripe.Customer>;
  sessions: Map<string, Stripe.Checkout.Session>;
  /** What a session was created with (Stripe does not echo payment_intent_data back). */
  sessionParams: Map<string, { paymentIntentMetadata: Record<string, string>; setupFutureUsage: string | null; lineName: string }>;
  paymentIntents: Map<string, Stripe.PaymentIntent>;
  setupIntents: Map<string, Stripe.SetupIntent>;
  paymentMethods: Map<string, Stripe.PaymentMethod>;
  charges: Map<string, Stripe.Charge>;
  refunds: Map<string, Stripe.Refund>;
  disputes: Map<string, Stripe.Dispute>;
  balanceTransactions: Map<string, Stripe.BalanceTransaction & { payoutId: string | null }>;
  payouts: Map<string, Stripe.Payout>;
  events: Map<string, Stripe.Event>;
  /** Idempotency key → the answer given, so a retry gets the same object and nothing is created twice. */
  idempotent: Map<string, { status: number; body: string }>;
};

export function emptyStore(): Store {
  return {
    customers: new Map(),
    sessions: new Map(),
    sessionParams: new Map(),
    paymentIntents: new Map(),
    setupIntents: new Map(),
    paymentMethods: new Map(),
    charges: new Map(),
    refunds: new Map(),
    disputes: new Map(),
    balanceTransactions: new Map(),
    payouts: new Map(),
    events: new Map(),
    idempotent: new Map(),
  };
}

export function newId(prefix: string): string {
  return `${prefix}_test_${randomBytes(12).toString("hex")}`;
}

export const now = () => Math.floor(Date.now() / 1000);

/** Builds one of Stripe's objects from the fields the app reads; the rest of the type stays unset. */
export function stripeObject<T>(fields: Partial<T> & { id: string; object: string }): T {
  return { livemode: false, created: now(), ...fields } as T;
}

/** Stripe's fee for a payment method, in cents (roughly the Dutch list prices). */
export function feeFor(method: string, amount: number): number {
  if (method === "ideal") return 29;
  if (method === "sepa_debit") return 35;
  if (method === "bancontact") return 25 + Math.round(amount * 0.014);
  return 25 + Math.round(amount * 0.015);
}
