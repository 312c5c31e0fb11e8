// Runs a database script (db:migrate, db:seed). The mistakes an operator can make (a PGlite folder
// another process holds, a bad environment) are told in one line, not as a stack trace.
import { EnvError } from "../app/utils/env.server";
import { FolderLockedError } from "../app/utils/folder-lock.server";

export async function runScript(name: string, main: () => Promise<void>) {
  try {
    await main();
  } catch (error) {
    if (error instanceof FolderLockedError || error instanceof EnvError) {
      process.stderr.write(`${name} cannot run: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
