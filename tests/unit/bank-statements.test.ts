import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCamt053 } from "~/modules/payments/camt053";
import { parseMt940 } from "~/modules/payments/mt940";
import { parseStatementFile } from "~/modules/payments/statement-file";
import { refusalOf as refusal } from "../support/refusal";

const fixture = (name: string) => fs.readFileSync(`tests/fixtures/bank/${name}`, "utf8");

describe("CAMT.053 statements", () => {
  it("reads an ING camt.053.001.02 export: account, balances, booked lines only", () => {
    const [statement, ...more] = parseCamt053(fixture("ing-camt053-001-02.xml"));
    expect(more).toEqual([]);
    expect(statement).toMatchObject({
      format: "camt.053",
      version: "camt.053.001.02",
      accountIban: "NL20INGB0001234567",
      statementId: "0001234567-20261130",
      openingBalanceCents: 1025000,
      closingBalanceCents: 1133250,
    });
    // Five booked entries, one of them a batch of two collections; the pending entry is left out.
    expect(statement!.lines).toHaveLength(6);
    const signed = statement!.lines.reduce((sum, l) => sum + (l.direction === "credit" ? l.amountCents : -l.amountCents), 0);
    expect(statement!.openingBalanceCents! + signed).toBe(statement!.closingBalanceCents);
  });

  it("reads each line's amount, counterparty, remittance and references", () => {
    const lines = parseCamt053(fixture("ing-camt053-001-02.xml"))[0]!.lines;
    expect(lines[0]).toEqual({
      bookingDate: "2026-11-30",
      amountCents: 21175,
      direction: "credit",
      counterparty: { name: "Bakkerij van Dam", iban: "NL36INGB0007654321" },
      remittance: "",
      structuredReference: "4000 0000 0004 2019",
      endToEndId: null,
      mandateId: null,
      bankReference: "2026113000001",
      storno: null,
    });
    expect(lines[1]).toMatchObject({ remittance: "Factuur DOC-2026-00043 werkplek november", endToEndId: "KAYA-2026-1187" });
    expect(lines[3]).toMatchObject({ direction: "debit", amountCents: 1250, counterparty: { name: "ING Bank N.V.", iban: null } });
    // A batch of collections: one line per transaction, the other side being the debtor, not us.
    expect(lines.slice(4).map((l) => [l.amountCents, l.counterparty.name, l.counterparty.iban, l.endToEndId, l.mandateId])).toEqual([
      [21175, "Studio Noord", "NL12TRIO0198765432", "DOC-2026-00044", "DOC-M-0007"],
      [15725, "Bitwerk", "NL20KNAB0255443322", "DOC-2026-00045", "DOC-M-0011"],
    ]);
  });

  it("reads a Rabobank camt.053.001.08 export and recognises a returned direct debit with its reason", () => {
    const [statement] = parseCamt053(fixture("rabobank-camt053-001-08-storno.xml"));
    expect(statement).toMatchObject({
      version: "camt.053.001.08",
      accountIban: "NL44RABO0123456789",
      openingBalanceCents: 84510,
      closingBalanceCents: 113885,
    });
    const [storno, payment] = statement!.lines;
    expect(storno).toMatchObject({
      direction: "debit",
      amountCents: 21175,
      counterparty: { name: "Studio Noord", iban: "NL12TRIO0198765432" },
      endToEndId: "DOC-2026-00044",
      mandateId: "DOC-M-0007",
      storno: { reasonCode: "MD06" },
    });
    expect(payment).toMatchObject({
      direction: "credit",
      storno: null,
      counterparty: { name: "Datalab Dordt" },
      structuredReference: "4000000000046011",
    });
  });

  it("treats a reversal indicator as a storno, also without a reason", () => {
    const xml = fixture("ing-camt053-001-02.xml").replace(
      "<CdtDbtInd>DBIT</CdtDbtInd>",
      "<CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd>",
    );
    expect(parseCamt053(xml)[0]!.lines[3]!.storno).toEqual({ reasonCode: null });
  });

  it("refuses a file that is not CAMT.053 with a Dutch message key", () => {
    const notCamt = { key: "payments.statement.notCamt053" };
    expect(refusal(() => parseCamt053("dit is geen xml"))).toEqual(notCamt);
    expect(
      refusal(() => parseCamt053('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn/></Document>')),
    ).toEqual(notCamt);
    expect(
      refusal(() => parseCamt053('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"><CstmrDrctDbtInitn/></Document>')),
    ).toEqual(notCamt);
    expect(refusal(() => parseCamt053("<factuur><nummer>1</nummer></factuur>"))).toEqual(notCamt);
  });

  it("refuses entities instead of resolving them", () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>&x;</BkToCstmrStmt></Document>';
    expect(refusal(() => parseCamt053(xml)).key).toBe("payments.statement.notCamt053");
  });

  it("refuses amounts with more than two decimals and amounts in another currency", () => {
    const xml = fixture("ing-camt053-001-02.xml");
    expect(refusal(() => parseCamt053(xml.replace(">423.50<", ">423.505<")))).toEqual({
      key: "payments.statement.badAmount",
      vars: { amount: "423.505" },
    });
    expect(refusal(() => parseCamt053(xml.replace('<Amt Ccy="EUR">90.75', '<Amt Ccy="USD">90.75')))).toEqual({
      key: "payments.statement.notEuro",
      vars: { currency: "USD" },
    });
  });
});

describe("MT940 statements", () => {
  it("reads an ING MT940 file with wrapped :86: details, balances adding up", () => {
    const [statement, ...more] = parseMt940(fixture("ing-mt940-storno.sta"));
    expect(more).toEqual([]);
    expect(statement).toMatchObject({
      format: "mt940",
      accountIban: "NL20INGB0001234567",
      statementId: "P261203000000001/00000",
      openingBalanceCents: 125000,
      closingBalanceCents: 166100,
    });
    const lines = statement!.lines;
    expect(lines).toHaveLength(4);
    const signed = lines.reduce((sum, l) => sum + (l.direction === "credit" ? l.amountCents : -l.amountCents), 0);
    expect(statement!.openingBalanceCents! + signed).toBe(statement!.closingBalanceCents);
    expect(lines[0]).toEqual({
      bookingDate: "2026-12-03",
      amountCents: 21175,
      direction: "credit",
      counterparty: { name: "Bakkerij van Dam", iban: "NL36INGB0007654321" },
      remittance: "",
      structuredReference: "4000000000042019",
      endToEndId: null,
      mandateId: null,
      bankReference: "0002612030001",
      storno: null,
    });
    expect(lines[1]).toMatchObject({
      counterparty: { name: "Kaya Installatietechniek B.V.", iban: "NL81RABO0312345678" },
      remittance: "Factuur DOC-2026-00043 werkplek november",
      endToEndId: "KAYA-2026-1187",
    });
    expect(lines[2]).toMatchObject({
      direction: "debit",
      storno: { reasonCode: "MD06" },
      endToEndId: "DOC-2026-00044",
      mandateId: "DOC-M-0007",
      counterparty: { name: "Studio Noord" },
    });
    expect(lines[3]).toMatchObject({
      direction: "debit",
      amountCents: 1250,
      remittance: "Kosten zakelijk betalingsverkeer november",
      counterparty: { name: null, iban: null },
    });
  });

  it("reads ABN AMRO's details, Rabobank's account line, reversal marks and bookings across New Year", () => {
    const text = [
      ":20:ABN AMRO BANK NV",
      ":25:NL44RABO0123456789 EUR",
      ":28C:1",
      ":60F:D261231EUR100,00",
      ":61:2612310102RC50,NTRFNONREF",
      ":86:/TRTP/SEPA OVERBOEKING/IBAN/NL91ABNA0417164300/BIC/ABNANL2A/NAME/J JANSEN/REMI/Factuur DOC-2026-00050/EREF/NOTPROVIDED",
      ":62F:D270102EUR150,00",
    ].join("\n");
    const [statement] = parseMt940(text);
    expect(statement).toMatchObject({ accountIban: "NL44RABO0123456789", openingBalanceCents: -10000, closingBalanceCents: -15000 });
    expect(statement!.lines[0]).toMatchObject({
      bookingDate: "2027-01-02",
      amountCents: 5000,
      direction: "credit",
      storno: { reasonCode: null },
      counterparty: { name: "J JANSEN", iban: "NL91ABNA0417164300" },
      remittance: "Factuur DOC-2026-00050",
      endToEndId: null,
    });
  });

  it("refuses a file without the statement's fields", () => {
    expect(refusal(() => parseMt940(":20:X\n:25:NL20INGB0001234567\n:61:2612031203C1,00NTRFNONREF\n:62F:C261203EUR1,00"))).toEqual({
      key: "payments.statement.notMt940",
      vars: { detail: ":60F:" },
    });
    expect(
      refusal(() => parseMt940(":20:X\n:25:NL20INGB0001234567\n:60F:C261202EUR0,00\n:61:261203C1,005NTRFNONREF\n:62F:C261203EUR1,00")).key,
    ).toBe("payments.statement.notMt940");
    expect(refusal(() => parseMt940("hallo"))).toEqual({ key: "payments.statement.notMt940", vars: { detail: ":20:" } });
  });
});

describe("a statement file of either kind", () => {
  it("reads CAMT.053 and MT940 by what the file holds", () => {
    expect(parseStatementFile(fixture("ing-camt053-001-02.xml"))[0]!.format).toBe("camt.053");
    expect(parseStatementFile(fixture("ing-mt940-storno.sta"))[0]!.format).toBe("mt940");
  });
  it("refuses anything else with a Dutch message key", () => {
    for (const text of ["", "Datum,Naam,Bedrag\n2026-12-01,Jansen,12.50", "%PDF-1.7"]) {
      expect(refusal(() => parseStatementFile(text))).toEqual({ key: "payments.statement.unknownFormat" });
    }
  });
});

describe("a batch entry without amounts per transaction", () => {
  it("stays one line for the entry's amount rather than counting it twice", () => {
    const xml = fs
      .readFileSync("tests/fixtures/bank/ing-camt053-001-02.xml", "utf8")
      .replace('<AmtDtls><TxAmt><Amt Ccy="EUR">157.25</Amt></TxAmt></AmtDtls>', "");
    const lines = parseCamt053(xml)[0]!.lines;
    expect(lines).toHaveLength(5);
    expect(lines[4]).toMatchObject({ amountCents: 36900, endToEndId: "DOC-2026-00044" });
  });
});
