import type { DocumentLine, InvoiceDocument } from "../document";
import { formatIban } from "~/modules/companies";
import { winAnsiText } from "~/utils/pdf-text";
import { BOLD, type Canvas, CONTENT_BOTTOM, FONT, MUTED, PAGE, RIGHT, RULE, startPdf, write } from "~/utils/pdf.server";
import { epcQrPayload } from "./epc-qr";
import { drawQr } from "./pdf-qr.server";
import { documentWords, type DocumentWords } from "./words";

/** Columns of the lines table: left edge, width and alignment. */
const COLUMNS = {
  description: { x: PAGE.margin, width: 205, align: "left" },
  quantity: { x: 255, width: 55, align: "right" },
  unitPrice: { x: 315, width: 75, align: "right" },
  btw: { x: 395, width: 68, align: "right" },
  amount: { x: 468, width: RIGHT - 468, align: "right" },
} as const;

/**
 * The PDF of an invoice or credit note: A4, in the customer's language, with the werkplaats's
 * logo and colour and everything art. 35a Wet OB asks of an invoice. Text stays text (the
 * standard PDF fonts), so it can be searched, copied and read by bookkeeping software.
 */
export function invoicePdf(doc: InvoiceDocument): Promise<Uint8Array> {
  const words = documentWords(doc.language);
  const title = words.t(doc.kind === "invoice" ? "invoiceDocument.title.invoice" : "invoiceDocument.title.creditNote");
  const { pdf, done } = startPdf(doc.language === "nl" ? "nl" : "en", {
    Title: `${title} ${doc.number}`,
    Author: doc.supplier.legalName,
    Subject: `${title} ${doc.number} – ${doc.customer.name}`,
    // The issue date, not the moment of rendering: the same invoice gives the same file.
    CreationDate: new Date(`${doc.issueDate}T12:00:00Z`),
  });

  const page = { doc, words, title, pdf };
  let y = header(page);
  y = parties(page, y);
  y = linesTable(page, y);
  y = totals(page, y);
  y = notices(page, y);
  payment(page, y);
  footers(page);
  pdf.end();
  return done;
}

type Page = { doc: InvoiceDocument; words: DocumentWords; title: string; pdf: Canvas };

/** Logo (or the werkplaats's initial in its colour), the supplier's details and the title. */
function header({ doc, words, title, pdf }: Page) {
  const { supplier } = doc;
  const top = PAGE.margin;
  if (supplier.logo) {
    pdf.image(Buffer.from(supplier.logo.bytes), PAGE.margin, top, { fit: [160, 56] });
  } else {
    const name = supplier.tradeName ?? supplier.legalName;
    pdf.roundedRect(PAGE.margin, top, 40, 40, 7).fill(supplier.colour);
    write(pdf, name.charAt(0).toUpperCase(), PAGE.margin, top + 10, { font: BOLD, size: 20, color: "#ffffff", width: 40, align: "center" });
    write(pdf, name, PAGE.margin + 52, top + 12, { font: BOLD, size: 15, color: supplier.colour });
  }

  const x = 340;
  const width = RIGHT - x;
  const lines = [
    supplier.address.street,
    `${supplier.address.postalCode} ${supplier.address.city}`,
    ...(supplier.address.countryCode === "NL" ? [] : [countryName(supplier.address.countryCode, doc.language)]),
    supplier.email,
    ...(supplier.phone ? [supplier.phone] : []),
    `${words.t("invoiceDocument.kvk")} ${supplier.kvk}`,
    `${words.t("invoiceDocument.btwId")} ${supplier.btwId}`,
    `${words.t("invoiceDocument.iban")} ${formatIban(supplier.iban)}`,
    ...(supplier.bic ? [`${words.t("invoiceDocument.bic")} ${supplier.bic}`] : []),
  ];
  let y = write(pdf, supplier.legalName, x, top, { font: BOLD, size: 9, width, align: "right" });
  for (const line of lines) y = write(pdf, line, x, y + 1, { size: 8.5, color: MUTED, width, align: "right" });

  const titleTop = Math.max(y, top + 56) + 22;
  write(pdf, title, PAGE.margin, titleTop, { font: BOLD, size: 24, color: supplier.colour });
  return titleTop + 42;
}

/** The customer on the left, the document's number, dates and references on the right. */
function parties({ doc, words, pdf }: Page, top: number) {
  const { customer } = doc;
  let left = write(pdf, words.t("invoiceDocument.customer").toUpperCase(), PAGE.margin, top, {
    font: BOLD,
    size: 7.5,
    color: MUTED,
    characterSpacing: 0.6,
  });
  left = write(pdf, customer.name, PAGE.margin, left + 3, { font: BOLD, size: 10, width: 250 });
  const address = [
    customer.address.street,
    `${customer.address.postalCode} ${customer.address.city}`,
    ...(customer.address.countryCode === "NL" ? [] : [countryName(customer.address.countryCode, doc.language)]),
    ...(customer.kvk ? [`${words.t("invoiceDocument.kvk")} ${customer.kvk}`] : []),
    ...(customer.btwId ? [`${words.t("invoiceDocument.btwId")} ${customer.btwId}`] : []),
  ];
  for (const line of address) left = write(pdf, line, PAGE.margin, left + 1, { size: 9.5, width: 250 });

  const facts: [string, string][] = [
    [words.t(doc.kind === "invoice" ? "invoiceDocument.number.invoice" : "invoiceDocument.number.creditNote"), doc.number],
    [words.t("invoiceDocument.issueDate"), words.day(doc.issueDate)],
    ...(doc.kind === "invoice" ? [[words.t("invoiceDocument.dueDate"), words.day(doc.dueDate)] as [string, string]] : []),
    [words.t("invoiceDocument.supplyPeriod"), words.period(doc.supplyPeriod)],
    ...(doc.corrects
      ? [
          [
            words.t("invoiceDocument.corrects"),
            words.t("invoiceDocument.correctsValue", { number: doc.corrects.number, date: words.day(doc.corrects.issueDate) }),
          ] as [string, string],
        ]
      : []),
    ...(customer.buyerReference ? [[words.t("invoiceDocument.yourReference"), customer.buyerReference] as [string, string]] : []),
    [words.t("invoiceDocument.paymentReference"), groupedReference(doc.paymentReference)],
  ];
  let right = top;
  for (const [label, value] of facts) {
    write(pdf, label, 300, right, { size: 8.5, color: MUTED, width: 80 });
    right = write(pdf, value, 382, right, { font: BOLD, size: 8.5, width: RIGHT - 382 }) + 3;
  }
  return Math.max(left, right) + 26;
}

function tableHeader({ doc, words, pdf }: Page, y: number) {
  pdf.rect(PAGE.margin, y, RIGHT - PAGE.margin, 20).fill(doc.supplier.colour);
  for (const [key, column] of Object.entries(COLUMNS)) {
    const padding = column.align === "left" ? 6 : 0;
    const width = column.align === "right" && key === "amount" ? column.width - 6 : column.width;
    write(pdf, words.t(`invoiceDocument.column.${key}`), column.x + padding, y + 6, {
      font: BOLD,
      size: 8,
      color: "#ffffff",
      width: width - padding,
      align: column.align,
      height: 10,
      ellipsis: true,
    });
  }
  return y + 26;
}

/** A new page for the rest of the lines: a slim header, then the column headings again. */
function continuation(page: Page) {
  const { doc, words, title, pdf } = page;
  pdf.addPage();
  write(pdf, words.t("invoiceDocument.continued", { title, number: doc.number }), PAGE.margin, PAGE.margin, {
    font: BOLD,
    size: 11,
    color: doc.supplier.colour,
  });
  write(pdf, doc.customer.name, PAGE.margin, PAGE.margin + 16, { size: 9, color: MUTED });
  return PAGE.margin + 40;
}

function lineCells(words: DocumentWords, line: DocumentLine) {
  return {
    quantity: words.quantity(line.quantity, line.unitCode),
    unitPrice: words.money(line.unitCents),
    btw: words.rate(line.btw.category, line.btw.percent),
    amount: words.money(line.netCents),
  };
}

function linesTable(page: Page, top: number) {
  const { doc, words, pdf } = page;
  const description = COLUMNS.description;
  let y = tableHeader(page, top);
  for (const line of doc.lines) {
    const textWidth = description.width - 12;
    pdf.font(FONT).fontSize(9);
    const descriptionHeight = pdf.heightOfString(winAnsiText(line.description), { width: textWidth });
    const height = descriptionHeight + (line.period ? 12 : 0) + 10;
    if (y + height > CONTENT_BOTTOM) y = tableHeader(page, continuation(page));

    write(pdf, line.description, description.x + 6, y, { size: 9, width: textWidth });
    if (line.period)
      write(pdf, words.period(line.period), description.x + 6, y + descriptionHeight + 1, { size: 8, color: MUTED, width: textWidth });
    const cells = lineCells(words, line);
    for (const key of ["quantity", "unitPrice", "btw", "amount"] as const) {
      const column = COLUMNS[key];
      write(pdf, cells[key], column.x, y, { size: 9, width: key === "amount" ? column.width - 6 : column.width, align: "right" });
    }
    y += height;
    pdf
      .moveTo(PAGE.margin, y - 5)
      .lineTo(RIGHT, y - 5)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
  }
  return y + 6;
}

/** Net total, BTW per category and rate (art. 35a), the total and what is still due. */
function totals(page: Page, top: number) {
  const { doc, words, pdf } = page;
  const rows: { label: string; value: string; strong?: boolean }[] = [
    { label: words.t("invoiceDocument.totals.net"), value: words.money(doc.totals.netCents) },
  ];
  for (const subtotal of doc.btwBreakdown) {
    const base = words.money(subtotal.netCents);
    const label =
      subtotal.category === "E"
        ? words.t("invoiceDocument.totals.exempt", { amount: base })
        : subtotal.category === "AE"
          ? words.t("invoiceDocument.totals.reverseCharge", { amount: base })
          : words.t("invoiceDocument.totals.btw", { rate: `${subtotal.percent}%`, amount: base });
    rows.push({ label, value: words.money(subtotal.btwCents) });
  }
  const credit = doc.kind === "credit_note";
  rows.push({
    label: words.t(credit ? "invoiceDocument.totals.credited" : "invoiceDocument.totals.gross"),
    value: words.money(doc.totals.grossCents),
    strong: !doc.totals.paidCents,
  });
  if (!credit && doc.totals.paidCents) {
    rows.push({ label: words.t("invoiceDocument.totals.paid"), value: words.money(-doc.totals.paidCents) });
    rows.push({ label: words.t("invoiceDocument.totals.due"), value: words.money(doc.totals.dueCents), strong: true });
  }

  let y = top;
  if (y + rows.length * 17 + 10 > CONTENT_BOTTOM) y = continuation(page);
  const x = 300;
  for (const row of rows) {
    if (row.strong) {
      pdf.rect(x, y - 4, RIGHT - x, 20).fill("#eef2f6");
      pdf
        .moveTo(x, y - 4)
        .lineTo(RIGHT, y - 4)
        .lineWidth(1)
        .strokeColor(doc.supplier.colour)
        .stroke();
    }
    const font = row.strong ? BOLD : FONT;
    write(pdf, row.label, x + 6, y, { font, size: row.strong ? 10 : 9, width: 170 });
    write(pdf, row.value, x + 170, y, { font, size: row.strong ? 10 : 9, width: RIGHT - x - 176, align: "right" });
    y += row.strong ? 22 : 16;
  }
  return y + 14;
}

/** "BTW verlegd" with both BTW-ids, the legal ground of an exemption, and the footer notes. */
function notices(page: Page, top: number) {
  const { doc, words, pdf } = page;
  const texts: string[] = [];
  const reasons = new Set<string>();
  for (const subtotal of doc.btwBreakdown) {
    if (subtotal.category === "AE") {
      texts.push(words.t("invoiceDocument.reverseCharge", { customerBtwId: doc.customer.btwId ?? "", supplierBtwId: doc.supplier.btwId }));
    }
    if ((subtotal.category === "E" || subtotal.category === "AE") && subtotal.exemptionReason && !reasons.has(subtotal.exemptionReason)) {
      reasons.add(subtotal.exemptionReason);
      texts.push(words.t("invoiceDocument.exemption", { reason: subtotal.exemptionReason }));
    }
  }
  texts.push(...doc.notes);
  let y = top;
  const width = RIGHT - PAGE.margin;
  for (const text of texts) {
    pdf.font(FONT).fontSize(8.5);
    if (y + pdf.heightOfString(winAnsiText(text), { width }) > CONTENT_BOTTOM) y = continuation(page);
    y = write(pdf, text, PAGE.margin, y, { size: 8.5, color: MUTED, width }) + 5;
  }
  return y + 10;
}

/** How to pay: the transfer in words beside the betaal-QR; a credit note says what happens instead. */
function payment(page: Page, top: number) {
  const { doc, words, pdf } = page;
  const due = doc.kind === "invoice" && doc.totals.dueCents > 0;
  const boxHeight = due ? 112 : 46;
  let y = top;
  if (y + boxHeight > CONTENT_BOTTOM) y = continuation(page);
  pdf
    .roundedRect(PAGE.margin, y, RIGHT - PAGE.margin, boxHeight, 6)
    .lineWidth(1)
    .strokeColor(doc.supplier.colour)
    .stroke();
  write(
    pdf,
    words.t(doc.kind === "credit_note" ? "invoiceDocument.pay.creditTitle" : "invoiceDocument.pay.title"),
    PAGE.margin + 14,
    y + 12,
    { font: BOLD, size: 10, color: doc.supplier.colour },
  );
  const text =
    doc.kind === "credit_note"
      ? words.t("invoiceDocument.pay.credit")
      : !due
        ? words.t("invoiceDocument.pay.paid")
        : words.t("invoiceDocument.pay.instruction", {
            amount: words.money(doc.totals.dueCents),
            dueDate: words.day(doc.dueDate),
            iban: formatIban(doc.supplier.iban),
            name: doc.supplier.legalName,
            reference: groupedReference(doc.paymentReference),
          });
  write(pdf, text, PAGE.margin + 14, y + 28, { size: 9, width: due ? 330 : RIGHT - PAGE.margin - 28, lineGap: 2 });
  if (due) {
    const size = 88;
    drawQr(pdf, epcQrPayload(doc), RIGHT - size - 12, y + 12, size);
    write(pdf, words.t("invoiceDocument.pay.qr"), RIGHT - size - 190, y + 90, { size: 7.5, color: MUTED, width: 170, align: "right" });
  }
}

/** Every page: who sent it (name, KvK, BTW-id, IBAN) and "page x of y". */
function footers({ doc, words, pdf }: Page) {
  const { supplier } = doc;
  const range = pdf.bufferedPageRange();
  const line = [
    supplier.legalName,
    `${words.t("invoiceDocument.kvk")} ${supplier.kvk}`,
    `${words.t("invoiceDocument.btwId")} ${supplier.btwId}`,
    `${words.t("invoiceDocument.iban")} ${formatIban(supplier.iban)}`,
  ].join("  ·  ");
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    // Text below the bottom margin would make pdfkit start a new page.
    pdf.page.margins.bottom = 0;
    const y = PAGE.height - 50;
    pdf
      .moveTo(PAGE.margin, y - 8)
      .lineTo(RIGHT, y - 8)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    write(pdf, line, PAGE.margin, y, { size: 7.5, color: MUTED, width: 425 });
    write(pdf, words.t("invoiceDocument.page", { page: i + 1, pages: range.count }), RIGHT - 65, y, {
      size: 7.5,
      color: MUTED,
      width: 65,
      align: "right",
    });
  }
}

/** "8202600000000042" → "8202 6000 0000 0042", the way banks print a betalingskenmerk. */
function groupedReference(reference: string) {
  return reference.replace(/(\d{4})(?=\d)/g, "$1 ");
}

function countryName(code: string, language: string) {
  return new Intl.DisplayNames([language === "nl" ? "nl-NL" : "en-GB"], { type: "region" }).of(code) ?? code;
}
