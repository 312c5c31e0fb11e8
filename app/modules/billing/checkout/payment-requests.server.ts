import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { paymentRequests, type PaymentRequest } from "#db/schema";
import { isLocale, type Locale } from "~/modules/i18n";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { invalid, notFound } from "~/utils/errors";
import { isUuid } from "~/utils/ids";
import { todayIn } from "~/utils/zoned-time";
import { missingForIssue } from "../checklist";
import { recordPayment, type PayInvoice } from "../payments.server";
import { billingSettingsOf } from "../settings.server";
import { invoiceSale } from "../sales/sales.server";
import { defaultMaximum, lineForPaidAmount, MAXIMUM_CEILING_CENTS, MINIMUM_FLOOR_CENTS } from "./payment-request-rules";

export type NewPaymentRequest = {
  purpose: string;
  minimumCents: number;
  suggestedCents: number;
  maximumCents?: number;
  btwRate?: 0 | 9 | 21;
  /** The asking record (e.g. `internship:<id>`): asking again for it returns the same request. */
  subjectKey?: string;
  payer?: { name: string; email: string };
  locale?: Locale;
};

export const paymentRequestUrl = (token: string) => `${appUrl()}/pay/${token}`;

/**
 * A request to pay an amount the payer chooses, within a minimum and a maximum, with a suggestion.
 * Other modules (the workshop's internship assignments) ask for one and read its status back; the
 * payer picks and pays on `/pay/<token>`. Asking twice for the same subject gives the same request.
 */
export async function createPaymentRequest(werkplaatsId: string, actorId: string | null, input: NewPaymentRequest) {
  const purpose = input.purpose.trim();
  if (purpose.length === 0 || purpose.length > 200) throw invalid("billing.checkout.errors.purpose", undefined, "purpose");
  const maximumCents = input.maximumCents ?? defaultMaximum(input.suggestedCents);
  const sane = [input.minimumCents, input.suggestedCents, maximumCents].every(Number.isSafeInteger);
  if (
    !sane ||
    input.minimumCents < MINIMUM_FLOOR_CENTS ||
    input.suggestedCents < input.minimumCents ||
    maximumCents < input.suggestedCents ||
    maximumCents > MAXIMUM_CEILING_CENTS
  ) {
    throw invalid("billing.checkout.errors.rules");
  }
  const values = {
    werkplaatsId,
    token: randomBytes(24).toString("base64url"),
    purpose,
    subjectKey: input.subjectKey ?? null,
    minimumCents: input.minimumCents,
    suggestedCents: input.suggestedCents,
    maximumCents,
    btwRate: input.btwRate ?? 21,
    payerName: input.payer?.name ?? null,
    payerEmail: input.payer?.email.toLowerCase() ?? null,
    locale: input.locale ?? "nl",
    createdBy: actorId,
  };
  try {
    const [row] = await db.insert(paymentRequests).values(values).returning();
    return { ...statusOf(row!), url: paymentRequestUrl(row!.token) };
  } catch (error) {
    if (pgErrorOf(error)?.code !== PG.uniqueViolation || !input.subjectKey) throw error;
    const [row] = await db
      .select()
      .from(paymentRequests)
      .where(and(eq(paymentRequests.werkplaatsId, werkplaatsId), eq(paymentRequests.subjectKey, input.subjectKey)));
    return { ...statusOf(row!), url: paymentRequestUrl(row!.token) };
  }
}

function statusOf(row: PaymentRequest) {
  return {
    id: row.id,
    status: row.status as "open" | "paid" | "cancelled",
    amountCents: row.amountCents,
    invoiceId: row.invoiceId,
    paidAt: row.paidAt,
  };
}

/** Where a payment request stands, by its id or the subject it was asked for; another werkplaats's is not found. */
export async function paymentRequestStatus(werkplaatsId: string, by: { id: string } | { subjectKey: string }) {
  if ("id" in by && !isUuid(by.id)) return null;
  const [row] = await db
    .select()
    .from(paymentRequests)
    .where(
      and(
        eq(paymentRequests.werkplaatsId, werkplaatsId),
        "id" in by ? eq(paymentRequests.id, by.id) : eq(paymentRequests.subjectKey, by.subjectKey),
      ),
    );
  return row ? statusOf(row) : null;
}

/** The public page's request, by token within the werkplaats of the host it is asked on. */
export async function paymentRequestByToken(werkplaatsId: string, token: string) {
  const [row] = await db
    .select()
    .from(paymentRequests)
    .where(and(eq(paymentRequests.werkplaatsId, werkplaatsId), eq(paymentRequests.token, token)));
  if (!row) throw notFound();
  const settings = await billingSettingsOf(werkplaatsId);
  return { request: row, payable: row.status === "open" && missingForIssue(settings).length === 0 };
}

/**
 * Checks the payer's choice before Checkout: the request is open and the amount can be invoiced
 * exactly (see `lineForPaidAmount`). What Checkout then charges is this amount, in cents.
 */
export async function preparePaymentRequest(werkplaatsId: string, token: string, amountCents: number) {
  const { request, payable } = await paymentRequestByToken(werkplaatsId, token);
  if (!payable) throw invalid(request.status === "open" ? "billing.checkout.unavailable" : "billing.checkout.closed");
  lineForPaidAmount(amountCents, request.btwRate);
  return request;
}

export type RequestPaid = {
  amountCents: number;
  reference: string;
  payer: { name: string; email: string };
  /** Books the money on the request's invoice (Stripe: by its PaymentIntent); without it, a payment by reference. */
  pay?: PayInvoice;
};

/**
 * Checkout says the request was paid: in one transaction the request is claimed (open → paid, a
 * conditional update, so a webhook delivered twice invoices once), invoiced to the payer and the
 * payment recorded on that invoice. An amount that cannot be invoiced exactly (a Checkout made
 * outside our page) is invoiced at the nearest lower reachable amount; the rest stays as credit.
 */
export async function settlePaymentRequest(requestId: string, paid: RequestPaid, now = new Date(), outer: Executor = db) {
  if (!isUuid(requestId)) return null;
  return outer.transaction(async (tx) => {
    const [request] = await tx.select().from(paymentRequests).where(eq(paymentRequests.id, requestId)).for("update");
    if (request?.status !== "open") return null;
    const locale = isLocale(request.locale) ? request.locale : "nl";
    const invoice = await invoiceSale(
      tx,
      request.werkplaatsId,
      null,
      {
        chargeKey: `payment-request:${request.id}`,
        buyer: { userId: null, name: paid.payer.name, email: paid.payer.email, locale },
        description: request.purpose,
        exclCents: reachableExcl(paid.amountCents, request.btwRate),
        btwRate: request.btwRate as 0 | 9 | 21,
        revenueKind: "one_off",
        period: { start: todayIn(now), end: todayIn(now) },
      },
      now,
    );
    await tx
      .update(paymentRequests)
      .set({
        status: "paid",
        amountCents: paid.amountCents,
        invoiceId: invoice.id,
        paidAt: now,
        payerName: paid.payer.name,
        payerEmail: paid.payer.email,
      })
      .where(eq(paymentRequests.id, request.id));
    if (invoice.status !== "draft" && paid.pay) await paid.pay(tx, invoice);
    else if (invoice.status !== "draft") {
      await recordPayment(
        request.werkplaatsId,
        null,
        invoice.id,
        { amountCents: paid.amountCents, method: "stripe", receivedOn: todayIn(now), reference: paid.reference, note: "Stripe Checkout" },
        tx,
      );
    }
    return invoice;
  });
}

function reachableExcl(amountCents: number, rate: number) {
  try {
    return lineForPaidAmount(amountCents, rate);
  } catch {
    return Math.floor((amountCents * 100) / (100 + rate));
  }
}
