// Stripe webhooks under 20 connections: signed `checkout.session.completed` events paying the
// demo's open invoices, each event delivered five times and the deliveries interleaved, so the
// same event often arrives on several connections at once. Afterwards SQL checks that nothing
// happened twice: one stored event per id, at most one payment per PaymentIntent and per invoice.
// PostgreSQL only: a second app instance with Stripe configured shares the seeded database
// (PGlite is one process's). No call leaves the machine: paying an invoice asks nothing of Stripe.
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import postgres from "postgres";
import Stripe from "stripe";
import { DURATION } from "../lib/load.js";
import { startApp } from "../lib/servers.js";

export const name = "Stripe webhooks, 20 connections, each event five times";
export const order = 30;

const DELIVERIES = 5;
const SECRET = `whsec_${randomBytes(16).toString("hex")}`;

export async function measure({ label, databaseUrl }) {
  if (!databaseUrl) return [];
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const open = await sql`
      select id, werkplaats_id, gross_cents - paid_cents as due from invoices
      where kind = 'invoice' and status = 'issued' and gross_cents > paid_cents order by number limit 2000`;
    if (open.length === 0) throw new Error("the demo has no open invoices to pay");
    const run = randomBytes(4).toString("hex");
    const signer = new Stripe("sk_test_benchwebhooks");
    const now = Math.floor(Date.now() / 1000);
    const events = open.map((invoice, i) => {
      const payload = JSON.stringify({
        id: `evt_bench_${run}_${i}`,
        object: "event",
        type: "checkout.session.completed",
        created: now,
        livemode: false,
        api_version: "2025-01-27.acacia",
        data: {
          object: {
            id: `cs_bench_${run}_${i}`,
            object: "checkout.session",
            mode: "payment",
            status: "complete",
            payment_status: "paid",
            currency: "eur",
            amount_total: Number(invoice.due),
            payment_intent: `pi_bench_${run}_${i}`,
            metadata: { werkplaatsId: invoice.werkplaats_id, invoiceId: invoice.id, kind: "invoice" },
          },
        },
      });
      return { payload, signature: signer.webhooks.generateTestHeaderString({ payload, secret: SECRET, timestamp: now }) };
    });
    // Delivery k of event i sits a few places after delivery k-1: near enough to race it.
    const order = [];
    for (let start = 0; start < events.length; start += 10)
      for (let k = 0; k < DELIVERIES; k++) for (let i = start; i < Math.min(start + 10, events.length); i++) order.push(i);

    const port = Number(process.env.BENCH_PORT_BASE ?? 3201) + 5;
    const app = await startApp({
      port,
      databaseUrl,
      extraEnv: { SEED_DEMO: "false", STRIPE_SECRET_KEY: "sk_test_benchwebhooks", STRIPE_WEBHOOK_SECRET: SECRET },
    });
    let next = 0;
    const statuses = {};
    let result;
    try {
      result = await new Promise((resolve, reject) => {
        autocannon(
          {
            url: `http://127.0.0.1:${port}/webhooks/stripe`,
            connections: 20,
            duration: DURATION,
            requests: [
              {
                method: "POST",
                setupRequest: (req) => {
                  const event = events[order[next++ % order.length]];
                  return {
                    ...req,
                    body: event.payload,
                    headers: {
                      ...req.headers,
                      "Content-Type": "application/json",
                      "Content-Length": String(Buffer.byteLength(event.payload)),
                      "Stripe-Signature": event.signature,
                    },
                  };
                },
                onResponse: (status) => {
                  statuses[status] = (statuses[status] ?? 0) + 1;
                },
              },
            ],
          },
          (error, r) => (error ? reject(error) : resolve(r)),
        );
      });
    } finally {
      await app.stop();
    }
    const sent = new Set(order.slice(0, Math.min(next, order.length)).map((i) => i)).size;
    const [stored] = await sql`select count(*)::int as n from stripe_events where id like ${`evt_bench_${run}_%`}`;
    const [twice] = await sql`
      select
        (select count(*)::int from (select reference from payments where reference like ${`pi_bench_${run}_%`}
           group by reference having count(*) > 1) d) as per_intent,
        (select count(*)::int from (select invoice_id from payments where reference like ${`pi_bench_${run}_%`}
           group by invoice_id having count(*) > 1) d) as per_invoice,
        (select count(*)::int from payments where reference like ${`pi_bench_${run}_%`}) as booked`;
    const other = Object.entries(statuses).filter(([s]) => s !== "200");
    return [
      {
        scenario: `POST /webhooks/stripe (signed), 20 connections, ${label}`,
        requestsPerSecond: Math.round(result.requests.average),
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: other.reduce((n, [, c]) => n + c, 0),
        errors: result.errors + result.timeouts,
        notes:
          `${result.requests.total} deliveries of ${sent} events (${DELIVERIES}× each, interleaved); ` +
          `${stored.n} stored, ${twice.booked} payments booked; duplicates by SQL: ${twice.per_intent} per PaymentIntent, ` +
          `${twice.per_invoice} per invoice${other.length ? `; other statuses: ${JSON.stringify(Object.fromEntries(other))}` : ""}`,
      },
    ];
  } finally {
    await sql.end();
  }
}
