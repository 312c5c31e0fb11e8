import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./tests/support/chromium.js";

const port = Number(process.env.E2E_PORT ?? 3100);
// The specs that pay through Stripe run against a second app, configured for the local Stripe
// server (tests/support/stripe-server/), so every other journey keeps a werkplaats without Stripe.
const stripeAppPort = port + 1;
const stripeApiPort = port + 2;
process.env.STRIPE_TEST_URL ??= `http://127.0.0.1:${stripeApiPort}`;
const stripeSpecs = /(ticket|invoice|strippenkaart)-checkout\.spec\.ts$/;

// Debian's chromium when present (the machines here cannot download Playwright's browser);
// otherwise Playwright's own, if installed.
const executablePath = findChromium();

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  // Tests, not files, are shared out between the workers: one file of eight axe walks no longer
  // keeps a worker busy while the other idles. No test counts on another of its file (each makes
  // the data it needs), so any test may run in any worker.
  fullyParallel: true,
  // Four workers on two cores: a journey mostly waits (a page load, hydration, the server, a
  // poll), about a third of a core each (the English walk: 45 s of CPU in 138 s), so two
  // workers left the cores half idle. E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS ?? 4),
  forbidOnly: true,
  retries: 0,
  // Sized for a shared 2-core CI machine with other work beside it, where a page load with
  // hydration can take seconds: these are ceilings for waiting, a passing test does not pay them.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    // A trace records a screenshot and a DOM snapshot at every step of EVERY test, kept or not:
    // it nearly doubled the CPU time of Chromium and the runner together (36 page loads: 26 s
    // with, 14 s without). A CI log is all that survives a CI run, so there it is off; on a
    // developer's machine a failing test still leaves its trace. The screenshot of a failure
    // costs nothing until a test fails.
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [
    {
      name: "chromium",
      testIgnore: stripeSpecs,
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: chromiumArgs } },
    },
    {
      name: "stripe",
      testMatch: stripeSpecs,
      use: {
        ...devices["Desktop Chrome"],
        baseURL: `http://127.0.0.1:${stripeAppPort}`,
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
  ],
  webServer: [
    {
      command: "node tests/support/e2e-server.js",
      url: `http://127.0.0.1:${port}/healthz`,
      // E2E_REUSE_SERVER=true runs against a server already listening on E2E_PORT (started with
      // tests/support/e2e-server.js), e.g. to prove the suite can run twice on one database.
      reuseExistingServer: process.env.E2E_REUSE_SERVER === "true",
      timeout: 180_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { E2E_PORT: String(port) },
    },
    {
      command: "node tests/support/e2e-server.js",
      url: `http://127.0.0.1:${stripeAppPort}/healthz`,
      reuseExistingServer: process.env.E2E_REUSE_SERVER === "true",
      timeout: 180_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { E2E_PORT: String(stripeAppPort), E2E_STRIPE_API_PORT: String(stripeApiPort) },
    },
  ],
});
