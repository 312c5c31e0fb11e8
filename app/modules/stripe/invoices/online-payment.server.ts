import { and, eq, inArray } from "drizzle-orm";
import { stripeCollections, stripePayments } from "#db/schema";
import { db } from "~/utils/db.server";
import { isStripeConfigured } from "../client.server";

/**
 * What the invoice page says about paying through Stripe: whether it can be paid online now, and
 * whether a direct debit is under way ("wordt geïncasseerd"), so nobody pays it twice meanwhile.
 */
export async function onlinePaymentOf(invoice: { id: string; kind: string; status: string; dueCents: number }) {
  const [[paying], [collection]] = await Promise.all([
    db
      .select({ id: stripePayments.paymentIntentId })
      .from(stripePayments)
      .where(and(eq(stripePayments.invoiceId, invoice.id), eq(stripePayments.status, "processing")))
      .limit(1),
    // An automatic collection queued or under way counts too, before Stripe has said "processing".
    db
      .select({ id: stripeCollections.id })
      .from(stripeCollections)
      .where(and(eq(stripeCollections.invoiceId, invoice.id), inArray(stripeCollections.status, ["queued", "processing"]))),
  ]);
  const collecting = paying ?? collection;
  const open = invoice.kind === "invoice" && invoice.status === "issued" && invoice.dueCents > 0;
  return { canPay: isStripeConfigured() && open && !collecting, collecting: Boolean(collecting) };
}
