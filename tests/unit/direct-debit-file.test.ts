import { describe, expect, it } from "vitest";
import { isCreditorId } from "~/modules/companies";
import { directDebitFile, sepaText, type DirectDebitBatch } from "~/modules/payments/pain008";
import { at, children, parseXml, textAt } from "~/modules/payments/xml";
import { refusalOf as refusal } from "../support/refusal";

const batch: DirectDebitBatch = {
  messageId: "DOC-INC-2026-12",
  createdAt: new Date("2026-11-25T09:30:00Z"),
  collectionDate: "2026-12-03",
  creditor: { name: "Stichting DOC Dordrecht", iban: "NL44 RABO 0123 4567 89", bic: "RABONL2U", creditorId: "NL66ZZZ301234560000" },
  mandates: [
    { id: "DOC-M-0007", signedOn: "2026-11-02", debtorName: "Studio Noord", iban: "NL12TRIO0198765432", bic: null, sequence: "FRST" },
    {
      id: "DOC-M-0011",
      signedOn: "2025-03-14",
      debtorName: "Bitwerk & Zonen",
      iban: "NL20KNAB0255443322",
      bic: "KNABNL2H",
      sequence: "RCUR",
    },
    { id: "DOC-M-0012", signedOn: "2025-04-01", debtorName: "Ümit Çelik", iban: "NL16BUNQ2034567890", bic: null, sequence: "RCUR" },
  ],
  collections: [
    { mandateId: "DOC-M-0011", invoiceNumber: "DOC-2026-00045", amountCents: 15725, endToEndId: "DOC-2026-00045" },
    { mandateId: "DOC-M-0007", invoiceNumber: "DOC-2026-00044", amountCents: 21175, endToEndId: "DOC-2026-00044" },
    { mandateId: "DOC-M-0012", invoiceNumber: "DOC-2026-00046", amountCents: 9005, endToEndId: "DOC-2026-00046" },
  ],
};

describe("a SEPA direct debit file (pain.008.001.02)", () => {
  const xml = directDebitFile(batch);
  const root = parseXml(xml, "test");
  const initiation = at(root, "CstmrDrctDbtInitn")!;
  const infos = children(initiation, "PmtInf");

  it("is a pain.008.001.02 document with the file's count and control sum", () => {
    expect(root.namespaceURI).toBe("urn:iso:std:iso:20022:tech:xsd:pain.008.001.02");
    expect(xml).not.toContain('xmlns=""');
    expect(textAt(initiation, "GrpHdr", "MsgId")).toBe("DOC-INC-2026-12");
    expect(textAt(initiation, "GrpHdr", "CreDtTm")).toBe("2026-11-25T09:30:00");
    expect(textAt(initiation, "GrpHdr", "NbOfTxs")).toBe("3");
    expect(textAt(initiation, "GrpHdr", "CtrlSum")).toBe("459.05");
  });

  it("puts first and recurring collections in separate payment infos, each with its own sums", () => {
    expect(infos.map((i) => [textAt(i, "PmtTpInf", "SeqTp"), textAt(i, "NbOfTxs"), textAt(i, "CtrlSum"), textAt(i, "PmtInfId")])).toEqual([
      ["FRST", "1", "211.75", "DOC-INC-2026-12-FRST"],
      ["RCUR", "2", "247.30", "DOC-INC-2026-12-RCUR"],
    ]);
    for (const info of infos) {
      expect(textAt(info, "PmtMtd")).toBe("DD");
      expect(textAt(info, "PmtTpInf", "SvcLvl", "Cd")).toBe("SEPA");
      expect(textAt(info, "PmtTpInf", "LclInstrm", "Cd")).toBe("CORE");
      expect(textAt(info, "ReqdColltnDt")).toBe("2026-12-03");
      expect(textAt(info, "CdtrAcct", "Id", "IBAN")).toBe("NL44RABO0123456789");
      expect(textAt(info, "CdtrAgt", "FinInstnId", "BIC")).toBe("RABONL2U");
      expect(textAt(info, "CdtrSchmeId", "Id", "PrvtId", "Othr", "Id")).toBe("NL66ZZZ301234560000");
      expect(textAt(info, "CdtrSchmeId", "Id", "PrvtId", "Othr", "SchmeNm", "Prtry")).toBe("SEPA");
    }
  });

  it("writes each collection with its mandate, debtor and end-to-end id", () => {
    const txs = infos.flatMap((i) => children(i, "DrctDbtTxInf"));
    expect(
      txs.map((t) => [
        textAt(t, "PmtId", "EndToEndId"),
        textAt(t, "InstdAmt"),
        at(t, "InstdAmt")!.getAttribute("Ccy"),
        textAt(t, "DrctDbtTx", "MndtRltdInf", "MndtId"),
        textAt(t, "DrctDbtTx", "MndtRltdInf", "DtOfSgntr"),
        textAt(t, "DbtrAgt", "FinInstnId", "BIC") ?? textAt(t, "DbtrAgt", "FinInstnId", "Othr", "Id"),
        textAt(t, "Dbtr", "Nm"),
        textAt(t, "DbtrAcct", "Id", "IBAN"),
        textAt(t, "RmtInf", "Ustrd"),
      ]),
    ).toEqual([
      [
        "DOC-2026-00044",
        "211.75",
        "EUR",
        "DOC-M-0007",
        "2026-11-02",
        "NOTPROVIDED",
        "Studio Noord",
        "NL12TRIO0198765432",
        "DOC-2026-00044",
      ],
      [
        "DOC-2026-00045",
        "157.25",
        "EUR",
        "DOC-M-0011",
        "2025-03-14",
        "KNABNL2H",
        "Bitwerk + Zonen",
        "NL20KNAB0255443322",
        "DOC-2026-00045",
      ],
      ["DOC-2026-00046", "90.05", "EUR", "DOC-M-0012", "2025-04-01", "NOTPROVIDED", "Umit Celik", "NL16BUNQ2034567890", "DOC-2026-00046"],
    ]);
  });

  it("leaves out a sequence with no collections", () => {
    const onlyRecurring = directDebitFile({ ...batch, collections: batch.collections.filter((c) => c.mandateId !== "DOC-M-0007") });
    expect(children(at(parseXml(onlyRecurring, "test"), "CstmrDrctDbtInitn"), "PmtInf").map((i) => textAt(i, "PmtTpInf", "SeqTp"))).toEqual(
      ["RCUR"],
    );
  });

  it("refuses what a bank would refuse, with Dutch message keys", () => {
    expect(refusal(() => directDebitFile({ ...batch, creditor: { ...batch.creditor, creditorId: "NL67ZZZ301234560000" } })).key).toBe(
      "payments.directDebit.creditorId",
    );
    expect(refusal(() => directDebitFile({ ...batch, collections: [] })).key).toBe("payments.directDebit.noCollections");
    const [first, ...rest] = batch.collections;
    expect(refusal(() => directDebitFile({ ...batch, collections: [{ ...first!, mandateId: "DOC-M-9999" }] }))).toEqual({
      key: "payments.directDebit.mandateUnknown",
      vars: { invoice: "DOC-2026-00045", mandate: "DOC-M-9999" },
    });
    expect(refusal(() => directDebitFile({ ...batch, collections: [{ ...first!, amountCents: 0 }] })).key).toBe(
      "payments.directDebit.amount",
    );
    expect(refusal(() => directDebitFile({ ...batch, collections: [first!, { ...rest[0]!, endToEndId: first!.endToEndId }] })).key).toBe(
      "payments.directDebit.endToEndId",
    );
    const badIban = batch.mandates.map((m) => (m.id === "DOC-M-0011" ? { ...m, iban: "NL20KNAB0255443323" } : m));
    expect(refusal(() => directDebitFile({ ...batch, mandates: badIban }))).toEqual({
      key: "payments.directDebit.mandateIban",
      vars: { mandate: "DOC-M-0011" },
    });
  });
});

describe("SEPA creditor ids and text", () => {
  it("checks a creditor id's check digits, skipping the business code", () => {
    expect(isCreditorId("NL66ZZZ301234560000")).toBe(true);
    expect(isCreditorId("NL66ABC301234560000")).toBe(true);
    expect(isCreditorId("DE98ZZZ09999999999")).toBe(true);
    expect(isCreditorId("NL65ZZZ301234560000")).toBe(false);
    expect(isCreditorId("NL66ZZZ30123456")).toBe(false);
  });
  it("keeps text to the SEPA character set and length", () => {
    expect(sepaText("Café “De Hoek” & Co. <BV>", 70)).toBe("Cafe De Hoek + Co. BV");
    expect(sepaText("x".repeat(80), 70)).toHaveLength(70);
  });
});
