import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import { afterAll, describe, expect, it } from "vitest";
import type { InvoiceDocument } from "~/modules/billing/document";
import { epcQrPayload, invoicePdf } from "~/modules/billing/documents/index.server";
import { btw, invoiceDocument, sampleCustomers, sampleDocuments } from "../support/invoice-documents";

// The PDF read back the way a person's PDF reader and a bookkeeping tool read it: as text
// (pdftotext) and, for the betaal-QR, as pixels (pdftoppm) handed to a QR decoder.
// Both tools come with poppler-utils.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "invoice-pdf-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function tool(name: string, args: string[]) {
  try {
    return execFileSync(name, args, { encoding: "latin1", maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error(`${name} is missing: install poppler-utils to test the invoice PDF`);
    throw error;
  }
}

async function written(doc: InvoiceDocument) {
  const file = path.join(dir, `${doc.number}-${doc.kind}-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, await invoicePdf(doc));
  return file;
}

/** The text of every page, with runs of spaces (also non-breaking ones) made one. */
async function textOf(doc: InvoiceDocument) {
  const file = await written(doc);
  const raw = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  return raw.split("\f").map((page) => page.replace(/[\u00a0 \t]+/g, " "));
}

describe("invoicePdf", () => {
  it("is a PDF of A4 pages", async () => {
    const file = await written(sampleDocuments.normal());
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
    const info = tool("pdfinfo", [file]);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+Factuur DOC-2026-00042/);
  });

  it("has the number, dates, amounts, IBAN and betalingskenmerk as text, in Dutch", async () => {
    const text = (await textOf(sampleDocuments.normal())).join("\n");
    for (const expected of [
      "Factuur",
      "DOC-2026-00042",
      "1 december 2026",
      "15 december 2026",
      "€ 635,75", // net
      "Btw 21% over € 635,75",
      "€ 133,51", // BTW
      "€ 769,26", // total
      "NL91 ABNA 0417 1643 00",
      "8202 6000 0000 0042",
      "Uw referentie",
      "INK-2026-0417",
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it("shows the werkplaats's logo when it has one, and its name beside its initial when not", async () => {
    // One image row per picture; a transparent PNG adds an "smask" row for its alpha.
    const list = async (doc: InvoiceDocument) =>
      tool("pdfimages", ["-list", await written(doc)])
        .trim()
        .split("\n")
        .slice(2)
        .filter((row) => /^\s*\d+\s+\d+\s+image\s/.test(row));
    const withLogo = await list(sampleDocuments.normal());
    expect(withLogo).toHaveLength(1);
    expect(withLogo[0]).toMatch(/\s360\s+96\s/);
    expect(await list(sampleDocuments.mixed())).toEqual([]);
    expect((await textOf(sampleDocuments.mixed())).join("\n")).toContain("DOC Dordrecht");
  });

  it("names supplier and customer with address, KvK and BTW-id (art. 35a Wet OB)", async () => {
    const text = (await textOf(sampleDocuments.normal())).join("\n");
    for (const expected of [
      "Stichting DOC Dordrecht",
      "Noordendijk 250",
      "3311 RR Dordrecht",
      "KvK 24351682",
      "Btw-id NL123456782B01",
      "Studio Noord B.V.",
      "Voorstraat 180",
      "KvK 68750110",
      "Btw-id NL857206436B01",
      "Leveringsperiode",
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it("is written in English for an English-speaking customer, and says BTW is reverse-charged with both BTW-ids", async () => {
    const text = (await textOf(sampleDocuments.reverseCharge())).join("\n");
    expect(text).toContain("Invoice");
    expect(text).toContain("€550.00");
    expect(text).toContain("VAT reverse-charged on €550.00");
    expect(text).toMatch(/VAT reverse-charged: the customer \(BE0123456749\)[\s\S]*Supplier VAT ID: NL123456782B01/);
    expect(text).toContain("Belgium");
    expect(text).not.toContain("Factuur");
  });

  it("prints the exemption ground of exempt lines, and 9 % and 0 % rates separately", async () => {
    const exempt = (await textOf(sampleDocuments.exempt())).join("\n");
    expect(exempt).toContain("Vrijgesteld van btw over € 790,00");
    expect(exempt).toMatch(/Vrijstelling: Vrijgesteld van btw: beroepsopleiding \(art\. 11 lid 1 onder o Wet OB/);
    const mixed = (await textOf(sampleDocuments.mixed())).join("\n");
    expect(mixed).toContain("Btw 9% over");
    expect(mixed).toContain("Btw 0% over € 85,60");
  });

  it("prints names beyond the standard fonts' letters as their nearest letters, not as other glyphs", async () => {
    const doc = invoiceDocument({
      customer: { ...sampleCustomers.dutchCompany, name: "Şahin İnşaat Łódź – “Bouw” & Zn" },
      lines: [{ description: "Koffie ☕ en thee", quantity: 1, unitCents: 1000, btw: btw.standard }],
    });
    const text = (await textOf(doc)).join("\n");
    expect(text).toContain("Sahin Insaat Lódz – “Bouw” & Zn");
    expect(text).toContain("Koffie ? en thee");
  });

  it("a credit note names the invoice it corrects and asks for no payment", async () => {
    const doc = sampleDocuments.creditNote();
    const text = (await textOf(doc)).join("\n");
    expect(text).toContain("Creditnota");
    expect(text).toContain("DOC-2026-00042 van 1 december 2026");
    expect(text).toContain("Totaal gecrediteerd");
    expect(text).not.toContain("Vervaldatum");
    expect(text).not.toContain("Scan met je bank-app");
  });

  it("runs over pages when the lines do: the column headings on every page, and page x of y", async () => {
    const doc = sampleDocuments.long();
    const pages = (await textOf(doc)).filter((p) => p.trim() !== "");
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain("Omschrijving");
      expect(page, `page ${i + 1}`).toContain(`Pagina ${i + 1} van ${pages.length}`);
      expect(page, `page ${i + 1}`).toContain("KvK 24351682");
    });
    const all = pages.join("\n");
    expect(all.match(/Vergaderruimte De (Kade|Werf)|Vergaderruimte Het Hof|Lunch bij vergadering/g)).toHaveLength(doc.lines.length);
    expect(pages.at(-1)).toContain("Te betalen");
    expect(all).toContain("Al betaald");
  });

  it("carries a betaal-QR that scans back to the EPC payload", async () => {
    for (const doc of [sampleDocuments.normal(), sampleDocuments.long()]) {
      const file = await written(doc);
      const pages = (await textOf(doc)).filter((p) => p.trim() !== "").length;
      const prefix = path.join(dir, `qr-${doc.number}`);
      tool("pdftoppm", ["-gray", "-r", "150", "-f", String(pages), "-l", String(pages), file, prefix]);
      const image = fs.readdirSync(dir).find((f) => f.startsWith(path.basename(prefix)) && f.endsWith(".pgm"))!;
      const { width, height, pixels } = readPgm(fs.readFileSync(path.join(dir, image)));
      expect(jsQR(pixels, width, height)?.data, doc.number).toBe(epcQrPayload(doc));
    }
  }, 30_000);
});

/** A binary greyscale PNM (P5) as RGBA pixels for the decoder. */
function readPgm(bytes: Buffer) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("not a binary PGM");
  const [whole, w, h] = header;
  const width = Number(w);
  const height = Number(h);
  const grey = bytes.subarray(whole.length);
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    pixels.set([grey[i]!, grey[i]!, grey[i]!, 255], i * 4);
  }
  return { width, height, pixels };
}
