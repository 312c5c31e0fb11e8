import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCamt053 } from "~/modules/payments/camt053";
import { matchStatementLines, type OpenInvoice } from "~/modules/payments/matching";
import type { StatementLine } from "~/modules/payments/statement";

function line(over: Partial<StatementLine>): StatementLine {
  return {
    bookingDate: "2026-12-01",
    amountCents: 21175,
    direction: "credit",
    counterparty: { name: null, iban: null },
    remittance: "",
    structuredReference: null,
    endToEndId: null,
    mandateId: null,
    bankReference: null,
    storno: null,
    ...over,
  };
}

function invoice(id: string, number: string, openCents: number, name: string, ibans: string[] = []): OpenInvoice {
  return { id, number, paymentReference: `4000 0000 0000 ${number.slice(-4)}`, openCents, party: { name, ibans } };
}

const vanDam = invoice("i42", "DOC-2026-00042", 21175, "Bakkerij van Dam", ["NL36INGB0007654321"]);
const kaya = invoice("i43", "DOC-2026-00043", 42350, "Kaya Installatietechniek B.V.");
const jansen = invoice("i47", "DOC-2026-00047", 9075, "Piet Jansen");

const summary = (matches: ReturnType<typeof matchStatementLines>) =>
  matches.map((m) =>
    m.kind === "review" ? ["review", m.reason.key, m.candidateIds] : [m.kind, m.invoiceId, m.kind === "payment" ? m.by : m.reasonCode],
  );

describe("matching statement lines to open invoices", () => {
  it("matches the structured reference on its digits first, whatever the text says", () => {
    const [m] = matchStatementLines(
      [line({ structuredReference: "4000000000000042", remittance: "Factuur DOC-2026-00043" })],
      [vanDam, kaya],
    );
    expect(m).toMatchObject({ kind: "payment", invoiceId: "i42", by: "reference", amountCents: 21175, openAfterCents: 0 });
  });

  it("finds a reference typed in the description in groups of four", () => {
    const [m] = matchStatementLines([line({ remittance: "betaling 4000 0000 0000 0043 dank", amountCents: 100 })], [vanDam, kaya]);
    expect(m).toMatchObject({ kind: "payment", invoiceId: "i43", by: "reference", openAfterCents: 42250 });
  });

  it("then an invoice number in the remittance text, written loosely but not as part of a longer number", () => {
    const matches = matchStatementLines(
      [line({ remittance: "fact doc 2026 00043 november", amountCents: 42350 }), line({ remittance: "DOC-2026-000421", amountCents: 5 })],
      [vanDam, kaya],
    );
    expect(summary(matches)).toEqual([
      ["payment", "i43", "invoiceNumber"],
      ["review", "payments.review.noMatch", []],
    ]);
  });

  it("never pays two invoices from one line: a line naming two waits for review", () => {
    const [m] = matchStatementLines([line({ remittance: "DOC-2026-00042 en DOC-2026-00043", amountCents: 63525 })], [vanDam, kaya]);
    expect(m).toMatchObject({
      kind: "review",
      reason: { key: "payments.review.severalInvoices", vars: { numbers: "DOC-2026-00042, DOC-2026-00043" } },
      candidateIds: ["i42", "i43"],
    });
  });

  it("then a unique open amount from a party with that name or account", () => {
    const matches = matchStatementLines(
      [
        line({ amountCents: 9075, counterparty: { name: "P. Jansen", iban: "NL07ABNA0555666777" }, remittance: "lidmaatschap" }),
        line({ amountCents: 21175, counterparty: { name: "B. van Dam", iban: "NL36 INGB 0007 6543 21" } }),
        line({ amountCents: 42350, counterparty: { name: "Kaya Installatietechniek", iban: null } }),
        line({ amountCents: 42350, counterparty: { name: "Someone Else", iban: "NL91ABNA0417164300" } }),
      ],
      [vanDam, kaya, jansen],
    );
    expect(summary(matches)).toEqual([
      ["payment", "i47", "amountAndName"],
      ["payment", "i42", "amountAndName"],
      ["payment", "i43", "amountAndName"],
      ["review", "payments.review.noMatch", []],
    ]);
  });

  it("sends an amount that fits two invoices of the same party to review", () => {
    const second = { ...vanDam, id: "i48", number: "DOC-2026-00048", paymentReference: "4000000000000048" };
    const [m] = matchStatementLines([line({ counterparty: { name: "Bakkerij van Dam", iban: null } })], [vanDam, second]);
    expect(m).toMatchObject({ kind: "review", reason: { key: "payments.review.ambiguousAmount" }, candidateIds: ["i42", "i48"] });
  });

  it("adds up partial payments and keeps an overpayment as credit", () => {
    const matches = matchStatementLines(
      [
        line({ remittance: "DOC-2026-00043 deel 1", amountCents: 20000 }),
        line({ remittance: "DOC-2026-00043 deel 2", amountCents: 20000 }),
        line({ remittance: "DOC-2026-00043 rest", amountCents: 3000 }),
      ],
      [kaya],
    );
    expect(matches.map((m) => (m.kind === "payment" ? m.openAfterCents : null))).toEqual([22350, 2350, -650]);
  });

  it("does not pay an invoice twice by amount: the second equal payment waits", () => {
    const pays = line({ counterparty: { name: "Bakkerij van Dam", iban: null } });
    expect(summary(matchStatementLines([pays, pays], [vanDam]))).toEqual([
      ["payment", "i42", "amountAndName"],
      ["review", "payments.review.noMatch", []],
    ]);
  });

  it("says which reference it did not know", () => {
    const [m] = matchStatementLines([line({ structuredReference: "9999 9999 9999 9999" })], [kaya]);
    expect(m).toMatchObject({
      kind: "review",
      reason: { key: "payments.review.unknownReference", vars: { reference: "9999 9999 9999 9999" } },
    });
  });

  it("leaves outgoing money for review and reopens the invoice of a returned direct debit", () => {
    const collected = { ...vanDam, openCents: 0, directDebitIds: ["E2E-0042"] };
    const matches = matchStatementLines(
      [
        line({ direction: "debit", amountCents: 1250, remittance: "Kosten" }),
        line({ direction: "debit", endToEndId: "E2E-0042", storno: { reasonCode: "MD06" } }),
        line({ direction: "debit", endToEndId: "E2E-unknown", storno: { reasonCode: "AM04" } }),
        line({ counterparty: { name: "Bakkerij van Dam", iban: null } }),
      ],
      [collected],
    );
    expect(summary(matches)).toEqual([
      ["review", "payments.review.outgoing", []],
      ["storno", "i42", "MD06"],
      ["review", "payments.review.stornoUnknown", []],
      // Reopened by the storno, the invoice can be paid by transfer again.
      ["payment", "i42", "amountAndName"],
    ]);
  });

  it("matches the sample ING statement against the demo's open invoices", () => {
    const lines = parseCamt053(fs.readFileSync("tests/fixtures/bank/ing-camt053-001-02.xml", "utf8"))[0]!.lines;
    const studio = { ...invoice("i44", "DOC-2026-00044", 21175, "Studio Noord"), directDebitIds: ["DOC-2026-00044"] };
    const bitwerk = invoice("i45", "DOC-2026-00045", 15725, "Bitwerk");
    const matches = matchStatementLines(lines, [{ ...vanDam, paymentReference: "4000000000042019" }, kaya, jansen, studio, bitwerk]);
    expect(summary(matches)).toEqual([
      ["payment", "i42", "reference"],
      ["payment", "i43", "invoiceNumber"],
      ["payment", "i47", "amountAndName"],
      ["review", "payments.review.outgoing", []],
      ["payment", "i44", "invoiceNumber"],
      ["payment", "i45", "invoiceNumber"],
    ]);
  });
});
