import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { Address, BtwTreatment, InvoiceDocument } from "~/modules/billing/document";
import { documentWords } from "./words";
import { ublAmount, ublQuantity } from "./ubl-values";

const NS = {
  invoice: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  creditNote: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
};
/** SI-UBL 2.0: EN 16931 with the Dutch CIUS; the profile is Peppol's plain billing process. */
const CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0";
const PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
/** The Dutch Chamber of Commerce (KvK) in the ISO 6523 scheme list. */
const KVK_SCHEME = "0106";
/** UNCL 4461: SEPA credit transfer. */
const SEPA_CREDIT_TRANSFER = "58";

/**
 * The SI-UBL 2.0 (NLCIUS, UBL 2.1) XML of an invoice or credit note, for the customer's
 * bookkeeping software and the accountant's export. Element order follows the UBL 2.1 schema,
 * which the Schematron rules do not check but importers do.
 */
export function invoiceUbl(doc: InvoiceDocument): string {
  const credit = doc.kind === "credit_note";
  const words = documentWords(doc.language);
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(credit ? NS.creditNote : NS.invoice, credit ? "CreditNote" : "Invoice", {
    "xmlns:cac": NS.cac,
    "xmlns:cbc": NS.cbc,
  });

  cbc(root, "CustomizationID", CUSTOMIZATION_ID);
  cbc(root, "ProfileID", PROFILE_ID);
  cbc(root, "ID", doc.number);
  cbc(root, "IssueDate", doc.issueDate);
  // UBL 2.1 has no due date on a credit note: the money goes the other way.
  if (!credit) cbc(root, "DueDate", doc.dueDate);
  cbc(root, credit ? "CreditNoteTypeCode" : "InvoiceTypeCode", credit ? "381" : "380");
  for (const note of doc.notes) cbc(root, "Note", note);
  cbc(root, "DocumentCurrencyCode", doc.currency);
  // NLCIUS wants a buyer or order reference; without the buyer's own, our number is the reference.
  cbc(root, "BuyerReference", doc.customer.buyerReference ?? doc.number);
  period(root, doc.supplyPeriod);
  if (credit && doc.corrects) {
    // The corrected invoice's date is left out: NLCIUS advises against it (BR-NL-24).
    cbc(cac(cac(root, "BillingReference"), "InvoiceDocumentReference"), "ID", doc.corrects.number);
  }

  supplierParty(cac(root, "AccountingSupplierParty"), doc);
  customerParty(cac(root, "AccountingCustomerParty"), doc);

  if (!credit) {
    const means = cac(root, "PaymentMeans");
    cbc(means, "PaymentMeansCode", SEPA_CREDIT_TRANSFER);
    cbc(means, "PaymentID", doc.paymentReference);
    // No BIC: NLCIUS advises against it for SEPA payments (BR-NL-31).
    cbc(cac(means, "PayeeFinancialAccount"), "ID", doc.supplier.iban.replace(/\s/g, ""));
  }
  cbc(cac(root, "PaymentTerms"), "Note", credit ? words.creditTerms(doc) : words.paymentTerms(doc));

  const taxTotal = cac(root, "TaxTotal");
  cbc(taxTotal, "TaxAmount", ublAmount(doc.totals.btwCents), { currencyID: doc.currency });
  for (const subtotal of doc.btwBreakdown) {
    const node = cac(taxTotal, "TaxSubtotal");
    cbc(node, "TaxableAmount", ublAmount(subtotal.netCents), { currencyID: doc.currency });
    cbc(node, "TaxAmount", ublAmount(subtotal.btwCents), { currencyID: doc.currency });
    taxCategory(cac(node, "TaxCategory"), subtotal, true);
  }

  const totals = cac(root, "LegalMonetaryTotal");
  const money = (name: string, cents: number) => cbc(totals, name, ublAmount(cents), { currencyID: doc.currency });
  money("LineExtensionAmount", doc.totals.netCents);
  money("TaxExclusiveAmount", doc.totals.netCents);
  money("TaxInclusiveAmount", doc.totals.grossCents);
  if (doc.totals.paidCents !== 0) money("PrepaidAmount", doc.totals.paidCents);
  // Derived here, not taken from dueCents: what a stored document calls "due" also subtracts
  // credit notes (separate documents in UBL) and is 0 on a credit note, where BR-CO-16 wants the
  // inclusive total less only what this document says was prepaid.
  money("PayableAmount", doc.totals.grossCents - doc.totals.paidCents);

  doc.lines.forEach((line, index) => {
    const node = cac(root, credit ? "CreditNoteLine" : "InvoiceLine");
    // The net price may not be negative (BR-27): a deduction carries its sign in the quantity.
    const sign = line.unitCents < 0 ? -1 : 1;
    cbc(node, "ID", String(index + 1));
    cbc(node, credit ? "CreditedQuantity" : "InvoicedQuantity", ublQuantity(sign * line.quantity), { unitCode: line.unitCode });
    cbc(node, "LineExtensionAmount", ublAmount(line.netCents), { currencyID: doc.currency });
    if (line.period) period(node, line.period);
    const item = cac(node, "Item");
    cbc(item, "Name", line.description);
    taxCategory(cac(item, "ClassifiedTaxCategory"), line.btw, false);
    cbc(cac(node, "Price"), "PriceAmount", ublAmount(sign * line.unitCents), { currencyID: doc.currency });
  });

  return root.end({ prettyPrint: true });
}

function cbc(parent: XMLBuilder, name: string, text: string, attributes?: Record<string, string>) {
  return parent.ele(NS.cbc, `cbc:${name}`, attributes).txt(text);
}

function cac(parent: XMLBuilder, name: string) {
  return parent.ele(NS.cac, `cac:${name}`);
}

function period(parent: XMLBuilder, range: { start: string; end: string }) {
  const node = cac(parent, "InvoicePeriod");
  cbc(node, "StartDate", range.start);
  cbc(node, "EndDate", range.end);
}

function address(parent: XMLBuilder, value: Address) {
  const node = cac(parent, "PostalAddress");
  cbc(node, "StreetName", value.street);
  cbc(node, "CityName", value.city);
  cbc(node, "PostalZone", value.postalCode);
  cbc(cac(node, "Country"), "IdentificationCode", value.countryCode);
}

function vatScheme(parent: XMLBuilder) {
  cbc(cac(parent, "TaxScheme"), "ID", "VAT");
}

/** On a line only the category and rate; in the breakdown also the legal ground of E and AE. */
function taxCategory(node: XMLBuilder, btw: BtwTreatment, withReason: boolean) {
  cbc(node, "ID", btw.category);
  cbc(node, "Percent", String(btw.percent));
  if (withReason && btw.exemptionReason && (btw.category === "E" || btw.category === "AE")) {
    cbc(node, "TaxExemptionReason", btw.exemptionReason);
  }
  vatScheme(node);
}

function supplierParty(parent: XMLBuilder, doc: InvoiceDocument) {
  const { supplier } = doc;
  const party = cac(parent, "Party");
  cbc(party, "EndpointID", supplier.kvk, { schemeID: KVK_SCHEME });
  cbc(cac(party, "PartyName"), "Name", supplier.tradeName ?? supplier.legalName);
  address(party, supplier.address);
  const tax = cac(party, "PartyTaxScheme");
  cbc(tax, "CompanyID", supplier.btwId);
  vatScheme(tax);
  const legal = cac(party, "PartyLegalEntity");
  cbc(legal, "RegistrationName", supplier.legalName);
  cbc(legal, "CompanyID", supplier.kvk, { schemeID: KVK_SCHEME });
  const contact = cac(party, "Contact");
  if (supplier.phone) cbc(contact, "Telephone", supplier.phone);
  cbc(contact, "ElectronicMail", supplier.email);
}

function customerParty(parent: XMLBuilder, doc: InvoiceDocument) {
  const { customer } = doc;
  // A KvK number identifies only Dutch parties; elsewhere the BTW-id does the work.
  const kvk = customer.kvk && customer.address.countryCode === "NL" ? customer.kvk : null;
  const party = cac(parent, "Party");
  if (kvk) cbc(party, "EndpointID", kvk, { schemeID: KVK_SCHEME });
  cbc(cac(party, "PartyName"), "Name", customer.name);
  address(party, customer.address);
  if (customer.btwId) {
    const tax = cac(party, "PartyTaxScheme");
    cbc(tax, "CompanyID", customer.btwId);
    vatScheme(tax);
  }
  const legal = cac(party, "PartyLegalEntity");
  cbc(legal, "RegistrationName", customer.name);
  if (kvk) cbc(legal, "CompanyID", kvk, { schemeID: KVK_SCHEME });
  if (customer.email) cbc(cac(party, "Contact"), "ElectronicMail", customer.email);
}
