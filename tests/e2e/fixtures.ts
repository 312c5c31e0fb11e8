import { createHash, randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type Cookie, type Page } from "@playwright/test";
import { demoLogins } from "../../db/seed/people";
import { DEMO_PASSWORD } from "../../db/factories";
import type { Role } from "../../app/modules/auth/roles";

/** The demo account that holds a role (seeded by the e2e server); `nth` picks another one. */
export function demoAccount(role: Role, nth = 0) {
  const account = demoLogins.filter((p) => p.roles.includes(role))[nth];
  if (!account) throw new Error(`no demo account number ${nth} with role ${role}`);
  return account;
}

const runNonce = randomBytes(8).toString("hex");

/**
 * The ceiling for a test that walks many pages (a journey of several people, an axe tour). On a
 * shared 2-core machine with other work beside it, a page load with hydration takes 5–10 s, so
 * thirty of them need minutes; a passing test on a quiet machine does not come near this, and
 * every single wait inside keeps its own, shorter limit (see playwright.config.ts).
 */
export const LONG_TEST_TIMEOUT = 360_000;

/**
 * The client address this test's browsers present in X-Forwarded-For (the e2e server trusts one
 * proxy hop). Each test, in each run, is a client of its own: the hourly per-address limits
 * (sign-up 20 an hour) then count one journey, not the whole suite, so the suite passes again
 * on the same server within the hour and with any number of workers, while the limits stay on.
 */
function clientAddress() {
  const info = test.info();
  const digest = createHash("sha256").update(`${runNonce}:${info.testId}:${info.repeatEachIndex}:${info.retry}`).digest();
  return `10.${digest[0]}.${digest[1]}.${digest[2]}`;
}

/** Options for a browser context of this test's own: the project's address, language, zone and client address. */
function contextOptions() {
  const use = test.info().project.use;
  return {
    baseURL: use.baseURL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    extraHTTPHeaders: { "X-Forwarded-For": clientAddress() },
  };
}

/**
 * Fails with every WCAG 2.1 AA violation axe finds on the page, named by rule and element.
 *
 * Legacy mode runs axe.run() in the page itself. The default mode runs axe in each frame and
 * then opens a blank page, loads axe into it a second time and merges the results there: that
 * is for cross-origin iframes, which no page of ours has, and it made every check about 40%
 * slower (same rules, same findings: measured on /, /login and /events).
 */
export async function expectNoAxeViolations(page: Page, what?: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).setLegacyMode().analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    what,
  ).toEqual([]);
}

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("main").getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("button", { name: /^(Accountmenu van|Account menu for) / })).toBeVisible();
}

export async function logOut(page: Page) {
  await page.getByRole("button", { name: /^(Accountmenu van|Account menu for) / }).click();
  await page.getByRole("menuitem", { name: "Uitloggen" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Inloggen" })).toBeVisible();
}

// The manager session that reads the outbox, kept by this worker: a log-in per email read was
// a good part of the journeys' time on a busy machine.
let outboxSession: Promise<Cookie[]> | undefined;

/** The character references React writes into text. */
const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'" };

/**
 * The text of the newest email to `to` in the outbox page's HTML (its cards list the newest
 * first; each holds "Aan: <address>" and the message in a <pre>), or undefined.
 */
function mailIn(html: string, to: string) {
  const text = (fragment: string) =>
    fragment
      .replace(/<!-- -->/g, "")
      .replace(/<[^>]+>/g, "")
      .replace(/&(#x27|#39|\w+);/g, (whole, name: string) => entities[name] ?? whole);
  for (const card of html.split(/<li\b[^>]*class="card"[^>]*>/).slice(1)) {
    if (!text(card).includes(`Aan: ${to}`)) continue;
    const pre = /<pre\b[^>]*>([\s\S]*?)<\/pre>/.exec(card)?.[1];
    if (pre !== undefined) return text(pre);
  }
  return undefined;
}

/**
 * Reads the newest email to an address from /admin/outbox in a separate manager session. The
 * page is read as HTML, as the server wrote it, not drawn in a browser: the outbox of a whole
 * run is long, and drawing it for each of some twenty reads a run was work without a check.
 */
export async function latestMailTo(page: Page, to: string) {
  const context = await page.context().browser()!.newContext(contextOptions());
  try {
    if (outboxSession) await context.addCookies(await outboxSession);
    let outbox = outboxSession ? await context.request.get("/admin/outbox") : undefined;
    // First read, or a test ended the manager's sessions: log in again.
    if (!outbox || new URL(outbox.url()).pathname !== "/admin/outbox") {
      await logIn(await context.newPage(), demoAccount("manager").email);
      outboxSession = context.cookies();
      outbox = await context.request.get("/admin/outbox");
    }
    expect(outbox.status(), "/admin/outbox").toBe(200);
    const body = mailIn(await outbox.text(), to);
    if (body === undefined) throw new Error(`no email to ${to} in /admin/outbox`);
    return { body, link: body.match(/https?:\/\/\S+/)?.[0] ?? null };
  } finally {
    await context.close();
  }
}

/** Fills in and submits the sign-up form; the answer is "check your email" whatever the address. */
export async function submitSignUp(page: Page, account: { name: string; email: string; password: string }) {
  await page.goto("/signup");
  await page.getByLabel("Volledige naam", { exact: true }).fill(account.name);
  await page.getByLabel("E-mailadres", { exact: true }).fill(account.email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(account.password);
  await page.getByLabel(/Ik ga akkoord/).check();
  await page.getByRole("main").getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in je e-mail" })).toBeVisible();
}

/** Signs up and proves the address with the link from /admin/outbox; the page ends logged in. */
export async function signUpVerified(page: Page, account: { name: string; email: string; password: string }) {
  await submitSignUp(page, account);
  const mail = await latestMailTo(page, account.email);
  await logIn(page, account.email, account.password);
  await page.goto(mail.link!);
  await page.getByRole("button", { name: "E-mailadres bevestigen" }).click();
  await expect(page.getByText("Je e-mailadres is bevestigd.")).toBeVisible();
}

type Fixtures = {
  /**
   * Puts the page, on `path` (the start page unless given), in a session of the demo account
   * holding `role`. The session is shared by the tests of a worker, so a test that logs out or
   * ends sessions must log in on its own with `logIn(page, demoAccount(role).email)`. A test that
   * starts elsewhere names its first page here: a start page loaded only to leave it was one
   * page load (the heaviest page of most roles) per test.
   */
  loginAs: (role: Role, path?: string) => Promise<void>;
};

type WorkerFixtures = {
  /** The session cookies of each demo role, from one real login per worker. */
  demoSession: (role: Role) => Promise<Cookie[]>;
};

export const test = base.extend<Fixtures, WorkerFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this destructuring; it must be an object pattern
  extraHTTPHeaders: async ({}, use) => {
    await use({ "X-Forwarded-For": clientAddress() });
  },
  demoSession: [
    async ({ browser }, use, workerInfo) => {
      const sessions = new Map<Role, Promise<Cookie[]>>();
      await use((role) => {
        let session = sessions.get(role);
        if (!session) {
          session = (async () => {
            const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL, locale: "nl-NL" });
            await logIn(await context.newPage(), demoAccount(role).email);
            const cookies = await context.cookies();
            await context.close();
            return cookies;
          })();
          sessions.set(role, session);
        }
        return session;
      });
    },
    { scope: "worker" },
  ],
  loginAs: async ({ page, demoSession }, use) => {
    await use(async (role, path = "/") => {
      await page.context().addCookies(await demoSession(role));
      await page.goto(path);
      await expect(page.getByRole("button", { name: /^(Accountmenu van|Account menu for) / })).toBeVisible();
    });
  },
});

export { expect };

/**
 * Looks at a page at a laptop's and a phone's width (1366 and 390 px): nothing may scroll
 * sideways, and a full-page screenshot of each width goes to the test's output folder to look at.
 * Not in CI: nobody looks at them there (only the log survives a CI run) and each PNG costs
 * Chromium about 0.3 s of CPU, some 80 a run; the sideways check runs everywhere.
 */
export async function shoot(page: Page, name: string) {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
    // A full-page capture is a wait for the browser, not a user's action: with four workers on
    // PGlite it took longer than the 20 s action timeout and failed billing.spec on a page that
    // worked (`npm test` outside CI takes these pictures; CI does not).
    if (!process.env.CI) await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true, timeout: 90_000 });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** A unique address per test run so specs can repeat on the same database. */
export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}@example.nl`;
}

/** Follows a link in the main menu, opening its group (Werkplek, Agenda, Beheer) first. */
export async function viaMenu(page: Page, group: string, link: string) {
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  await nav.getByRole("button", { name: group }).click();
  await nav.getByRole("link", { name: link }).click();
}

/** A page in a browser context of its own (its own cookies), for a second person in a journey. */
export async function separatePage(browser: Browser) {
  const context = await browser.newContext(contextOptions());
  return { page: await context.newPage(), close: () => context.close() };
}

/** A name no other test or earlier run uses, so a journey counts only what it made itself. */
export function uniqueName(prefix: string) {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** The manager (logged in on `manager`) adds an area of the journey's own on /admin/desks. */
export async function addArea(manager: Page, name: string, flexCapacity: number) {
  await manager.goto("/admin/desks");
  const form = manager.locator("section", { has: manager.getByRole("heading", { name: "Nieuwe zone" }) });
  await form.getByLabel("Naam van de zone").fill(name);
  await form.getByLabel("Aantal flexplekken").fill(String(flexCapacity));
  await form.getByRole("button", { name: "Zone toevoegen" }).click();
  await expect(manager.getByRole("status")).toContainText(`Zone ${name} toegevoegd.`);
}

/** The manager adds a fixed desk to an area on /admin/desks. */
export async function addDesk(manager: Page, area: string, label: string) {
  await manager.goto("/admin/desks");
  const card = manager.locator("section", { has: manager.getByRole("heading", { name: area, exact: true }) });
  await card.getByLabel("Nummer", { exact: true }).fill(label);
  await card.getByRole("button", { name: "Werkplek toevoegen" }).click();
  await expect(manager.getByRole("status")).toContainText(`Werkplek ${label} toegevoegd.`);
}

/** A logged-in, verified account applies for a plan from /membership/apply. */
export async function applyForMembership(page: Page, plan: string, startDate: string) {
  await page.goto("/membership/apply");
  await page.getByLabel("Abonnement", { exact: true }).selectOption({ label: plan });
  await page.getByLabel("Startdatum", { exact: true }).fill(startDate);
  await page.getByLabel("Wat doe je?").fill("Ik help winkels in de binnenstad met hun webshop.");
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByText("Je aanvraag is verstuurd")).toBeVisible();
}

/**
 * The manager (logged in on `manager`) writes a one-line invoice to a company on
 * /admin/invoices/new and issues it; returns its number. The page ends on the invoice.
 */
export async function issueInvoice(manager: Page, invoice: { company: string; description: string; quantity?: string; unitPrice: string }) {
  await manager.goto("/admin/invoices/new");
  await manager.getByLabel("Bedrijf", { exact: true }).selectOption({ label: invoice.company });
  await manager.getByLabel("Omschrijving", { exact: true }).fill(invoice.description);
  await manager.getByLabel("Aantal", { exact: true }).fill(invoice.quantity ?? "1");
  await manager.getByLabel("Prijs per eenheid excl. btw", { exact: true }).fill(invoice.unitPrice);
  await manager.getByRole("button", { name: "Concept maken" }).click();
  await manager.getByRole("button", { name: "Factuur uitgeven" }).click();
  const issued = manager.getByText(/De factuur is uitgegeven als DOC-\d{4}-\d{5}\./);
  await expect(issued).toBeVisible();
  return (await issued.innerText()).match(/DOC-\d{4}-\d{5}/)![0];
}
