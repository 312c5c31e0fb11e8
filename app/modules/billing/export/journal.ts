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
  kind: IssuedLine["kind"];
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

/** The journal as CSV (semicolons, decimal comma): what e-Boekhouden, SnelStart and Exact map column by column. */
export function journalCsv(bookings: Booking[], locale: Locale): string {
  const t = (key: string) => translate(locale, `billing.export.journal.${key}`);
  return toCsv(
    ["date", "number", "kind", "party", "description", "debtorAccount", "account", "btwCode", "btwAccount", "net", "btw", "gross"].map(t),
    bookings.map((b) => [
      b.date,
      b.number,
      t(b.kind === "credit_note" ? "creditNote" : "invoice"),
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
