import { formatIban } from "~/modules/companies";
import { todayIn } from "~/utils/zoned-time";
import { db, type Executor } from "~/utils/db.server";
import { conflict } from "~/utils/errors";
import { formatPaymentReference } from "../payment-reference";
import { recordPayment } from "../payments.server";
import { creditedCents, dueCents } from "../settlement.server";
import { invoiceOfCharge, invoicesOfCharges, type SaleKey } from "./sales.server";

export const deskMethods = ["pin", "cash"] as const;
export type DeskMethod = (typeof deskMethods)[number];

/**
 * The reception takes what is due on a sale's invoice by pin or in cash: a payment on the
 * ledger like any other (audited there), which turns the pass or ticket paid through the
 * database's trigger. A sale whose invoice is still a draft (billing settings incomplete)
 * cannot be paid yet: there is no invoice to pay. `outer` lets the desk's walk-in sale pay inside
 * the transaction that issued the pass.
 */
export async function paySaleAtDesk(
  werkplaatsId: string,
  actorId: string,
  chargeKey: SaleKey,
  method: DeskMethod,
  now = new Date(),
  outer: Executor = db,
) {
  const invoice = await invoiceOfCharge(werkplaatsId, chargeKey, outer);
  if (!invoice || invoice.status === "draft") throw conflict("billing.sales.errors.notInvoiced");
  const due = dueCents(invoice.grossCents, invoice.paidCents, await creditedCents(outer, invoice.id));
  if (due === 0) throw conflict("billing.sales.errors.nothingDue", { number: invoice.number ?? "" });
  return recordPayment(
    werkplaatsId,
    actorId,
    invoice.id,
    {
      amountCents: due,
      method,
      receivedOn: todayIn(now),
      note: "Aan de balie",
    },
    outer,
  );
}

export type Receipt = {
  invoiceId: string;
  number: string | null;
  status: string;
  grossCents: number;
  dueCents: number;
  iban: string | null;
  paymentReference: string | null;
};

/**
 * What buyers need to pay their sales, by charge key: the invoice, what is still due, IBAN and
 * betalingskenmerk. A sale is one line, so a credit note credits it whole and leaves nothing due.
 */
export async function receiptsOf(werkplaatsId: string, chargeKeys: string[]): Promise<Map<string, Receipt>> {
  const receipts = new Map<string, Receipt>();
  for (const [key, invoice] of await invoicesOfCharges(werkplaatsId, chargeKeys)) {
    receipts.set(key, {
      invoiceId: invoice.id,
      number: invoice.number,
      status: invoice.status,
      grossCents: invoice.grossCents,
      dueCents: invoice.status === "issued" ? Math.max(0, invoice.grossCents - invoice.paidCents) : 0,
      iban: invoice.supplier?.iban ? formatIban(invoice.supplier.iban) : null,
      paymentReference: invoice.paymentReference ? formatPaymentReference(invoice.paymentReference) : null,
    });
  }
  return receipts;
}

export async function receiptOf(werkplaatsId: string, chargeKey: SaleKey): Promise<Receipt | null> {
  return (await receiptsOf(werkplaatsId, [chargeKey])).get(chargeKey) ?? null;
}
