import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { handleApi } from "./api";
import { decodeForm } from "./form";
import { closeDispute, dispute, fail, payout, savedMethod, succeed } from "./flows";
import { hostedPage } from "./hosted-page";
import { emptyStore, newId, now, stripeObject } from "./store";

const TEST_SECRET_KEY = "sk_test_werkplaats_local_server";
const TEST_WEBHOOK_SECRET = "whsec_werkplaats_local_server";

/**
 * How the server misbehaves on API calls, until told otherwise: answer 500, never answer, or do
 * the work and lose the answer (the case idempotency keys exist for).
 */
export type Fault = "error" | "hang" | "lost" | null;
type Delivery = { eventId: string; type: string; status: number };

export type StripeTestServerOptions = {
  port?: number;
  /** Where signed webhooks go (the app's /webhooks/stripe); without it events are only stored. */
  webhookUrl?: string;
  webhookSecret?: string;
  /** When a SEPA debit gets the bank's answer by itself; null: only when settleDebit is called. */
  debitDelayMs?: number | null;
};

/**
 * A local stand-in for api.stripe.com, for the endpoints the app calls, reached by the real SDK
 * through STRIPE_API_HOST/PORT/PROTOCOL. It also plays Stripe's side: a hosted Checkout page with
 * "Betalen met iDEAL" and "Mislukt", SEPA debits that succeed or fail later, signed webhooks
 * (the SDK's generateTestHeaderString) to the app, and faults on demand. No network.
 */
export async function startStripeServer(options: StripeTestServerOptions = {}) {
  const store = emptyStore();
  const secret = options.webhookSecret ?? TEST_WEBHOOK_SECRET;
  const deliveries: Delivery[] = [];
  const inFlight = new Set<Promise<unknown>>();
  const hanging = new Set<http.ServerResponse>();
  const nextDebit = new Map<string, "succeeded" | "failed">();
  let fault: Fault = null;
  let webhookUrl = options.webhookUrl;
  let baseUrl = "";

  const track = <T>(work: Promise<T>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
    return work;
  };

  /** Signs and posts one event to the app, as Stripe does; remembers what the app answered. */
  async function deliver(event: Stripe.Event): Promise<number> {
    if (!webhookUrl) return 0;
    const payload = JSON.stringify(event);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret });
    let status = 0;
    try {
      const response = await fetch(webhookUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": signature },
        body: payload,
      });
      status = response.status;
      await response.arrayBuffer();
    } catch {
      status = 0;
    }
    deliveries.push({ eventId: event.id, type: event.type, status });
    return status;
  }

  /** Makes an event of the object as it is now (a snapshot, as Stripe's payloads are) and delivers it. */
  function emit(type: Stripe.Event.Type, object: { id: string }) {
    // Stripe.Event is a union over every type; the one made here is whichever `type` says.
    const event = {
      id: newId("evt"),
      object: "event",
      type,
      api_version: Stripe.API_VERSION,
      created: now(),
      livemode: false,
      data: { object: structuredClone(object) },
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    } as unknown as Stripe.Event;
    store.events.set(event.id, event);
    // Stripe answers the API call first and delivers webhooks after it, in order.
    const previous = [...inFlight].at(-1) ?? Promise.resolve();
    track(previous.then(() => deliver(event)));
  }

  function settleDebit(paymentIntentId: string, outcome: "succeeded" | "failed") {
    const pi = store.paymentIntents.get(paymentIntentId);
    if (pi?.status !== "processing") throw new Error(`${paymentIntentId} is not a processing debit`);
    if (outcome === "succeeded") succeed(store, pi, "sepa_debit", emit);
    else fail(pi, emit);
  }

  const settleLater = (pi: Stripe.PaymentIntent) => {
    if (options.debitDelayMs === null || options.debitDelayMs === undefined) return;
    setTimeout(() => settleDebit(pi.id, nextDebit.get(pi.id) ?? "succeeded"), options.debitDelayMs).unref();
  };

  /** The customer pays on the hosted page (or a test does it for them). */
  function completeCheckout(sessionId: string, method: "ideal" | "card" | "bancontact" = "ideal") {
    const session = store.sessions.get(sessionId);
    if (session?.status !== "open") throw new Error(`${sessionId} is not an open session`);
    const extra = store.sessionParams.get(sessionId)!;
    const customer = typeof session.customer === "string" ? session.customer : null;
    session.status = "complete";
    if (session.mode === "setup") {
      const pm = savedMethod(store, method === "card" ? "card" : "sepa_debit", customer);
      const intent = stripeObject<Stripe.SetupIntent>({
        id: newId("seti"),
        object: "setup_intent",
        customer,
        status: "succeeded",
        payment_method: pm.id,
        mandate: method === "card" ? null : newId("mandate"),
        usage: "off_session",
        metadata: session.metadata ?? {},
      });
      store.setupIntents.set(intent.id, intent);
      session.setup_intent = intent.id;
      emit("checkout.session.completed", session);
      emit("setup_intent.succeeded", intent);
      return session;
    }
    const pi = stripeObject<Stripe.PaymentIntent>({
      id: newId("pi"),
      object: "payment_intent",
      amount: session.amount_total ?? 0,
      amount_received: 0,
      currency: "eur",
      customer,
      metadata: extra.paymentIntentMetadata,
      payment_method_types: [method],
      status: "processing",
      latest_charge: null,
      last_payment_error: null,
    });
    store.paymentIntents.set(pi.id, pi);
    const pm = stripeObject<Stripe.PaymentMethod>({
      id: newId("pm"),
      object: "payment_method",
      type: method,
      customer: null,
      metadata: {},
    });
    store.paymentMethods.set(pm.id, pm);
    pi.payment_method = pm.id;
    session.payment_intent = pi.id;
    session.payment_status = "paid";
    let details: Record<string, unknown> = {};
    // iDEAL with consent to save: Stripe makes a SEPA Direct Debit method and mandate for later.
    if (extra.setupFutureUsage === "off_session" && customer) {
      const saved = savedMethod(store, method === "card" ? "card" : "sepa_debit", customer);
      if (method === "card") {
        pi.payment_method = saved.id;
        details = { brand: "visa", last4: "4242" };
      } else details = { generated_sepa_debit: saved.id, generated_sepa_debit_mandate: newId("mandate"), bank: "ing", iban_last4: "3000" };
    }
    emit("checkout.session.completed", session);
    succeed(store, pi, method, emit, details);
    return session;
  }

  /** The customer revokes a SEPA mandate at their bank: Stripe says so with `mandate.updated`. */
  function revokeMandate(mandateId: string, paymentMethodId: string) {
    const mandate = stripeObject<Stripe.Mandate>({ id: mandateId, object: "mandate", status: "inactive", payment_method: paymentMethodId });
    emit("mandate.updated", mandate);
    return mandate;
  }

  /** The payer disputes what a PaymentIntent charged (a card chargeback, a SEPA debit contested at the bank). */
  function disputePayment(paymentIntentId: string, reason: string = "fraudulent") {
    const charged = store.paymentIntents.get(paymentIntentId)?.latest_charge;
    const ch = typeof charged === "string" ? store.charges.get(charged) : undefined;
    if (!ch) throw new Error(`${paymentIntentId} has no charge to dispute`);
    return dispute(store, ch, reason, emit);
  }

  function expireCheckout(sessionId: string) {
    const session = store.sessions.get(sessionId);
    if (session?.status !== "open") throw new Error(`${sessionId} is not an open session`);
    session.status = "expired";
    emit("checkout.session.expired", session);
    return session;
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", baseUrl);
      const send = (status: number, payload: unknown, type = "application/json") => {
        res.writeHead(status, { "content-type": type, "request-id": newId("req") });
        res.end(typeof payload === "string" ? payload : JSON.stringify(payload));
      };

      if (url.pathname.startsWith("/v1/")) {
        if (fault === "hang") {
          hanging.add(res);
          return;
        }
        if (fault === "error") return send(500, { error: { type: "api_error", message: "Stripe is having a bad day (test fault)." } });
        if (req.headers.authorization !== `Bearer ${TEST_SECRET_KEY}`) {
          return send(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided." } });
        }
        const key = req.headers["idempotency-key"];
        const remembered = typeof key === "string" ? store.idempotent.get(`${url.pathname}|${key}`) : undefined;
        // (The SDK resends once by itself on a dropped connection, with the same key: lost again.)
        if (remembered && fault === "lost") return res.destroy();
        if (remembered) {
          res.writeHead(remembered.status, { "content-type": "application/json", "idempotent-replayed": "true" });
          return res.end(remembered.body);
        }
        const answer = handleApi(
          { store, emit, baseUrl, settleLater },
          req.method ?? "GET",
          url.pathname,
          decodeForm(req.method === "GET" ? "" : body),
          url.searchParams,
        );
        const text = JSON.stringify(answer.body);
        if (typeof key === "string" && req.method === "POST")
          store.idempotent.set(`${url.pathname}|${key}`, { status: answer.status, body: text });
        if (fault === "lost") return res.destroy();
        return send(answer.status, text);
      }

      // The hosted Checkout page and its two buttons.
      const page = url.pathname.match(/^\/pay\/([^/]+)(?:\/(ideal|card|bancontact|fail))?$/);
      if (page) {
        const session = store.sessions.get(page[1]!);
        if (!session) return send(404, "Onbekende betaalsessie", "text/plain; charset=utf-8");
        if (req.method === "GET")
          return send(200, hostedPage(session, store.sessionParams.get(session.id)?.lineName ?? ""), "text/html; charset=utf-8");
        let to = session.cancel_url ?? "/";
        if (page[2] !== "fail" && session.status === "open") {
          completeCheckout(session.id, page[2] as "ideal");
          // The customer comes back after Stripe has told the app, as it usually does.
          await settled();
          to = (session.success_url ?? "/").replace("{CHECKOUT_SESSION_ID}", session.id);
        }
        res.writeHead(303, { location: to });
        return res.end();
      }

      // The control API for tests in another process (Playwright): the same functions as below.
      if (url.pathname.startsWith("/_control/") && req.method === "POST") {
        const args = body ? (JSON.parse(body) as Record<string, string>) : {};
        try {
          const result = control(url.pathname.slice("/_control/".length), args);
          await settled();
          return send(200, result ?? {});
        } catch (error) {
          return send(400, { error: String(error) });
        }
      }
      send(404, "Not found", "text/plain");
    })().catch((error) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });

  function control(action: string, args: Record<string, string>) {
    if (action === "complete") return completeCheckout(args.sessionId!, (args.method as "ideal") ?? "ideal");
    if (action === "expire") return expireCheckout(args.sessionId!);
    if (action === "settle") return settleDebit(args.paymentIntentId!, args.outcome as "succeeded");
    if (action === "payout") return payout(store, emit);
    if (action === "dispute") return disputePayment(args.paymentIntentId!);
    if (action === "closeDispute") return closeDispute(store, args.disputeId!, args.outcome === "won" ? "won" : "lost", emit);
    if (action === "fault") return setFault((args.mode as Fault) ?? null);
    throw new Error(`unknown control action ${action}`);
  }

  function setFault(mode: Fault) {
    fault = mode;
    if (!mode) {
      for (const res of hanging) res.destroy();
      hanging.clear();
    }
  }

  /** Waits until every webhook sent so far has been answered. */
  async function settled() {
    while (inFlight.size > 0) await Promise.all([...inFlight]);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    port,
    url: baseUrl,
    store,
    deliveries,
    /** The environment that points the app's SDK here. */
    env: {
      STRIPE_SECRET_KEY: TEST_SECRET_KEY,
      STRIPE_WEBHOOK_SECRET: secret,
      STRIPE_API_HOST: "127.0.0.1",
      STRIPE_API_PORT: String(port),
      STRIPE_API_PROTOCOL: "http",
    },
    setWebhookUrl: (url: string | undefined) => {
      webhookUrl = url;
    },
    setFault,
    completeCheckout,
    expireCheckout,
    revokeMandate,
    settleDebit,
    /** The next settlement of this debit (after the delay) fails instead of succeeding. */
    failNextDebit: (paymentIntentId: string) => nextDebit.set(paymentIntentId, "failed"),
    payout: () => payout(store, emit),
    disputePayment,
    closeDispute: (disputeId: string, outcome: "won" | "lost") => closeDispute(store, disputeId, outcome, emit),
    /** Makes and delivers an event of any object (e.g. a refund made in Stripe's dashboard). */
    emit,
    /**
     * The events of one type about one object (a session, a dispute), each once: what a test
     * replays. Not `deliveries`, which hold every replay too and every other test's events. None
     * is an error, so that a replay test cannot pass by replaying nothing.
     */
    eventsAbout: (objectId: string, type: string) => {
      const about = [...store.events.values()].filter((e) => e.type === type && (e.data.object as { id?: string }).id === objectId);
      if (about.length === 0) throw new Error(`no ${type} event about ${objectId}`);
      return about.map((e) => e.id);
    },
    /** Delivers a stored event again, as Stripe does on a retry or a manual resend. */
    redeliver: (eventId: string) => track(deliver(store.events.get(eventId)!)),
    settled,
    close: async () => {
      setFault(null);
      await settled();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    now,
  };
}

export type StripeTestServer = Awaited<ReturnType<typeof startStripeServer>>;
