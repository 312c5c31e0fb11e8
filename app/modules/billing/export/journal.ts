import { translate, type Locale } from "~/modules/i18n";
import { toCsv } from "~/utils/csv";
import { centsToInput } from "~/utils/money";
import { treatmentOf, type LedgerCodes } from "./codes";
import { sign, type IssuedLine } from "./lines";

/**
 * One booking of the sales journal: debit the debtors for the gross amount, credit the revenue
 * (or, for a deposit, the liability) account for the net amount and the BTW-to-pay account for
 * the BTW. An invoice's lines on the same account with the same BTW code make one booking, the
 * way bookkeeping packages post a sales invoice; a credit note's bookings are negative.
 */
export type Booking = {
  date: string;
  number: string;
  kind: IssuedLine["kind"] | "payout_costs";
  party: string;
  description: string;
  debtorAccount: string;
  account: string;
  btwCode: string;
  btwAccount: string;
  netCents: number;
  btwCents: number;
  grossCents: number;
};

const MAX_DESCRIPTION = 200;

/** The bookings of the issued lines, in the order the lines come (issue date, number, position). */
export function journalBookings(lines: IssuedLine[], codes: LedgerCodes): Booking[] {
  const bookings = new Map<string, Booking & { descriptions: string[] }>();
  for (const line of lines) {
    const deposit = line.revenueKind === "deposit";
    const account = codes.accounts[line.revenueKind];
    // A deposit is not a supply: no BTW code, so a package leaves it out of its BTW return too.
    const btwCode = deposit ? "" : codes.btwCodes[treatmentOf(line.btwCategory, line.btwPercent)];
    const key = `${line.invoiceId}|${account}|${btwCode}`;
    const booking = bookings.get(key) ?? {
      date: line.issueDate,
      number: line.number,
      kind: line.kind,
      party: line.partyName,
      description: "",
      descriptions: [],
      debtorAccount: codes.accounts.debtors,
      account,
      btwCode,
      btwAccount: deposit ? "" : codes.accounts.btw_payable,
      netCents: 0,
      btwCents: 0,
      grossCents: 0,
    };
    booking.descriptions.push(line.description);
    booking.netCents += sign(line) * line.netCents;
    booking.btwCents += sign(line) * line.btwCents;
    booking.grossCents = booking.netCents + booking.btwCents;
    bookings.set(key, booking);
  }
  return [...bookings.values()].map(({ descriptions, ...booking }) => {
    const joined = descriptions.join(" · ");
    return { ...booking, description: joined.length > MAX_DESCRIPTION ? `${joined.slice(0, MAX_DESCRIPTION - 1)}…` : joined };
  });
}

/** What a payment provider kept of one payout for this werkplaats's payments (Stripe's fees). */
export type PayoutCosts = { payoutId: string; arrivalDate: string; feeCents: number };

/**
 * A payout's fees as one booking: debit the payment-costs account, credit the debtors. The
 * invoices were settled in full by the payments on them; the bank received their total less the
 * fees, so with this booking the payout's bank line clears the debtors to the cent. In the
 * journal's columns that is a negative amount on the costs account (no BTW: Stripe's fees are exempt).
 */
export function payoutCostBookings(payouts: PayoutCosts[], codes: LedgerCodes, locale: Locale): Booking[] {
  return payouts
    .filter((p) => p.feeCents !== 0)
    .map((p) => ({
      date: p.arrivalDate,
      number: p.payoutId,
      kind: "payout_costs" as const,
      party: "Stripe",
      description: translate(locale, "billing.export.journal.payoutCostsDescription", { payout: p.payoutId }),
      debtorAccount: codes.accounts.debtors,
      account: codes.accounts.payment_costs,
      btwCode: "",
      btwAccount: "",
      netCents: -p.feeCents,
      btwCents: 0,
      grossCents: -p.feeCents,
    }));
}

/** The journal as CSV (semicolons, decimal comma): what e-Boekhouden, SnelStart and Exact map column by column. */
export function journalCsv(bookings: Booking[], locale: Locale): string {
  const t = (key: string) => translate(locale, `billing.export.journal.${key}`);
  return toCsv(
    ["date", "number", "kind", "party", "description", "debtorAccount", "account", "btwCode", "btwAccount", "net", "btw", "gross"].map(t),
    bookings.map((b) => [
      b.date,
      b.number,
      t(b.kind === "credit_note" ? "creditNote" : b.kind === "payout_costs" ? "payoutCosts" : "invoice"),
      b.party,
      b.description,
      b.debtorAccount,
      b.account,
      b.btwCode,
      b.btwAccount,
      centsToInput(b.netCents),
      centsToInput(b.btwCents),
      centsToInput(b.grossCents),
    ]),
  );
}
