// Time to write one invoice's documents: the PDF and the SI-UBL XML of a 20-line invoice.
// `npx tsx bench/documents.ts [runs]` prints milliseconds per document (median and p95) after
// a warm-up, so the figures are what a running server pays, not the first-use cost.
// With DOCUMENT_SAMPLES=DIR it also writes the PDF and UBL of every sample kind there, to look at.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { invoicePdf, invoiceUbl } from "~/modules/billing/index.server";
import { sampleDocuments } from "../tests/support/invoice-documents";

const samples = process.env.DOCUMENT_SAMPLES;
if (samples) {
  fs.mkdirSync(samples, { recursive: true });
  for (const [kind, make] of Object.entries(sampleDocuments)) {
    fs.writeFileSync(path.join(samples, `${kind}.pdf`), await invoicePdf(make()));
    fs.writeFileSync(path.join(samples, `${kind}.xml`), invoiceUbl(make()));
  }
  console.log(`samples written to ${samples}`);
}

const runs = Number(process.argv[2] ?? 200);
const doc = sampleDocuments.long(20);

async function measure(name: string, work: () => unknown) {
  for (let i = 0; i < 20; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(`${name}: median ${at(0.5)} ms, p95 ${at(0.95)} ms (${runs} runs, ${doc.lines.length} lines)`);
}

await measure("UBL per invoice", () => invoiceUbl(doc));
await measure("PDF per invoice", () => invoicePdf(doc));
const pdf = await invoicePdf(doc);
console.log(`PDF size: ${(pdf.byteLength / 1024).toFixed(1)} KB; UBL size: ${(invoiceUbl(doc).length / 1024).toFixed(1)} KB`);
