/**
 * Runs the local Stripe test server as its own process (for the browser tests): STRIPE_TEST_PORT,
 * and STRIPE_TEST_WEBHOOK_URL where the app listens. Stops on SIGTERM/SIGINT.
 */
import { startStripeServer } from "./server";

const server = await startStripeServer({
  port: Number(process.env.STRIPE_TEST_PORT ?? 0),
  webhookUrl: process.env.STRIPE_TEST_WEBHOOK_URL,
  debitDelayMs: 2000,
});
process.stdout.write(`stripe test server on ${server.url}\n`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void server.close().then(() => process.exit(0)));
