// `npm run validate:ubl`: writes the UBL of every sample document kind to a temporary folder
// and runs the official SI-UBL 2.0 (NLCIUS) validation artefacts on them. The validator lives
// outside the repository (SI_UBL_VALIDATE, default ../shared/tools/si-ubl/validate), so this is
// a script to run before changing the UBL writer, not part of `npm test`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { invoiceUbl } from "~/modules/billing/documents/index.server";
import { sampleDocuments } from "../tests/support/invoice-documents";

const validator = path.resolve(process.env.SI_UBL_VALIDATE ?? "../shared/tools/si-ubl/validate");
if (!fs.existsSync(validator)) {
  console.error(`The SI-UBL validator is not at ${validator}; set SI_UBL_VALIDATE to its path.`);
  process.exit(2);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ubl-"));
const files = Object.entries(sampleDocuments).map(([kind, make]) => {
  const file = path.join(dir, `${kind}.xml`);
  fs.writeFileSync(file, invoiceUbl(make()));
  return file;
});
const result = spawnSync(validator, [...process.argv.slice(2), ...files], { stdio: "inherit" });
process.exit(result.status ?? 2);
