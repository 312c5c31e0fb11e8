import type { Browser, Page } from "@playwright/test";
import {
  demoAccount,
  expect,
  expectNoAxeViolations,
  latestMailTo,
  logIn,
  LONG_TEST_TIMEOUT,
  separatePage,
  signUpVerified,
  test,
  uniqueEmail,
  viaMenu,
} from "./fixtures";

/** A separate browser (its own cookies): the attacker, the manager and the real owner each have one. */
async function browserPage(browser: Browser) {
  return (await separatePage(browser)).page;
}

async function inviteAs(manager: Page, name: string, email: string, role: string) {
  await logIn(manager, demoAccount("manager").email);
  await viaMenu(manager, "Beheer", "Mensen en rollen");
  const form = manager.locator("form", { has: manager.getByRole("button", { name: "Uitnodiging versturen" }) });
  await form.getByLabel("Naam").fill(name);
  await form.getByLabel("E-mailadres", { exact: true }).fill(email);
  await form.getByLabel("Rol").selectOption({ label: role });
  await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(manager.getByRole("status")).toContainText(`Uitnodiging verstuurd naar ${email}`);
}

test("an attacker who signs up with a future colleague's address is locked out once the colleague accepts the invitation", async ({
  page,
  browser,
}) => {
  test.setTimeout(LONG_TEST_TIMEOUT);
  const email = uniqueEmail("toekomstige-collega");
  const attackerPassword = "het wachtwoord van de aanvaller";

  // The attacker signs up with the colleague's address and logs in, but the account gains nothing.
  await page.goto("/signup");
  await page.getByLabel("Volledige naam", { exact: true }).fill("Nieuwe Collega");
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(attackerPassword);
  await page.getByLabel(/Ik ga akkoord/).check();
  await page.getByRole("main").getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in je e-mail" })).toBeVisible();
  await logIn(page, email, attackerPassword);
  await page.goto("/daypass");
  await expect(page).toHaveURL(/\/verify-email\?redirectTo=%2Fdaypass/);
  await expect(page.getByText("Bevestig eerst je e-mailadres")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Stuur de link opnieuw" }).click();
  await expect(page.getByRole("status")).toContainText("We hebben een nieuwe link gestuurd");

  // The manager invites the address.
  const manager = await browserPage(browser);
  await inviteAs(manager, "Nieuwe Collega", email, "Medewerker werkplaats");
  await manager.context().close();

  // The real owner opens the invitation from their mailbox and chooses their own password.
  const owner = await browserPage(browser);
  const mail = await latestMailTo(page, email);
  expect(mail.link).toContain("/invite/");
  await owner.goto(mail.link!);
  await expect(owner.getByText("nog niet bevestigd")).toBeVisible();
  await expectNoAxeViolations(owner);
  await owner.getByLabel("Wachtwoord", { exact: true }).fill("de eigen zin van de collega");
  await owner.getByLabel("Herhaal het nieuwe wachtwoord").fill("de eigen zin van de collega");
  await owner.getByLabel(/Ik ga akkoord/).check();
  await owner.getByRole("button", { name: "Uitnodiging accepteren" }).click();
  await expect(owner.getByText("Je bent hier medewerker werkplaats.")).toBeVisible();
  await owner.context().close();

  // The attacker's session is gone and the old password no longer works.
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Inloggen" })).toBeVisible();
  await page.goto("/login");
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(attackerPassword);
  await page.getByRole("main").getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("alert")).toContainText("Deze combinatie van e-mailadres en wachtwoord kennen we niet.");
});

test("an invitation link for an existing account logs nobody in: it asks to log in to that account first", async ({ page, browser }) => {
  test.setTimeout(LONG_TEST_TIMEOUT);
  const email = uniqueEmail("bestaand");
  await signUpVerified(page, { name: "Bestaand Lid", email, password: "een eigen lange zin" });
  await page.context().clearCookies();

  const manager = await browserPage(browser);
  await inviteAs(manager, "Bestaand Lid", email, "Partner");
  await manager.context().close();

  const mail = await latestMailTo(page, email);
  await page.goto(mail.link!);
  await expect(page.getByText(`Er bestaat al een account met ${email}. Log eerst in`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Uitnodiging accepteren" })).toHaveCount(0);
  await expect(page.getByRole("banner").getByRole("link", { name: "Inloggen" })).toBeVisible();

  await page.getByRole("main").getByRole("link", { name: "Inloggen" }).click();
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill("een eigen lange zin");
  await page.getByRole("main").getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("button", { name: "Uitnodiging accepteren" }).click();
  await expect(page.getByText("Je bent hier partner.")).toBeVisible();
});

test("the outbox says that it shows links in full outside production", async ({ page, loginAs }) => {
  await loginAs("manager", "/admin/outbox");
  await expect(page.getByText("Demo- of ontwikkelomgeving: links worden hier volledig getoond")).toBeVisible();
});
