import { logger } from "~/utils/logger.server";
import { queueCollections } from "./collections/index.server";
import { queueRefunds, refundProposals } from "./refunds/index.server";
import { claimStripeCalls, performStripeCall, stripeCallsNeedingAttention } from "./calls.server";
import { stripeCallKinds } from "./registry.server";
import { isStripeConfigured, isStripeTestMode, stripeClient } from "./client.server";
import { lastWebhookAt } from "./events.server";

/** What /admin/billing shows about Stripe: configured at all, test or live, answering now, last webhook. */
export async function stripeStatus() {
  if (!isStripeConfigured()) return { configured: false as const };
  let answers = true;
  try {
    // The cheapest call that proves the key works and Stripe answers.
    await stripeClient().balance.retrieve({}, { timeout: 3000 });
  } catch (error) {
    answers = false;
    logger.warn("stripe does not answer", { error: error instanceof Error ? error.message : String(error) });
  }
  return { configured: true as const, testMode: isStripeTestMode(), answers, lastWebhookAt: await lastWebhookAt() };
}

/** The worker's round: every due call, each claimed by one instance only (SKIP LOCKED). Returns how many were tried. */
export async function runDueStripeCalls(limit = 20): Promise<number> {
  const calls = await claimStripeCalls({ limit });
  const kinds = stripeCallKinds();
  for (const call of calls)
    await performStripeCall(
      call,
      kinds.find((k) => k.kind === call.kind),
    );
  return calls.length;
}

/** The status plus this werkplaats's calls that keep failing and dashboard refunds to decide on, for the Stripe card on /admin/billing. */
export async function stripeOverview(werkplaatsId: string) {
  const status = await stripeStatus();
  if (!status.configured) return { ...status, stuck: [], refunds: [] };
  const [stuck, refunds] = await Promise.all([stripeCallsNeedingAttention(werkplaatsId), refundProposals(werkplaatsId)]);
  return {
    ...status,
    refunds: refunds.map((r) => ({ id: r.id, invoiceId: r.invoiceId, number: r.number ?? "", amountCents: r.amountCents })),
    lastWebhookAt: status.lastWebhookAt?.toISOString() ?? null,
    stuck: stuck.map((c) => ({ id: c.id, kind: c.kind, attempts: c.attempts, error: c.lastError ?? c.status })),
  };
}

/**
 * One round of the worker: first what the ledger did since the last round asks of Stripe
 * (invoices issued to a party with a saved method are collected, credit notes on invoices paid
 * through Stripe are refunded), then every due call.
 */
export async function stripeWorkerRound(): Promise<number> {
  await queueCollections();
  await queueRefunds();
  return runDueStripeCalls();
}

/**
 * Sends queued calls every `intervalMs`, on every instance (each call is claimed by one). Only
 * when Stripe is configured: without it nothing is ever queued.
 */
export function startStripeWorker(intervalMs = 15_000) {
  if (!isStripeConfigured()) return () => {};
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void stripeWorkerRound()
      .catch((error) => logger.error("stripe calls failed", { error }))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
