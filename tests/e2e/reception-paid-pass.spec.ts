import type { Browser } from "@playwright/test";
import { addArea, demoAccount, expect, logIn, logOut, separatePage, shoot, signUpVerified, test, uniqueName } from "./fixtures";

/**
 * An area of the test's own, with one flex spot, for its day pass. A pass without a chosen area
 * takes the first area with room: once earlier runs on the same server have filled the demo's
 * areas for today, that was another journey's own area (the membership journey then counted two
 * reservations in its area instead of its member's one).
 */
async function passArea(browser: Browser) {
  const area = uniqueName("Dagpaszone");
  const { page: manager, close } = await separatePage(browser);
  await logIn(manager, demoAccount("manager").email);
  await addArea(manager, area, 1);
  await close();
  return area;
}

test("the reception sells a walk-in a day pass paid by pin at the desk, and the guest is checked in", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const area = await passArea(browser);
  const guest = uniqueName("Gast Balie");
  const email = `${guest.toLowerCase().replace(/\s+/g, ".")}@example.test`;

  await logIn(page, demoAccount("staff").email);
  await page.goto("/reception");
  const walkIn = page.locator("section", { has: page.getByRole("heading", { name: "Dagpas voor een gast" }) });
  await walkIn.getByLabel("Naam", { exact: true }).fill(guest);
  await walkIn.getByLabel("E-mailadres", { exact: true }).fill(email);
  await walkIn.getByLabel("Zone", { exact: true }).selectOption({ label: area });
  // The desk sees what to charge, incl. BTW, and pin is the default.
  await expect(walkIn.getByText(/Betaling van €\s?\d+,\d{2} incl\. btw/)).toBeVisible();
  await expect(walkIn.getByLabel("Nu betaald met pin")).toBeChecked();
  await shoot(page, "reception-walk-in");
  await walkIn.getByRole("button", { name: "Dagpas uitgeven en inchecken" }).click();

  await expect(page.getByText(new RegExp(`${guest} is ingecheckt in ${area} met dagpas [A-Z0-9]{6}, met pin betaald\\.`))).toBeVisible();
  const inside = page.locator("section", { hasText: "Vandaag binnen" });
  await expect(inside.getByText(guest)).toBeVisible();

  // Found again: in since now, and no pay buttons (it is paid).
  await page.getByLabel("Naam, e-mailadres, bedrijf of code").fill(guest);
  await page.getByRole("button", { name: "Zoeken" }).click();
  const hit = page.getByRole("listitem").filter({ hasText: guest });
  await expect(hit.getByText(/Binnen sinds/)).toBeVisible();
  await expect(hit.getByText("Nog niet betaald")).toHaveCount(0);
  await expect(hit.getByRole("button", { name: /betaald:/ })).toHaveCount(0);
  await shoot(page, "reception-paid-pass");

  // The manager finds the receipt paid in the ledger.
  await logOut(page);
  await logIn(page, demoAccount("manager").email);
  await page.goto("/admin/invoices");
  const row = page.getByRole("row").filter({ hasText: guest });
  await expect(row.getByText("Betaald", { exact: true }).filter({ visible: true })).toBeVisible();
});

test("the reception takes cash for a pass bought online; the guest saw it unpaid with how to pay", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const area = await passArea(browser);
  const name = uniqueName("Gast Online");
  const account = { name, email: `${name.toLowerCase().replace(/\s+/g, ".")}@example.test`, password: "een-lang-wachtwoord-2026" };
  const guestContext = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "nl-NL" });
  const guestPage = await guestContext.newPage();
  await signUpVerified(guestPage, account);
  await guestPage.goto("/daypass");
  await expect(guestPage.getByText(/€\s?\d+,\d{2} per dag, inclusief \d+% btw/)).toBeVisible();
  await guestPage.getByLabel("Zone", { exact: true }).selectOption({ label: area });
  await guestPage.getByRole("button", { name: "Dagpas kopen" }).click();
  // Before 10:00 the pass reads "Nog niet betaald", after it "Vervallen"; either way it says how to pay.
  await expect(
    guestPage.getByText(
      /Maak €\s?\d+,\d{2} over naar NL44 RABO 0123 4567 89 onder vermelding van betalingskenmerk \d{4} \d{4} \d{4} \d{4}/,
    ),
  ).toBeVisible();
  await expect(guestPage.getByRole("link", { name: /^Factuur DOC-\d{4}-\d{5}$/ })).toBeVisible();
  await shoot(guestPage, "daypass-unpaid");
  await guestContext.close();

  await logIn(page, demoAccount("staff").email);
  await page.goto(`/reception?q=${encodeURIComponent(name)}`);
  const hit = page.getByRole("listitem").filter({ hasText: name });
  await expect(hit.getByText("Nog niet betaald")).toBeVisible();
  await shoot(page, "reception-unpaid-pass");
  await hit.getByRole("button", { name: `Dagpas van ${name} betaald: contant` }).click();
  await expect(page.getByText(`Dagpas van ${name} is contant betaald.`)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: name }).getByText("Nog niet betaald")).toHaveCount(0);
});

test("people see plan and ticket prices incl. BTW, business plans excl. BTW", async ({ page }) => {
  await page.goto("/plans");
  await expect(page.getByText(/^incl\. 21% btw · €\s?\d+,\d{2} excl\. btw/).first()).toBeVisible();
  await expect(page.getByText(/^excl\. btw · €\s?\d+,\d{2} incl\. 21% btw/).first()).toBeVisible();
  await shoot(page, "plans-prices");
  await page.goto("/events");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/excl\. btw/)).toHaveCount(0);
  await shoot(page, "events-prices");
});
