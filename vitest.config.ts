import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "~": path.resolve(__dirname, "app"),
  "#db": path.resolve(__dirname, "db"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
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
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
