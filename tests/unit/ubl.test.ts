import { create } from "xmlbuilder2";
import { describe, expect, it } from "vitest";
import { invoiceUbl } from "~/modules/billing/documents/index.server";
import { btw, invoiceDocument, sampleCustomers, sampleDocuments, type SampleKind } from "../support/invoice-documents";

// The EN 16931 and NLCIUS rules the UBL writer is responsible for, read back from the XML the
// way a receiving system reads it. The official validator (npm run validate:ubl) checks the
// same and more, but lives outside the repository.

const NS: Record<string, string> = {
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
};

function parse(xml: string) {
  return (create(xml).node as unknown as Document).documentElement;
}

/** Child elements along a path like "cac:TaxTotal/cac:TaxSubtotal". */
function all(from: Element, path: string): Element[] {
  return path.split("/").reduce<Element[]>(
    (nodes, step) => {
      const [prefix = "", name] = step.split(":");
      // childNodes, not children: the parser's `children` also returns deeper elements.
      return nodes.flatMap((n) =>
        Array.from(n.childNodes).filter(
          (c): c is Element => c.nodeType === 1 && (c as Element).namespaceURI === NS[prefix] && (c as Element).localName === name,
        ),
      );
    },
    [from],
  );
}

function one(from: Element, path: string): Element {
  const found = all(from, path);
  if (found.length !== 1) throw new Error(`expected one ${path}, found ${found.length}`);
  return found[0]!;
}

function text(from: Element, path: string) {
  return one(from, path).textContent ?? "";
}

/** An amount as cents, exactly: "1276.70" → 127670. Two decimals are required of every amount. */
function cents(from: Element, path: string) {
  const value = text(from, path);
  expect(value, path).toMatch(/^-?\d+\.\d{2}$/);
  const [whole = "", fraction = ""] = value.replace("-", "").split(".");
  return (value.startsWith("-") ? -1 : 1) * (Number(whole) * 100 + Number(fraction));
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const kinds = Object.keys(sampleDocuments) as SampleKind[];

function ublOf(kind: SampleKind) {
  const doc = sampleDocuments[kind]();
  const root = parse(invoiceUbl(doc));
  const lines = all(root, doc.kind === "invoice" ? "cac:InvoiceLine" : "cac:CreditNoteLine");
  return { doc, root, lines };
}

describe("UBL totals (BR-CO-10 … BR-CO-16)", () => {
  it.each(kinds)("%s: the document totals add up from the lines and the breakdown", (kind) => {
    const { doc, root, lines } = ublOf(kind);
    const totals = one(root, "cac:LegalMonetaryTotal");
    const lineSum = sum(lines.map((l) => cents(l, "cbc:LineExtensionAmount")));
    const taxTotal = one(root, "cac:TaxTotal");
    const subtotalTax = sum(all(taxTotal, "cac:TaxSubtotal").map((s) => cents(s, "cbc:TaxAmount")));
    const prepaid = all(totals, "cbc:PrepaidAmount").length ? cents(totals, "cbc:PrepaidAmount") : 0;

    expect(lines).toHaveLength(doc.lines.length);
    expect(cents(totals, "cbc:LineExtensionAmount")).toBe(lineSum); // BR-CO-10
    expect(cents(totals, "cbc:TaxExclusiveAmount")).toBe(lineSum); // BR-CO-13, no allowances or charges
    expect(cents(taxTotal, "cbc:TaxAmount")).toBe(subtotalTax); // BR-CO-14
    expect(cents(totals, "cbc:TaxInclusiveAmount")).toBe(lineSum + subtotalTax); // BR-CO-15
    expect(cents(totals, "cbc:PayableAmount")).toBe(lineSum + subtotalTax - prepaid); // BR-CO-16
    expect(cents(totals, "cbc:PayableAmount")).toBe(doc.totals.dueCents);
    expect(prepaid).toBe(doc.totals.paidCents);
  });

  it("a credit note as stored (nothing due on it) still pays out its inclusive total (BR-CO-16)", () => {
    const note = sampleDocuments.creditNote();
    const stored = { ...note, totals: { ...note.totals, dueCents: 0 } };
    const totals = one(parse(invoiceUbl(stored)), "cac:LegalMonetaryTotal");
    expect(cents(totals, "cbc:PayableAmount")).toBe(note.totals.grossCents);
    expect(cents(totals, "cbc:PayableAmount")).toBe(cents(totals, "cbc:TaxInclusiveAmount"));
  });

  it("an invoice partly credited: PayableAmount leaves the credit note to its own document", () => {
    const invoice = sampleDocuments.long();
    const credited = { ...invoice, totals: { ...invoice.totals, dueCents: invoice.totals.dueCents - 1000 } };
    const totals = one(parse(invoiceUbl(credited)), "cac:LegalMonetaryTotal");
    expect(cents(totals, "cbc:PayableAmount")).toBe(invoice.totals.grossCents - invoice.totals.paidCents);
  });

  it("writes what was already paid as PrepaidAmount, so PayableAmount is what is still due", () => {
    const { root } = ublOf("long");
    expect(cents(one(root, "cac:LegalMonetaryTotal"), "cbc:PrepaidAmount")).toBe(5000);
  });
});

describe("UBL tax breakdown", () => {
  const category = (node: Element) => one(node, "cac:TaxCategory");
  const lineCategory = (line: Element) => one(line, "cac:Item/cac:ClassifiedTaxCategory");
  const key = (c: Element) => `${text(c, "cbc:ID")}:${text(c, "cbc:Percent")}`;

  it.each(kinds)("%s: each category and rate's taxable amount is the sum of its lines (BR-S-08 and kin)", (kind) => {
    const { root, lines } = ublOf(kind);
    const subtotals = all(root, "cac:TaxTotal/cac:TaxSubtotal");
    expect(new Set(subtotals.map((s) => key(category(s)))).size).toBe(subtotals.length);
    for (const subtotal of subtotals) {
      const own = lines.filter((l) => key(lineCategory(l)) === key(category(subtotal)));
      expect(own.length, key(category(subtotal))).toBeGreaterThan(0);
      expect(cents(subtotal, "cbc:TaxableAmount")).toBe(sum(own.map((l) => cents(l, "cbc:LineExtensionAmount"))));
    }
    const covered = new Set(subtotals.map((s) => key(category(s))));
    for (const line of lines) expect(covered.has(key(lineCategory(line)))).toBe(true);
  });

  it.each(kinds)("%s: standard-rated BTW is the taxable amount times the rate, within the 1-euro tolerance (BR-S-09)", (kind) => {
    const { root } = ublOf(kind);
    for (const subtotal of all(root, "cac:TaxTotal/cac:TaxSubtotal")) {
      const c = category(subtotal);
      if (text(c, "cbc:ID") !== "S") continue;
      const exact = (cents(subtotal, "cbc:TaxableAmount") * Number(text(c, "cbc:Percent"))) / 100;
      expect(Math.abs(cents(subtotal, "cbc:TaxAmount") - exact)).toBeLessThan(100);
    }
  });

  it("sums BTW rounded per line, not BTW on the rate's total (so it can differ by cents)", () => {
    // Three lines of €0,05 at 9 %: 0,45 cent each rounds to 0; on the total 1,35 cents would round to 1.
    const doc = invoiceDocument({
      lines: [1, 2, 3].map(() => ({ description: "Suikerzakje", quantity: 1, unitCents: 5, btw: btw.reduced })),
    });
    const subtotal = one(parse(invoiceUbl(doc)), "cac:TaxTotal/cac:TaxSubtotal");
    expect(cents(subtotal, "cbc:TaxableAmount")).toBe(15);
    expect(cents(subtotal, "cbc:TaxAmount")).toBe(0);
  });

  it("reverse charge: category AE at 0 % with zero BTW, its reason, and both BTW-ids (BR-AE-01 … 10)", () => {
    const { doc, root, lines } = ublOf("reverseCharge");
    const [subtotal, ...others] = all(root, "cac:TaxTotal/cac:TaxSubtotal");
    expect(others).toEqual([]);
    const c = category(subtotal!);
    expect(text(c, "cbc:ID")).toBe("AE");
    expect(text(c, "cbc:Percent")).toBe("0");
    expect(cents(subtotal!, "cbc:TaxAmount")).toBe(0);
    expect(text(c, "cbc:TaxExemptionReason")).toBe(btw.reverseCharge.exemptionReason);
    for (const line of lines) expect(key(lineCategory(line))).toBe("AE:0");
    expect(text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID")).toBe(doc.supplier.btwId);
    expect(text(root, "cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID")).toBe("BE0123456749");
    // A Belgian company has no KvK number: no Dutch scheme for it.
    expect(all(root, "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID")).toEqual([]);
    expect(text(root, "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode")).toBe("BE");
  });

  it("exempt: category E with its legal ground (BR-E-10); standard and zero rates carry no reason", () => {
    const exempt = category(one(ublOf("exempt").root, "cac:TaxTotal/cac:TaxSubtotal"));
    expect(key(exempt)).toBe("E:0");
    expect(text(exempt, "cbc:TaxExemptionReason")).toContain("art. 11 lid 1 onder o Wet OB");
    for (const subtotal of all(ublOf("mixed").root, "cac:TaxTotal/cac:TaxSubtotal")) {
      expect(all(category(subtotal), "cbc:TaxExemptionReason")).toEqual([]);
    }
    expect(all(ublOf("mixed").root, "cac:TaxTotal/cac:TaxSubtotal").map((s) => key(category(s)))).toEqual(["S:21", "S:9", "Z:0"]);
  });
});

describe("UBL parties, references and payment (NLCIUS)", () => {
  it.each(kinds)("%s: the supplier's KvK number is its legal entity id with scheme 0106 (BR-NL-1)", (kind) => {
    const { doc, root } = ublOf(kind);
    const legal = one(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity");
    expect(text(legal, "cbc:RegistrationName")).toBe(doc.supplier.legalName);
    expect(text(legal, "cbc:CompanyID")).toBe(doc.supplier.kvk);
    expect(one(legal, "cbc:CompanyID").getAttribute("schemeID")).toBe("0106");
  });

  it("uses the buyer's own reference, or the invoice number without one (BR-NL-2)", () => {
    expect(text(ublOf("normal").root, "cbc:BuyerReference")).toBe("INK-2026-0417");
    const { doc, root } = ublOf("consumer");
    expect(doc.customer.buyerReference).toBeNull();
    expect(text(root, "cbc:BuyerReference")).toBe(doc.number);
  });

  it("asks for a SEPA credit transfer (58) to the IBAN, quoting the betalingskenmerk, without a BIC (BR-NL-11, -12, -31)", () => {
    const { doc, root } = ublOf("normal");
    const means = one(root, "cac:PaymentMeans");
    expect(text(means, "cbc:PaymentMeansCode")).toBe("58");
    expect(text(means, "cbc:PaymentID")).toBe(doc.paymentReference);
    expect(text(means, "cac:PayeeFinancialAccount/cbc:ID")).toBe("NL91ABNA0417164300");
    expect(all(means, "cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch")).toEqual([]);
    expect(text(root, "cbc:DueDate")).toBe(doc.dueDate);
  });

  it("a consumer: name and address, no KvK, no BTW-id", () => {
    const party = one(ublOf("consumer").root, "cac:AccountingCustomerParty/cac:Party");
    expect(text(party, "cac:PartyLegalEntity/cbc:RegistrationName")).toBe(sampleCustomers.consumer.name);
    expect(all(party, "cac:PartyLegalEntity/cbc:CompanyID")).toEqual([]);
    expect(all(party, "cac:PartyTaxScheme")).toEqual([]);
    expect(all(party, "cbc:EndpointID")).toEqual([]);
    expect(text(party, "cac:PostalAddress/cbc:PostalZone")).toBe("3311 KV");
  });

  it("a credit note: CreditNote 381 referring to the invoice it corrects, without payment means", () => {
    const { doc, root, lines } = ublOf("creditNote");
    expect(root.localName).toBe("CreditNote");
    expect(root.namespaceURI).toBe("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2");
    expect(text(root, "cbc:CreditNoteTypeCode")).toBe("381");
    expect(text(root, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID")).toBe(doc.corrects!.number);
    expect(all(root, "cac:PaymentMeans")).toEqual([]);
    expect(all(root, "cbc:DueDate")).toEqual([]);
    expect(text(root, "cac:PaymentTerms/cbc:Note")).toContain(doc.corrects!.number);
    expect(text(lines[0]!, "cbc:CreditedQuantity")).toBe("2");
    expect(one(lines[0]!, "cbc:CreditedQuantity").getAttribute("unitCode")).toBe("HUR");
  });

  it("an invoice: Invoice 380 with periods on the document and on its lines", () => {
    const { doc, root, lines } = ublOf("normal");
    expect(root.localName).toBe("Invoice");
    expect(text(root, "cbc:InvoiceTypeCode")).toBe("380");
    expect(text(root, "cbc:CustomizationID")).toBe("urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0");
    expect(text(root, "cac:InvoicePeriod/cbc:StartDate")).toBe(doc.supplyPeriod.start);
    expect(text(lines[0]!, "cac:InvoicePeriod/cbc:EndDate")).toBe("2026-12-31");
    expect(all(lines[2]!, "cac:InvoicePeriod")).toEqual([]);
    expect(text(lines[1]!, "cbc:InvoicedQuantity")).toBe("3.5");
    expect(cents(lines[1]!, "cac:Price/cbc:PriceAmount")).toBe(3750);
  });

  it("a deduction line keeps a non-negative price and carries its sign in the quantity (BR-27)", () => {
    const doc = invoiceDocument({
      lines: [
        { description: "Vaste werkplek", quantity: 1, unitCents: 32500, btw: btw.standard },
        { description: "Korting startersregeling", quantity: 1, unitCents: -5000, btw: btw.standard },
      ],
    });
    const [, deduction] = all(parse(invoiceUbl(doc)), "cac:InvoiceLine");
    expect(cents(deduction!, "cac:Price/cbc:PriceAmount")).toBe(5000);
    expect(text(deduction!, "cbc:InvoicedQuantity")).toBe("-1");
    expect(cents(deduction!, "cbc:LineExtensionAmount")).toBe(-5000);
  });

  it("escapes what customers type instead of breaking the XML", () => {
    const doc = invoiceDocument({
      customer: { ...sampleCustomers.dutchCompany, name: "Smit & Zn <Bouw>", buyerReference: 'PO "7"' },
      lines: [{ description: "Koffie & thee <onbeperkt>", quantity: 1, unitCents: 1000, btw: btw.standard }],
    });
    const root = parse(invoiceUbl(doc));
    expect(text(root, "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName")).toBe("Smit & Zn <Bouw>");
    expect(text(root, "cbc:BuyerReference")).toBe('PO "7"');
    expect(text(root, "cac:InvoiceLine/cac:Item/cbc:Name")).toBe("Koffie & thee <onbeperkt>");
  });
});
