import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A PDF read back as a reader would (pdftotext), with runs of spaces (also non-breaking ones) made one. */
export function pdfText(bytes: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pdf-text-")), "file.pdf");
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync("pdftotext", ["-enc", "UTF-8", "-layout", file, "-"], { encoding: "utf8" }).replace(/[\u00a0\u202f \t]+/g, " ");
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
