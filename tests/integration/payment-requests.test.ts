import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { invoiceLines, invoices, payments } from "#db/schema";
import { makeWerkplaats } from "#db/factories";
import { makeBillingSettings } from "#db/billing-factories";
import { amountChoiceSchema } from "~/modules/billing";
import {
  createPaymentRequest,
  paymentRequestByToken,
  paymentRequestStatus,
  preparePaymentRequest,
  settlePaymentRequest,
} from "~/modules/billing/index.server";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";

/**
 * Pay-what-you-want: a request with a purpose, a minimum and a suggestion; the payer picks an
 * amount within bounds, pays at Checkout, and the payment is invoiced and paid on the ledger once.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof DomainError ? `${e.status} ${e.key}` : String(e)),
  );
const payer = { name: "Bakkerij de Korenschoof", email: "Info@Korenschoof.nl" };

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Verzoeken" });
  await makeBillingSettings(werkplaats.id);
});

describe(`payment requests, on ${server}`, () => {
  it("creates a request once per subject, with a default maximum, and reads its status", async () => {
    const input = { purpose: "Stage-opdracht webshop", minimumCents: 5000, suggestedCents: 25000, subjectKey: "internship:1" };
    const first = await createPaymentRequest(werkplaats.id, null, input);
    const again = await createPaymentRequest(werkplaats.id, null, input);
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ status: "open", amountCents: null, invoiceId: null });
    expect(first.url).toMatch(/\/pay\/[A-Za-z0-9_-]{32}$/);
    expect(await paymentRequestStatus(werkplaats.id, { subjectKey: "internship:1" })).toMatchObject({ id: first.id, status: "open" });
    const elsewhere = await makeWerkplaats({ name: "DOC Anders" });
    expect(await paymentRequestStatus(elsewhere.id, { id: first.id })).toBeNull();
    const { request } = await paymentRequestByToken(werkplaats.id, first.url.split("/pay/")[1]!);
    expect(request.maximumCents).toBe(250000);
  });

  it.each([
    [{ minimumCents: 50, suggestedCents: 100 }],
    [{ minimumCents: 5000, suggestedCents: 4000 }],
    [{ minimumCents: 5000, suggestedCents: 6000, maximumCents: 5500 }],
    [{ minimumCents: 5000, suggestedCents: 6000, maximumCents: 100_000_01 }],
    [{ minimumCents: 1.5, suggestedCents: 6000 }],
  ])("refuses nonsense bounds %o", async (bounds) => {
    expect(await refusal(createPaymentRequest(werkplaats.id, null, { purpose: "Bijdrage", ...bounds }))).toBe(
      "400 billing.checkout.errors.rules",
    );
  });

  it("the payer's amount: euros in cents, not below the minimum, not above the maximum", () => {
    const schema = amountChoiceSchema({ minimumCents: 5000, maximumCents: 100000, btwRate: 21 });
    expect(schema.parse({ amount: "75,00", ...payer }).amount).toBe(7500);
    const issue = (amount: string) => schema.safeParse({ amount, ...payer }).error?.issues[0]?.message;
    expect(issue("49,99")).toBe("billing.checkout.errors.belowMinimum");
    expect(issue("1000,01")).toBe("billing.checkout.errors.aboveMaximum");
    expect(issue("-5")).toBe("errors.money");
    expect(issue("1e9")).toBe("errors.money");
  });

  it("a paid request is invoiced and paid once, for exactly the amount chosen", async () => {
    const made = await createPaymentRequest(werkplaats.id, null, {
      purpose: "Stage-opdracht data",
      minimumCents: 5000,
      suggestedCents: 20000,
    });
    const token = made.url.split("/pay/")[1]!;
    // At 21 % not every gross amount can be invoiced exactly: the payer is told the nearest two.
    expect(await refusal(preparePaymentRequest(werkplaats.id, token, 6053))).toBe("400 billing.checkout.errors.unreachable");
    await preparePaymentRequest(werkplaats.id, token, 6050);
    await Promise.all(
      Array.from({ length: 5 }, () =>
        settlePaymentRequest(made.id, { amountCents: 6050, reference: "pi_pwyw", payer: { ...payer, email: "info@korenschoof.nl" } }),
      ),
    );
    const status = await paymentRequestStatus(werkplaats.id, { id: made.id });
    expect(status).toMatchObject({ status: "paid", amountCents: 6050 });
    const [invoice] = await db.select().from(invoices).where(eq(invoices.id, status!.invoiceId!));
    expect(invoice).toMatchObject({ status: "paid", grossCents: 6050, paidCents: 6050 });
    const [line] = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoice!.id));
    expect(line).toMatchObject({
      chargeKey: `payment-request:${made.id}`,
      unitCents: 5000,
      revenueKind: "one_off",
      description: "Stage-opdracht data",
    });
    expect(await db.select().from(payments).where(eq(payments.reference, "pi_pwyw"))).toHaveLength(1);
    expect(await refusal(preparePaymentRequest(werkplaats.id, token, 6050))).toBe("400 billing.checkout.closed");
  });

  it("without complete billing settings a request cannot be paid online yet", async () => {
    const bare = await makeWerkplaats({ name: "DOC Kaal" });
    const made = await createPaymentRequest(bare.id, null, { purpose: "Bijdrage", minimumCents: 1000, suggestedCents: 2000 });
    expect(await refusal(preparePaymentRequest(bare.id, made.url.split("/pay/")[1]!, 1500))).toBe("400 billing.checkout.unavailable");
  });
});
