import type Stripe from "stripe";
import { type FormObject, intOf, listOf, metadataOf, objOf, strOf } from "./form";
import { type Emit, fail, refund, succeed } from "./flows";
import { newId, now, type Store, stripeObject } from "./store";

export type ApiAnswer = { status: number; body: unknown };
type Context = { store: Store; emit: Emit; baseUrl: string; settleLater: (pi: Stripe.PaymentIntent) => void };

const notFound = (what: string): ApiAnswer => ({
  status: 404,
  body: { error: { type: "invalid_request_error", code: "resource_missing", message: `No such ${what}` } },
});
const invalid = (message: string, param?: string): ApiAnswer => ({
  status: 400,
  body: { error: { type: "invalid_request_error", message, param } },
});
const list = <T>(data: T[], url: string) => ({ status: 200, body: { object: "list", data, has_more: false, url } });

/**
 * The endpoints the app calls, answering as Stripe does (the SDK's types describe each object).
 * Anything else is a 404, so a call the app makes that this server does not know fails loudly.
 */
export function handleApi(ctx: Context, method: string, path: string, params: FormObject, query: URLSearchParams): ApiAnswer {
  const { store } = ctx;
  // "/v1/checkout/sessions/cs_1/expire" → route "POST /checkout/sessions/:id/expire", id "cs_1".
  const segments = path.replace(/^\/v1/, "").split("/").filter(Boolean);
  // Every id this server hands out has "_test_" in it; path words never do.
  const isId = (s: string) => s.includes("_test_");
  const id = segments.find(isId);
  const route = `${method} /${segments.map((s) => (isId(s) ? ":id" : s)).join("/")}`;
  switch (route) {
    case "GET /balance":
      return { status: 200, body: { object: "balance", livemode: false, available: [{ amount: 0, currency: "eur" }], pending: [] } };

    case "POST /customers": {
      const customer = stripeObject<Stripe.Customer>({
        id: newId("cus"),
        object: "customer",
        email: strOf(params.email) ?? null,
        name: strOf(params.name) ?? null,
        metadata: metadataOf(params.metadata),
      });
      store.customers.set(customer.id, customer);
      return { status: 200, body: customer };
    }
    case "GET /customers/:id":
      return store.customers.has(id!) ? { status: 200, body: store.customers.get(id!) } : notFound("customer");

    case "POST /checkout/sessions":
      return createSession(ctx, params);
    case "GET /checkout/sessions/:id": {
      const session = store.sessions.get(id!);
      return session ? { status: 200, body: session } : notFound("checkout.session");
    }
    case "POST /checkout/sessions/:id/expire": {
      const session = store.sessions.get(id!);
      if (!session) return notFound("checkout.session");
      if (session.status !== "open") return invalid("Only open sessions can be expired.");
      session.status = "expired";
      ctx.emit("checkout.session.expired", session);
      return { status: 200, body: session };
    }

    case "POST /payment_intents":
      return createPaymentIntent(ctx, params);
    case "GET /payment_intents/:id":
      return store.paymentIntents.has(id!) ? { status: 200, body: store.paymentIntents.get(id!) } : notFound("payment_intent");

    case "POST /setup_intents": {
      const intent = stripeObject<Stripe.SetupIntent>({
        id: newId("seti"),
        object: "setup_intent",
        customer: strOf(params.customer) ?? null,
        status: "requires_payment_method",
        usage: strOf(params.usage) ?? "off_session",
        payment_method_types: listOf(params.payment_method_types).map(String),
        metadata: metadataOf(params.metadata),
        client_secret: `${newId("seti")}_secret`,
      });
      store.setupIntents.set(intent.id, intent);
      return { status: 200, body: intent };
    }
    case "GET /payment_methods": {
      const customer = query.get("customer");
      return list(
        [...store.paymentMethods.values()].filter((m) => m.customer === customer),
        "/v1/payment_methods",
      );
    }
    case "GET /payment_methods/:id":
      return store.paymentMethods.has(id!) ? { status: 200, body: store.paymentMethods.get(id!) } : notFound("payment_method");
    case "GET /customers/:id/payment_methods":
      return list(
        [...store.paymentMethods.values()].filter((m) => m.customer === id),
        `/v1/customers/${id}/payment_methods`,
      );
    case "POST /payment_methods/:id/detach": {
      const pm = store.paymentMethods.get(id!);
      if (!pm) return notFound("payment_method");
      pm.customer = null;
      ctx.emit("payment_method.detached", pm);
      return { status: 200, body: pm };
    }

    case "POST /refunds": {
      const pi = store.paymentIntents.get(strOf(params.payment_intent) ?? "");
      const ch = pi && typeof pi.latest_charge === "string" ? store.charges.get(pi.latest_charge) : undefined;
      if (!pi || !ch) return notFound("payment_intent");
      const amount = intOf(params.amount) ?? ch.amount - ch.amount_refunded;
      if (amount <= 0 || amount > ch.amount - ch.amount_refunded) return invalid("Refund amount exceeds what is left to refund.", "amount");
      return { status: 200, body: refund(store, ch, amount, metadataOf(params.metadata), ctx.emit) };
    }

    case "GET /payouts":
      return list([...store.payouts.values()], "/v1/payouts");
    case "GET /payouts/:id":
      return store.payouts.has(id!) ? { status: 200, body: store.payouts.get(id!) } : notFound("payout");
    case "GET /balance_transactions": {
      const payoutId = query.get("payout");
      const expand = query.getAll("expand[]").concat(listOf(params.expand).map(String));
      const rows = [...store.balanceTransactions.values()]
        .filter((t) => !payoutId || t.payoutId === payoutId)
        .map(({ payoutId: _p, ...t }) => {
          const source = typeof t.source === "string" ? (store.charges.get(t.source) ?? store.refunds.get(t.source)) : undefined;
          return expand.includes("data.source") && source ? { ...t, source } : t;
        });
      return list(rows, "/v1/balance_transactions");
    }

    case "POST /billing_portal/sessions":
      return {
        status: 200,
        body: stripeObject<Stripe.BillingPortal.Session>({
          id: newId("bps"),
          object: "billing_portal.session",
          customer: strOf(params.customer) ?? "",
          return_url: strOf(params.return_url) ?? null,
          url: `${ctx.baseUrl}/portal/${strOf(params.customer) ?? ""}?return=${encodeURIComponent(strOf(params.return_url) ?? "")}`,
        }),
      };
  }
  return notFound(`endpoint ${method} ${path}`);
}

function createSession(ctx: Context, params: FormObject): ApiAnswer {
  const mode = (strOf(params.mode) ?? "payment") as Stripe.Checkout.Session.Mode;
  const lines = listOf(params.line_items).map((l) => objOf(l));
  let amount = 0;
  for (const line of lines) {
    const price = objOf(line.price_data);
    const unit = intOf(price.unit_amount);
    if (unit === undefined || unit < 0) return invalid("line_items[].price_data.unit_amount is required.", "line_items");
    if (strOf(price.currency) !== "eur") return invalid("Only eur is supported here.", "currency");
    amount += unit * (intOf(line.quantity) ?? 1);
  }
  if (mode === "payment" && amount <= 0) return invalid("A payment session needs an amount.", "line_items");
  const id = newId("cs");
  const intentData = objOf(params.payment_intent_data);
  const session = stripeObject<Stripe.Checkout.Session>({
    id,
    object: "checkout.session",
    mode,
    status: "open",
    payment_status: "unpaid",
    amount_total: mode === "payment" ? amount : null,
    currency: "eur",
    customer: strOf(params.customer) ?? null,
    customer_email: strOf(params.customer_email) ?? null,
    client_reference_id: strOf(params.client_reference_id) ?? null,
    metadata: metadataOf(params.metadata),
    payment_intent: null,
    setup_intent: null,
    // Either list the app may send (the older explicit list, or the newer filter): what the payer is offered.
    payment_method_types: listOf(params.payment_method_types ?? params.allowed_payment_method_types).map(String),
    allowed_payment_method_types: params.allowed_payment_method_types ? listOf(params.allowed_payment_method_types).map(String) : null,
    success_url: strOf(params.success_url) ?? null,
    cancel_url: strOf(params.cancel_url) ?? null,
    expires_at: intOf(params.expires_at) ?? now() + 24 * 3600,
    locale: (strOf(params.locale) ?? "auto") as Stripe.Checkout.Session.Locale,
    url: `${ctx.baseUrl}/pay/${id}`,
  });
  ctx.store.sessions.set(id, session);
  const firstLine = objOf(objOf(lines[0]?.price_data).product_data);
  ctx.store.sessionParams.set(id, {
    paymentIntentMetadata: metadataOf(intentData.metadata),
    setupFutureUsage: strOf(intentData.setup_future_usage) ?? null,
    lineName: strOf(firstLine.name) ?? "",
  });
  return { status: 200, body: session };
}

function createPaymentIntent(ctx: Context, params: FormObject): ApiAnswer {
  const amount = intOf(params.amount);
  if (!amount || amount <= 0) return invalid("amount must be a positive integer.", "amount");
  if (strOf(params.currency) !== "eur") return invalid("Only eur is supported here.", "currency");
  const pmId = strOf(params.payment_method);
  const pm = pmId ? ctx.store.paymentMethods.get(pmId) : undefined;
  if (pmId && !pm) return notFound("payment_method");
  const pi = stripeObject<Stripe.PaymentIntent>({
    id: newId("pi"),
    object: "payment_intent",
    amount,
    amount_received: 0,
    currency: "eur",
    customer: strOf(params.customer) ?? null,
    payment_method: pmId ?? null,
    payment_method_types: pm ? [pm.type] : listOf(params.payment_method_types).map(String),
    metadata: metadataOf(params.metadata),
    description: strOf(params.description) ?? null,
    status: "requires_payment_method",
    latest_charge: null,
    last_payment_error: null,
  });
  ctx.store.paymentIntents.set(pi.id, pi);
  if (strOf(params.confirm) === "true" && pm) {
    if (pm.type === "sepa_debit") {
      // SEPA takes days: processing now, the bank's answer later (settleDebit, or after the server's delay).
      pi.status = "processing";
      ctx.emit("payment_intent.processing", pi);
      ctx.settleLater(pi);
    } else if (pm.card?.last4 === "0002") {
      fail(pi, ctx.emit, "Your card was declined.");
      return {
        status: 402,
        body: { error: { type: "card_error", code: "card_declined", message: "Your card was declined.", payment_intent: pi } },
      };
    } else {
      succeed(ctx.store, pi, pm.type, ctx.emit);
    }
  }
  return { status: 200, body: pi };
}
