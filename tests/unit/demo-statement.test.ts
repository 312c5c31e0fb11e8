import { describe, expect, it } from "vitest";
import { parseCamt053 } from "~/modules/payments/camt053";
import { demoStatement } from "~/modules/payments/demo-statement";
import { matchStatementLines, type OpenInvoice } from "~/modules/payments/matching";

const parties = [
  { name: "Bakkerij van Dam", ibans: ["NL36INGB0007654321"] },
  { name: "Kaya Installatietechniek B.V.", ibans: [] },
  { name: "Studio Noord", ibans: ["NL12TRIO0198765432"] },
  { name: "Datalab Dordt", ibans: ["NL16BUNQ2034567890"] },
];
// Twelve invoices, three per party, some of a party with equal amounts (a member's months).
const invoices: OpenInvoice[] = Array.from({ length: 12 }, (_, i) => ({
  id: `i${i}`,
  number: `DOC-2026-${String(100 + i).padStart(5, "0")}`,
  paymentReference: `40000000${String(10000100 + i)}`,
  openCents: i % 4 === 0 ? 21175 : 15725 + i * 100,
  party: parties[i % 4]!,
}));

describe("the demo bank statement", () => {
  const xml = demoStatement(invoices, { bookingDate: "2026-12-01", accountIban: "NL44RABO0123456789" });
  const [statement] = parseCamt053(xml);

  it("is a CAMT.053 statement for the werkplaats's account whose balances add up", () => {
    expect(statement).toMatchObject({ version: "camt.053.001.02", accountIban: "NL44RABO0123456789", openingBalanceCents: 0 });
    const signed = statement!.lines.reduce((sum, l) => sum + (l.direction === "credit" ? l.amountCents : -l.amountCents), 0);
    expect(statement!.closingBalanceCents).toBe(signed);
  });

  it("pays most open invoices in full, each matched when imported, and leaves every fifth open", () => {
    const matches = matchStatementLines(statement!.lines, invoices);
    const payments = matches.filter((m) => m.kind === "payment");
    expect(payments.map((m) => m.invoiceId).sort()).toEqual(
      invoices
        .filter((_, i) => i % 5 !== 4)
        .map((i) => i.id)
        .sort(),
    );
    for (const m of payments) expect(m.kind === "payment" && m.openAfterCents).toBe(0);
    // Every way of matching shows up, and only the bank's fee waits for review.
    expect(new Set(payments.map((m) => (m.kind === "payment" ? m.by : null)))).toEqual(
      new Set(["reference", "invoiceNumber", "amountAndName"]),
    );
    expect(matches.filter((m) => m.kind === "review").map((m) => m.kind === "review" && m.reason.key)).toEqual([
      "payments.review.outgoing",
    ]);
  });

  it("is the same file for the same invoices", () => {
    expect(demoStatement(invoices, { bookingDate: "2026-12-01", accountIban: "NL44RABO0123456789" })).toBe(xml);
  });
});
