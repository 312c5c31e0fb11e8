import type Stripe from "stripe";
import type { stripeCalls } from "#db/schema";
import type { Tx } from "~/utils/db.server";

export type StripeCall = typeof stripeCalls.$inferSelect;

/** What a kind of queued call does at Stripe, and what our records learn once Stripe has answered. */
export type StripeCallKind = {
  kind: string;
  /** Sends the call; the idempotency key must go with it, so a retry creates nothing twice. */
  perform: (stripe: Stripe, params: Record<string, unknown>, idempotencyKey: string) => Promise<{ id: string }>;
  /** In the transaction that marks the call done. */
  onDone?: (tx: Tx, call: StripeCall, result: { id: string }) => Promise<void>;
  /** In the transaction that marks the call refused (Stripe answered 4xx: nothing was made). */
  onRefused?: (tx: Tx, call: StripeCall) => Promise<void>;
};

/**
 * Acts on one webhook type, in the transaction that marks the event handled (with the event row
 * locked): its effects commit exactly when the event counts as handled. `kind` narrows it to
 * objects whose `metadata.kind` says whose they are ("invoice", "purchase", …).
 */
export type StripeEventHandler = {
  type: Stripe.Event.Type;
  kind?: string;
  handle: (tx: Tx, event: Stripe.Event) => Promise<void>;
};

/** The metadata every object we create at Stripe carries, so its webhooks find their way back. */
export type StripeMetadata = {
  werkplaatsId: string;
  kind: string;
  [key: string]: string;
};
