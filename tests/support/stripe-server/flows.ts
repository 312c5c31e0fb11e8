import type Stripe from "stripe";
import { feeFor, newId, now, type Store, stripeObject } from "./store";

/**
 * Stripe's side of moving money, on the test server's store: a charge with its balance
 * transaction (fee and net), a PaymentIntent that succeeds, fails or stays processing, a refund.
 * Each returns the events Stripe would send; the server signs and delivers them.
 */
export type Emit = (type: Stripe.Event.Type, object: { id: string }) => void;

function charge(store: Store, pi: Stripe.PaymentIntent, method: string, details: Record<string, unknown> = {}): Stripe.Charge {
  const id = newId("ch");
  const txn = newId("txn");
  const fee = feeFor(method, pi.amount);
  store.balanceTransactions.set(txn, {
    ...stripeObject<Stripe.BalanceTransaction>({
      id: txn,
      object: "balance_transaction",
      amount: pi.amount,
      fee,
      net: pi.amount - fee,
      currency: "eur",
      type: "charge",
      source: id,
      available_on: now(),
      status: "available",
    }),
    payoutId: null,
  });
  const created = stripeObject<Stripe.Charge>({
    id,
    object: "charge",
    amount: pi.amount,
    amount_captured: pi.amount,
    amount_refunded: 0,
    currency: "eur",
    paid: true,
    refunded: false,
    status: "succeeded",
    payment_intent: pi.id,
    customer: pi.customer,
    metadata: pi.metadata,
    balance_transaction: txn,
    payment_method: typeof pi.payment_method === "string" ? pi.payment_method : null,
    payment_method_details: { type: method, [method]: details } as unknown as Stripe.Charge.PaymentMethodDetails,
    refunds: { object: "list", data: [], has_more: false, url: `/v1/charges/${id}/refunds` },
  });
  store.charges.set(id, created);
  return created;
}

export function succeed(store: Store, pi: Stripe.PaymentIntent, method: string, emit: Emit, details: Record<string, unknown> = {}) {
  const made = charge(store, pi, method, details);
  pi.status = "succeeded";
  pi.amount_received = pi.amount;
  pi.latest_charge = made.id;
  emit("payment_intent.succeeded", pi);
  emit("charge.succeeded", made);
}

export function fail(pi: Stripe.PaymentIntent, emit: Emit, message = "The bank refused the debit.") {
  pi.status = "requires_payment_method";
  pi.last_payment_error = {
    type: "card_error",
    code: "payment_intent_payment_attempt_failed",
    message,
  } as Stripe.PaymentIntent.LastPaymentError;
  emit("payment_intent.payment_failed", pi);
}

/** A saved method that can be collected off-session later, attached to the customer. */
export function savedMethod(
  store: Store,
  type: "sepa_debit" | "card",
  customer: string | null,
  generatedFrom?: string,
): Stripe.PaymentMethod {
  const id = newId("pm");
  const method = stripeObject<Stripe.PaymentMethod>({
    id,
    object: "payment_method",
    type,
    customer,
    metadata: {},
    billing_details: { address: null, email: null, name: "Test Klant", phone: null, tax_id: null },
    ...(type === "sepa_debit"
      ? {
          sepa_debit: {
            bank_code: "37040044",
            branch_code: null,
            country: "NL",
            fingerprint: "fp",
            last4: "3000",
            generated_from: generatedFrom ? { charge: generatedFrom, setup_attempt: null } : null,
          } as Stripe.PaymentMethod.SepaDebit,
        }
      : { card: { brand: "visa", last4: "4242", exp_month: 12, exp_year: 2030 } as Stripe.PaymentMethod.Card }),
  });
  store.paymentMethods.set(id, method);
  return method;
}

/** A refund of (part of) a charge: the charge's refunded amount grows, a negative balance transaction is made. */
export function refund(store: Store, ch: Stripe.Charge, amount: number, metadata: Record<string, string>, emit: Emit): Stripe.Refund {
  const id = newId("re");
  const txn = newId("txn");
  store.balanceTransactions.set(txn, {
    ...stripeObject<Stripe.BalanceTransaction>({
      id: txn,
      object: "balance_transaction",
      amount: -amount,
      fee: 0,
      net: -amount,
      currency: "eur",
      type: "refund",
      source: id,
      available_on: now(),
      status: "available",
    }),
    payoutId: null,
  });
  const made = stripeObject<Stripe.Refund>({
    id,
    object: "refund",
    amount,
    currency: "eur",
    charge: ch.id,
    payment_intent: ch.payment_intent,
    status: "succeeded",
    metadata,
    balance_transaction: txn,
  });
  store.refunds.set(id, made);
  ch.amount_refunded += amount;
  ch.refunded = ch.amount_refunded >= ch.amount;
  ch.refunds = { object: "list", data: [...(ch.refunds?.data ?? []), made], has_more: false, url: `/v1/charges/${ch.id}/refunds` };
  emit("charge.refunded", ch);
  return made;
}

/** Moves disputed money out of (or back into) the balance, as Stripe does when a dispute opens or is won. */
function adjust(store: Store, amount: number, source: string) {
  const txn = newId("txn");
  store.balanceTransactions.set(txn, {
    ...stripeObject<Stripe.BalanceTransaction>({
      id: txn,
      object: "balance_transaction",
      amount,
      fee: 0,
      net: amount,
      currency: "eur",
      type: "adjustment",
      source,
      available_on: now(),
      status: "available",
    }),
    payoutId: null,
  });
  return txn;
}

/** The payer disputes a charge at their bank: the whole amount leaves the balance at once, `charge.dispute.created` is sent. */
export function dispute(store: Store, ch: Stripe.Charge, reason: string, emit: Emit): Stripe.Dispute {
  const id = newId("dp");
  const made = stripeObject<Stripe.Dispute>({
    id,
    object: "dispute",
    amount: ch.amount,
    currency: "eur",
    charge: ch.id,
    payment_intent: ch.payment_intent,
    reason,
    status: "needs_response",
    metadata: {},
    balance_transactions: [],
  });
  made.balance_transactions = [store.balanceTransactions.get(adjust(store, -ch.amount, id))!];
  store.disputes.set(id, made);
  ch.disputed = true;
  emit("charge.dispute.created", made);
  return made;
}

/** The bank decides: won returns the money to the balance; either way `charge.dispute.closed` is sent. */
export function closeDispute(store: Store, disputeId: string, outcome: "won" | "lost", emit: Emit): Stripe.Dispute {
  const found = store.disputes.get(disputeId);
  if (!found || found.status === "won" || found.status === "lost") throw new Error(`${disputeId} is not an open dispute`);
  found.status = outcome;
  if (outcome === "won") found.balance_transactions.push(store.balanceTransactions.get(adjust(store, found.amount, disputeId))!);
  emit("charge.dispute.closed", found);
  return found;
}

/** Pays out every balance transaction not paid out yet: one payout, `payout.paid` sent. */
export function payout(store: Store, emit: Emit): Stripe.Payout {
  const id = newId("po");
  let amount = 0;
  for (const txn of store.balanceTransactions.values()) {
    if (txn.payoutId || txn.type === "payout") continue;
    txn.payoutId = id;
    amount += txn.net;
  }
  const made = stripeObject<Stripe.Payout>({
    id,
    object: "payout",
    amount,
    currency: "eur",
    arrival_date: now(),
    status: "paid",
    method: "standard",
    type: "bank_account",
    metadata: {},
  });
  store.payouts.set(id, made);
  emit("payout.paid", made);
  return made;
}
