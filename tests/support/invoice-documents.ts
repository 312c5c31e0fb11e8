import fs from "node:fs";
import type { BtwSubtotal, BtwTreatment, Customer, DocumentLine, InvoiceDocument, Supplier } from "~/modules/billing/document";
import type { IsoDate } from "~/utils/calendar";
import { lineFromExcl } from "~/utils/money";

/**
 * Sample invoice documents of every kind the ledger issues, with the amounts worked out the
 * way the ledger must (BTW per line, half up, once; totals per category and rate in the order
 * first used), so the writers and the ledger's tests start from documents an accountant would
 * accept. All parties and numbers are fictional but pass their checks (KvK, BTW-id, IBAN).
 */

export const btw = {
  standard: { category: "S", percent: 21, exemptionReason: null },
  reduced: { category: "S", percent: 9, exemptionReason: null },
  zero: { category: "Z", percent: 0, exemptionReason: null },
  exempt: {
    category: "E",
    percent: 0,
    exemptionReason: "Vrijgesteld van btw: beroepsopleiding (art. 11 lid 1 onder o Wet OB, CRKBO-geregistreerd)",
  },
  reverseCharge: {
    category: "AE",
    percent: 0,
    exemptionReason: "Btw verlegd naar de afnemer (art. 44 en 196 Btw-richtlijn 2006/112/EG)",
  },
} satisfies Record<string, BtwTreatment>;

export const sampleSupplier: Supplier = {
  legalName: "Stichting DOC Dordrecht",
  tradeName: "DOC Dordrecht",
  address: { street: "Noordendijk 250", postalCode: "3311 RR", city: "Dordrecht", countryCode: "NL" },
  kvk: "24351682",
  btwId: "NL123456782B01",
  iban: "NL91ABNA0417164300",
  bic: "ABNANL2A",
  email: "facturen@doc-dordrecht.nl",
  phone: "078 123 45 67",
  logo: null,
  colour: "#0f5fa8",
};

/** The demo werkplaats's logo (a PNG made from the app's icon), for documents that show one. */
const sampleLogo: Supplier["logo"] = {
  mimeType: "image/png",
  bytes: new Uint8Array(fs.readFileSync(new URL("./werkplaats-logo.png", import.meta.url))),
};

export const sampleCustomers = {
  dutchCompany: {
    kind: "company",
    name: "Studio Noord B.V.",
    address: { street: "Voorstraat 180", postalCode: "3311 ES", city: "Dordrecht", countryCode: "NL" },
    kvk: "68750110",
    btwId: "NL857206436B01",
    email: "administratie@studio-noord.nl",
    buyerReference: "INK-2026-0417",
  },
  belgianCompany: {
    kind: "company",
    name: "Atelier Schelde BV",
    address: { street: "Kammenstraat 42", postalCode: "2000", city: "Antwerpen", countryCode: "BE" },
    kvk: null,
    btwId: "BE0123456749",
    email: "boekhouding@atelier-schelde.be",
    buyerReference: null,
  },
  consumer: {
    kind: "person",
    name: "Anouk de Vries",
    address: { street: "Singel 12", postalCode: "3311 KV", city: "Dordrecht", countryCode: "NL" },
    kvk: null,
    btwId: null,
    email: "anouk.devries@example.nl",
    buyerReference: null,
  },
} satisfies Record<string, Customer>;

type SampleLine = {
  description: string;
  period?: { start: IsoDate; end: IsoDate } | null;
  quantity: number;
  unitCode?: DocumentLine["unitCode"];
  unitCents: number;
  btw: BtwTreatment;
};

/** A line with its net and BTW as the ledger computes them; quantities to three decimals. */
function documentLine(line: SampleLine): DocumentLine {
  const thousandths = Math.round(line.quantity * 1000);
  const amounts = lineFromExcl({ unitCents: line.unitCents, quantity: thousandths, per: 1000, rate: line.btw.percent });
  return {
    description: line.description,
    period: line.period ?? null,
    quantity: line.quantity,
    unitCode: line.unitCode ?? "C62",
    unitCents: line.unitCents,
    netCents: amounts.exclCents,
    btw: line.btw,
    btwCents: amounts.btwCents,
  };
}

/** Totals per BTW category and rate, in the order the lines first use them. */
function breakdownOf(lines: DocumentLine[]): BtwSubtotal[] {
  const byKey = new Map<string, BtwSubtotal>();
  for (const line of lines) {
    const key = `${line.btw.category}:${line.btw.percent}`;
    const subtotal = byKey.get(key) ?? { ...line.btw, netCents: 0, btwCents: 0 };
    subtotal.netCents += line.netCents;
    subtotal.btwCents += line.btwCents;
    byKey.set(key, subtotal);
  }
  return [...byKey.values()];
}

type DocumentParts = Partial<Omit<InvoiceDocument, "lines" | "btwBreakdown" | "totals">> & {
  lines: SampleLine[];
  paidCents?: number;
};

/** A whole document from its lines: breakdown and totals follow from them. */
export function invoiceDocument(parts: DocumentParts): InvoiceDocument {
  const { lines: sampleLines, paidCents = 0, ...rest } = parts;
  const lines = sampleLines.map(documentLine);
  const netCents = lines.reduce((sum, l) => sum + l.netCents, 0);
  const btwCents = lines.reduce((sum, l) => sum + l.btwCents, 0);
  const grossCents = netCents + btwCents;
  return {
    kind: "invoice",
    number: "DOC-2026-00042",
    issueDate: "2026-12-01",
    dueDate: "2026-12-15",
    supplyPeriod: { start: "2026-12-01", end: "2026-12-31" },
    currency: "EUR",
    language: "nl",
    supplier: sampleSupplier,
    customer: sampleCustomers.dutchCompany,
    paymentReference: "8202600000000042",
    corrects: null,
    notes: ["Bedankt dat je bij DOC Dordrecht werkt. Vragen over deze factuur? Mail facturen@doc-dordrecht.nl."],
    ...rest,
    lines,
    btwBreakdown: breakdownOf(lines),
    totals: { netCents, btwCents, grossCents, paidCents, dueCents: grossCents - paidCents },
  };
}

const december = { start: "2026-12-01", end: "2026-12-31" };
const november = { start: "2026-11-01", end: "2026-11-30" };

/** Every kind of document the ledger issues, by name. */
export const sampleDocuments = {
  /** A Dutch company, everything at 21 %; the werkplaats has set up its logo. */
  normal: () =>
    invoiceDocument({
      supplier: { ...sampleSupplier, logo: sampleLogo },
      lines: [
        {
          description: "Vaste werkplek, december 2026",
          period: december,
          quantity: 1,
          unitCode: "MON",
          unitCents: 32500,
          btw: btw.standard,
        },
        {
          description: "Vergaderruimte De Kade, uren boven de bundel (november)",
          period: november,
          quantity: 3.5,
          unitCode: "HUR",
          unitCents: 3750,
          btw: btw.standard,
        },
        { description: "Strippenkaart flexplek, 10 dagen", quantity: 1, unitCents: 17950, btw: btw.standard },
      ],
    }),
  /** 21 %, 9 % and 0 % on one invoice. */
  mixed: () =>
    invoiceDocument({
      number: "DOC-2026-00043",
      paymentReference: "6202600000000043",
      lines: [
        { description: "Flexplek, december 2026", period: december, quantity: 1, unitCode: "MON", unitCents: 19500, btw: btw.standard },
        {
          description: "Lunch bij de teamdag (per persoon)",
          period: { start: "2026-11-20", end: "2026-11-20" },
          quantity: 14,
          unitCents: 1275,
          btw: btw.reduced,
        },
        { description: "Koffie en thee bij de teamdag (per persoon)", quantity: 14, unitCents: 345, btw: btw.reduced },
        { description: "Drukwerk teamdag, geleverd naar Curaçao (uitvoer)", quantity: 1, unitCents: 8560, btw: btw.zero },
      ],
    }),
  /** Everything at 0 %: goods exported outside the EU. */
  zeroRated: () =>
    invoiceDocument({
      number: "DOC-2026-00048",
      paymentReference: "7202600000000048",
      supplyPeriod: { start: "2026-11-27", end: "2026-11-27" },
      lines: [
        {
          description: "Werkboek Digitaliseren voor het mkb, geleverd naar Willemstad, Curaçao (uitvoer)",
          quantity: 25,
          unitCents: 2450,
          btw: btw.zero,
        },
        { description: "Verzending per luchtpost naar Curaçao", quantity: 1, unitCents: 6895, btw: btw.zero },
      ],
    }),
  /** A training, exempt from BTW with its legal ground. */
  exempt: () =>
    invoiceDocument({
      number: "DOC-2026-00044",
      paymentReference: "4202600000000044",
      supplyPeriod: { start: "2026-11-10", end: "2026-11-24" },
      lines: [
        {
          description: "Masterclass Digitaliseren voor het mkb (3 avonden)",
          period: { start: "2026-11-10", end: "2026-11-24" },
          quantity: 2,
          unitCents: 39500,
          btw: btw.exempt,
        },
      ],
    }),
  /** A Belgian company with a valid BTW-id: reverse charge, both BTW-ids on the document. */
  reverseCharge: () =>
    invoiceDocument({
      number: "DOC-2026-00045",
      paymentReference: "2202600000000045",
      language: "en",
      customer: sampleCustomers.belgianCompany,
      lines: [
        {
          description: "Dedicated desk, December 2026",
          period: december,
          quantity: 1,
          unitCode: "MON",
          unitCents: 32500,
          btw: btw.reverseCharge,
        },
        {
          description: "Meeting room De Kade (hours)",
          period: november,
          quantity: 6,
          unitCode: "HUR",
          unitCents: 3750,
          btw: btw.reverseCharge,
        },
      ],
    }),
  /** A consumer without KvK or BTW-id: a day pass and an event ticket. */
  consumer: () =>
    invoiceDocument({
      number: "DOC-2026-00046",
      paymentReference: "0202600000000046",
      issueDate: "2026-11-18",
      dueDate: "2026-12-02",
      supplyPeriod: { start: "2026-11-18", end: "2026-11-18" },
      customer: sampleCustomers.consumer,
      lines: [
        {
          description: "Dagpas flexplek, woensdag 18 november 2026",
          period: { start: "2026-11-18", end: "2026-11-18" },
          quantity: 1,
          unitCode: "DAY",
          unitCents: 2066,
          btw: btw.standard,
        },
        { description: "Ticket: Webinar AI voor zzp'ers", quantity: 1, unitCents: 1239, btw: btw.standard },
      ],
    }),
  /** A credit note for part of the normal invoice: the meeting-room hours were booked twice. */
  creditNote: () =>
    invoiceDocument({
      kind: "credit_note",
      number: "DOC-2026-00051",
      issueDate: "2026-12-08",
      dueDate: "2026-12-22",
      paymentReference: "6202600000000051",
      corrects: { number: "DOC-2026-00042", issueDate: "2026-12-01" },
      notes: [],
      lines: [
        {
          description: "Vergaderruimte De Kade, dubbel geboekte uren (november)",
          period: november,
          quantity: 2,
          unitCode: "HUR",
          unitCents: 3750,
          btw: btw.standard,
        },
      ],
    }),
  /** Many lines: the PDF runs over pages and the benchmark has work to do. */
  long: (count = 40) =>
    invoiceDocument({
      number: "DOC-2026-00047",
      paymentReference: "9202600000000047",
      paidCents: 5000,
      lines: Array.from({ length: count }, (_, i) => {
        const day = `2026-11-${String((i % 30) + 1).padStart(2, "0")}`;
        return i % 4 === 3
          ? {
              description: "Lunch bij vergadering (per persoon)",
              period: { start: day, end: day },
              quantity: 6,
              unitCents: 1275,
              btw: btw.reduced,
            }
          : {
              description: `Vergaderruimte ${["De Kade", "Het Hof", "De Werf"][i % 3]}`,
              period: { start: day, end: day },
              quantity: 1.5 + (i % 3),
              unitCode: "HUR" as const,
              unitCents: 3750 + i * 5,
              btw: btw.standard,
            };
      }),
    }),
};

export type SampleKind = keyof typeof sampleDocuments;
