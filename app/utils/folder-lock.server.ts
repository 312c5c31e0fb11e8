import fs from "node:fs";
import path from "node:path";

/**
 * One process per PGlite folder. PGlite is PostgreSQL compiled to WebAssembly inside this
 * process: two processes on one folder each believe they own it, accept the same writes, lose
 * one another's and leave the folder unreadable. A lock file inside the folder names the PID that
 * holds it; a lock whose process is gone (killed, crashed, machine restarted) is stale and taken
 * over.
 */
export const LOCK_FILE = "werkplaats.lock";

export class FolderLockedError extends Error {
  override name = "FolderLockedError";
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(`the database folder ${folder} is in use by process ${pid}; stop that process first (or set PGLITE_DIR to another folder)`);
  }
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holderOf(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the folder's lock for this process, or throws FolderLockedError naming the holder. Returns the release function. */
export function lockFolder(folder: string): () => void {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      // "wx": created only if it does not exist, atomically, so two starting processes cannot both win.
      fs.writeFileSync(file, `${process.pid}\n`, { flag: "wx" });
      const release = () => {
        if (holderOf(file) === process.pid) fs.rmSync(file, { force: true });
        process.off("exit", release);
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = holderOf(file);
    if (holder !== undefined && holder !== process.pid && alive(holder)) throw new FolderLockedError(folder, holder);
    // Stale (its process is gone, or a half-written file): take it over. Renaming first means
    // only one of two processes doing this at once removes it; the other tries again.
    const stale = `${file}.stale-${process.pid}`;
    try {
      fs.renameSync(file, stale);
      fs.rmSync(stale, { force: true });
    } catch {
      // Someone else moved it first.
    }
  }
  const holder = holderOf(file);
  throw new FolderLockedError(folder, holder ?? 0);
}
