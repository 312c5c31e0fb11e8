import http from "node:http";
import type { AddressInfo } from "node:net";
import { resetEnvCache } from "~/utils/env.server";
import * as webhookRoute from "~/routes/webhooks.stripe";
import { startStripeServer, type StripeTestServer, type StripeTestServerOptions } from "./stripe-server/server";

/**
 * For integration tests: the local Stripe server, the app's SDK pointed at it (the environment
 * variables the server would read), and a small HTTP listener in front of the real webhook route,
 * so the test server's signed deliveries go through exactly what Stripe's would.
 */
export async function stripeForTests(options: StripeTestServerOptions = {}) {
  const receiver = http.createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const request = new Request(`http://localhost${req.url}`, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: Buffer.concat(chunks),
      });
      let response: Response;
      try {
        response = (await webhookRoute.action({ request, context: {} as never, params: {} })) as Response;
      } catch (thrown) {
        response = thrown instanceof Response ? thrown : new Response(String(thrown), { status: 500 });
      }
      res.writeHead(response.status, { "content-type": response.headers.get("content-type") ?? "text/plain" });
      res.end(await response.text());
    })();
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/stripe`;
  const stripe = await startStripeServer({ ...options, webhookUrl });
  const saved = Object.fromEntries(Object.keys(stripe.env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, stripe.env, { STRIPE_TIMEOUT_MS: "1000" });
  resetEnvCache();
  return Object.assign(stripe, {
    webhookUrl,
    stop: async () => {
      await stripe.close();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      delete process.env.STRIPE_TIMEOUT_MS;
      resetEnvCache();
    },
  });
}

export type StripeForTests = StripeTestServer & Awaited<ReturnType<typeof stripeForTests>>;
