// A billing run in a process of its own, for the test that kills it with SIGKILL halfway: it
// connects as the server does (DATABASE_URL, or the PGlite folder in PGLITE_DIR) and prints a
// line after each party, so the test knows when to kill it.
import { issueMonth } from "../../app/modules/billing/index.server";
import { connectDatabase } from "../../app/utils/db.server";

const [werkplaatsId, month] = process.argv.slice(2) as [string, string];
await connectDatabase();
await issueMonth(werkplaatsId, null, month, {
  parallel: 1,
  // Small chunks, so the run reports (and is killed) halfway, as with real months of many chunks.
  chunkSize: 4,
  onParty: (outcome) => process.stdout.write(`issued ${outcome.issued}\n`),
});
process.stdout.write("finished\n");
process.exit(0);
