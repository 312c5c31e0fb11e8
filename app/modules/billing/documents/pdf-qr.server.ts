import { encode } from "uqr";

type Canvas = PDFKit.PDFDocument;

/**
 * Draws a QR code as vector squares (a bitmap would blur when printed or zoomed), with the
 * four-module quiet zone scanners need painted white. Runs of dark modules in a row become one
 * rectangle, so a version-6 code is a few hundred path segments, not thousands.
 * Error correction M: what the EPC guideline prescribes for the betaal-QR.
 */
export function drawQr(pdf: Canvas, payload: string, x: number, y: number, size: number) {
  const { data } = encode(payload, { ecc: "M", border: 0 });
  const modules = data.length + 8;
  const unit = size / modules;
  pdf.save();
  pdf.rect(x, y, size, size).fill("#ffffff");
  data.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < row.length && row[c]) c++;
      pdf.rect(x + (start + 4) * unit, y + (r + 4) * unit, (c - start) * unit, unit);
    }
  });
  pdf.fill("#000000");
  pdf.restore();
}
