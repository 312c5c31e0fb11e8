import { logger } from "~/utils/logger.server";
import { runDueStripeCalls } from "./calls.server";
import { isStripeConfigured, isStripeTestMode, stripeClient } from "./client.server";
import { lastWebhookAt } from "./events.server";

/** What /admin/billing shows about Stripe: configured at all, test or live, answering now, last webhook. */
export async function stripeStatus() {
  if (!isStripeConfigured()) return { configured: false as const };
  let answers = true;
  try {
    // The cheapest call that proves the key works and Stripe answers.
    await stripeClient().balance.retrieve({}, { timeout: 5000 });
  } catch (error) {
    answers = false;
    logger.warn("stripe does not answer", { error: error instanceof Error ? error.message : String(error) });
  }
  return { configured: true as const, testMode: isStripeTestMode(), answers, lastWebhookAt: await lastWebhookAt() };
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
    void runDueStripeCalls()
      .catch((error) => logger.error("stripe calls failed", { error }))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
