import { describe, expect, it } from "vitest";
import { epcQrPayload } from "~/modules/billing/documents/index.server";
import { epcAmount } from "~/modules/billing/documents/epc-qr";
import { invoiceDocument, sampleDocuments, sampleSupplier } from "../support/invoice-documents";

// The betaal-QR (EPC069-12, version 002) as banking apps parse it: fixed line order.
describe("epcQrPayload", () => {
  it("writes the fields in the EPC order: service tag, version, UTF-8, SCT, BIC, name, IBAN, amount, purpose, reference", () => {
    const doc = sampleDocuments.normal();
    expect(epcQrPayload(doc).split("\n")).toEqual([
      "BCD",
      "002",
      "1",
      "SCT",
      "ABNANL2A",
      "Stichting DOC Dordrecht",
      "NL91ABNA0417164300",
      "EUR769.26",
      "",
      "8202600000000042",
    ]);
  });

  it("asks for what is still due, not the invoice total", () => {
    const doc = sampleDocuments.long();
    expect(doc.totals.paidCents).toBe(5000);
    expect(epcQrPayload(doc).split("\n")[7]).toBe(epcAmount(doc.totals.grossCents - 5000));
  });

  it("leaves the amount out when nothing is due, and for a credit note", () => {
    const paid = invoiceDocument({
      lines: [{ description: "Dagpas", quantity: 1, unitCents: 2066, btw: sampleDocuments.normal().lines[0]!.btw }],
      paidCents: 2500,
    });
    expect(paid.totals.dueCents).toBe(0);
    expect(epcQrPayload(paid).split("\n")[7]).toBe("");
    expect(epcQrPayload(sampleDocuments.creditNote()).split("\n")[7]).toBe("");
  });

  it("leaves the BIC line empty without one (optional since version 002) and strips spaces from the IBAN", () => {
    const doc = invoiceDocument({
      supplier: { ...sampleSupplier, bic: null, iban: "NL91 ABNA 0417 1643 00" },
      lines: [{ description: "Flexplek", quantity: 1, unitCents: 19500, btw: sampleDocuments.normal().lines[0]!.btw }],
    });
    const fields = epcQrPayload(doc).split("\n");
    expect(fields[4]).toBe("");
    expect(fields[6]).toBe("NL91ABNA0417164300");
  });

  it("keeps to the maximum lengths: name 70, reference 35, whole payload 331 bytes; no trailing separator", () => {
    const doc = invoiceDocument({
      supplier: { ...sampleSupplier, legalName: `Stichting ${"Zeer Lange Naam ".repeat(10)}` },
      paymentReference: "9".repeat(50),
      lines: [{ description: "Flexplek", quantity: 1, unitCents: 19500, btw: sampleDocuments.normal().lines[0]!.btw }],
    });
    const payload = epcQrPayload(doc);
    const fields = payload.split("\n");
    expect(fields[5]).toHaveLength(70);
    expect(fields[9]).toHaveLength(35);
    expect(Buffer.byteLength(payload, "utf8")).toBeLessThanOrEqual(331);
    expect(payload.endsWith("\n")).toBe(false);
  });

  it("writes amounts as EUR with a point and two decimals, within the EPC's range", () => {
    expect(epcAmount(12345)).toBe("EUR123.45");
    expect(epcAmount(1)).toBe("EUR0.01");
    expect(epcAmount(120000)).toBe("EUR1200.00");
    expect(epcAmount(99_999_999_999)).toBe("EUR999999999.99");
    expect(() => epcAmount(0)).toThrow();
    expect(() => epcAmount(100_000_000_000)).toThrow();
    expect(() => epcAmount(12.5)).toThrow();
  });
});
