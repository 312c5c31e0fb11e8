import { asc, eq } from "drizzle-orm";
import { makePerson } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeIssuedInvoice, oneOffLine } from "#db/billing-factories";
import { invoiceLines, stripePayments, stripeRefunds } from "#db/schema";
import { db } from "~/utils/db.server";
import * as payRoute from "~/routes/invoices.$invoiceId_.pay";
import { formPost, outcome, routeArgs, type Visitor } from "./route-harness";
import type { StripeForTests } from "./stripe";

const twoLines = () => [oneOffLine({ description: "Vergaderruimte" }), oneOffLine({ description: "Lunch", unitCents: 50_00 })];

/**
 * An invoice (€ 121 + € 60,50) a new member paid by card through Checkout on the local Stripe
 * server: what the refund and payout tests start from.
 */
export async function invoicePaidByCard(stripe: StripeForTests, werkplaats: NonNullable<Visitor["werkplaats"]>, companyName: string) {
  const user = await makePerson(werkplaats.id, ["member"]);
  const member: Visitor = { user, roles: ["member"], werkplaats };
  const company = await makeCompany(werkplaats.id, user.id, { name: companyName });
  const invoice = await makeIssuedInvoice(werkplaats.id, company.id, { lines: twoLines() });
  const started = await outcome(() =>
    payRoute.action(routeArgs(`/invoices/${invoice.id}/pay`, member, formPost({}, { invoiceId: invoice.id }))),
  );
  stripe.completeCheckout(started.location!.split("/pay/")[1]!, "card");
  await stripe.settled();
  const [payment] = await db.select().from(stripePayments).where(eq(stripePayments.invoiceId, invoice.id));
  const lines = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoice.id)).orderBy(asc(invoiceLines.position));
  return { invoice, lines, paymentIntentId: payment!.paymentIntentId };
}

/** The charge behind a PaymentIntent, as the local Stripe server holds it. */
export const chargeOf = (stripe: StripeForTests, paymentIntentId: string) =>
  stripe.store.charges.get(stripe.store.paymentIntents.get(paymentIntentId)!.latest_charge as string)!;

export const refundsOf = (invoiceId: string) => db.select().from(stripeRefunds).where(eq(stripeRefunds.invoiceId, invoiceId));
