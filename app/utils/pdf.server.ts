import { createRequire } from "node:module";
import { winAnsiText } from "./pdf-text";

// pdfkit (with its font and compression packages) is loaded at the first PDF, not when the
// server starts: loading it was a tenth of a restart, for a page few requests ask for.
const load = createRequire(import.meta.url);
let pdfkit: typeof import("pdfkit") | undefined;

/** The pdfkit document every PDF of the app is drawn on. */
export type Canvas = PDFKit.PDFDocument;

// A4 in points, with room at the bottom for the footer every page carries.
export const PAGE = { width: 595.28, height: 841.89, margin: 50 };
export const RIGHT = PAGE.width - PAGE.margin;
export const CONTENT_BOTTOM = PAGE.height - 80;
const INK = "#1f2933";
export const MUTED = "#5f6b7a";
export const RULE = "#d5dbe3";
export const FONT = "Helvetica";
export const BOLD = "Helvetica-Bold";

/**
 * An A4 document in the standard fonts (text stays text: searchable, copyable) and the promise
 * of its bytes once `pdf.end()` is called. Pages are buffered, so footers can say "page x of y".
 */
export function startPdf(language: "nl" | "en", info: PDFKit.DocumentInfo) {
  pdfkit ??= load("pdfkit") as typeof import("pdfkit");
  const pdf = new pdfkit({ size: "A4", margin: PAGE.margin, bufferPages: true, lang: language === "nl" ? "nl-NL" : "en-GB", info });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on("error", reject);
  });
  return { pdf, done };
}

/** Text at a place, in the standard fonts' characters; returns where the next line starts. */
export function write(
  pdf: Canvas,
  text: string,
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions & { font?: string; size?: number; color?: string } = {},
) {
  const { font = FONT, size = 9, color = INK, ...rest } = options;
  const wraps = rest.width !== undefined;
  pdf
    .font(font)
    .fontSize(size)
    .fillColor(color)
    .text(winAnsiText(text), x, y, { lineBreak: wraps, ...rest });
  // Without a width pdfkit leaves its cursor where it was; the caller still wants the next line.
  return wraps ? pdf.y : y + pdf.currentLineHeight(true);
}

/** A thin rule across the page, under a row or above a footer. */
export function rule(pdf: Canvas, y: number) {
  pdf.moveTo(PAGE.margin, y).lineTo(RIGHT, y).lineWidth(0.5).strokeColor(RULE).stroke();
}
