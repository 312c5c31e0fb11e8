import { test as base, expect, type Page } from "@playwright/test";
import { demoLogins } from "../../db/seed/people";
import { DEMO_PASSWORD } from "../../db/factories";
import type { Role } from "../../app/modules/auth/roles";

/** The demo account that holds a role (seeded by the e2e server). */
export function demoAccount(role: Role) {
  const account = demoLogins.find((p) => p.roles.includes(role));
  if (!account) throw new Error(`no demo account with role ${role}`);
  return account;
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

/** Reads the newest email to an address from /admin/outbox in a separate manager session. */
export async function latestMailTo(page: Page, to: string) {
  const context = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL, locale: "nl-NL" });
  const manager = await context.newPage();
  await logIn(manager, demoAccount("manager").email);
  await manager.goto("/admin/outbox");
  const item = manager.locator("li.card", { hasText: `Aan: ${to}` }).first();
  await item.getByText("Bericht tonen").click();
  const body = await item.locator("pre").innerText();
  await context.close();
  return { body, link: body.match(/https?:\/\/\S+/)?.[0] ?? null };
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
  /** Logs the page in as the demo account holding `role`. */
  loginAs: (role: Role) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  loginAs: async ({ page }, use) => {
    await use(async (role) => logIn(page, demoAccount(role).email));
  },
});

export { expect };

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
