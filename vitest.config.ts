import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "~": path.resolve(__dirname, "app"),
  "#db": path.resolve(__dirname, "db"),
};

const workers = Math.max(3, os.availableParallelism());

export default defineConfig({
  resolve: { alias },
  test: {
    // Vitest's default is one worker fewer than there are cores: one file at a time on a 2-core
    // CI machine, while an integration file spends much of its time waiting on PostgreSQL or on a
    // server process it started. Every file has a database of its own, so files may overlap.
    // At least three: two files that mostly wait (the fuzz walk on its servers, the ledger's race
    // of a thousand issues on one counter) held both workers of two for minutes while the other
    // files queued behind them. As many workers kept as started: with fewer kept (vitest's
    // default on two cores is one) tinypool ended idle workers, and with isolate: false a run of
    // three files ended as soon as the first passed, "Terminating worker thread", the other two
    // left running as orphans (vitest-dev/vitest#8133, #8564).
    maxWorkers: workers,
    minWorkers: workers,
    // A worker's process and the modules it loaded serve all its files, one after another
    // (decision 065): loading the app's module graph again for every file cost ~3.4 s of CPU a
    // file (48 s against 21 s for eight integration files), most of a small file's cost. Each
    // integration file still gets a database of its own (setupFiles run per file); a test that
    // changes process.env or the clock puts it back. Only the root's poolOptions count: set in a
    // project they are ignored (each file got a fresh process).
    poolOptions: { forks: { isolate: false } },
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // Some unit tests wait on poppler (pdftotext, pdftoppm) or decode a QR from pixels: a
          // second on a quiet machine, past vitest's 5 s default with busy loops beside them.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One database per test file, copied from a migrated template (see tests/support/db.ts).
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/per-file-database.ts"],
          pool: "forks",
          // Cheap argon2 parameters: many tests sign up and log in (production refuses this).
          env: { TEST_FAST_PASSWORD_HASHING: "true" },
          // Ceilings for waits, not budgets: a test that signs people up and logs them in takes
          // seconds on a quiet machine, but ten times as long with two files and busy loops
          // beside it on two cores.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
