// `npm run validate:ubl`: writes the UBL of every sample document kind to a temporary folder
// and runs the official SI-UBL 2.0 (NLCIUS) validation artefacts on them. The validator lives
// outside the repository (SI_UBL_VALIDATE, default ../shared/tools/si-ubl/validate), so this is
// a script to run before changing the UBL writer, not part of `npm test`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { invoiceUbl } from "~/modules/billing/index.server";
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
const result = spawnSync(validator, [...process.argv.slice(2), ...files], { encoding: "utf8" });
process.stderr.write(result.stderr);
process.stdout.write(result.stdout);
if (result.status === 2 || result.status === null) process.exit(2);

// SI-UBL 2.0 wants a KvK or OIN number for every Dutch buyer (BR-NL-10), which a consumer does
// not have (decision 040): that one failure is expected for the consumer sample, nothing else.
const unexpected = result.stdout
  .split("\n")
  .filter((line) => line.startsWith("FAIL"))
  .filter((line) => !line.includes(`${path.sep}consumer.xml: 1 fatal (BR-NL-10:`));
if (unexpected.length) process.exit(1);
console.log("All samples pass (the consumer's BR-NL-10 is expected, see docs/decisions/040).");
