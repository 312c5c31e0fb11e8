import { expect, logIn, separatePage, shoot, signUpVerified, test, uniqueEmail, uniqueName } from "./fixtures";

/**
 * Runs in the "stripe" project: the app beside the local Stripe server (see ticket-checkout.spec.ts).
 * A newcomer buys the demo's strippenkaart: the apply page says it is paid at once, Checkout takes
 * iDEAL, and back in the app the card is there, invoiced and paid, without the manager deciding.
 */
test("a newcomer buys a strippenkaart and pays by iDEAL; the card is theirs at once and its invoice is paid", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const email = uniqueEmail("strip");
  await signUpVerified(page, { name: uniqueName("Sanne Strip"), email, password: "strippenkaart-koper-2026" });

  await page.goto("/membership/apply");
  const plan = page.getByLabel("Abonnement", { exact: true });
  const card = await plan.locator("option", { hasText: "Strippenkaart 10 dagen" }).getAttribute("value");
  await plan.selectOption(card!);
  await page.getByLabel("Op mijn eigen naam").check();
  // Paid at once, not applied for: the page says so and the button carries the price incl. btw.
  await expect(page.getByText("Een strippenkaart koop je meteen")).toBeVisible();
  await expect(page.getByLabel("Wat doe je?")).toHaveCount(0);
  await shoot(page, "strippenkaart-apply");
  await page.getByRole("button", { name: "Kopen en betalen (€ 229,90)" }).click();

  await page.getByRole("button", { name: "Betalen met iDEAL" }).click();
  await page.waitForURL(/\/membership\?betaald=1$/);
  // The webhook may land a moment after the buyer: the page says which of the two it saw.
  await expect(async () => {
    await page.reload();
    await expect(page.getByText("je strippenkaart staat klaar")).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("main").getByRole("heading", { name: "Strippenkaart 10 dagen" })).toBeVisible();
  await shoot(page, "strippenkaart-paid");

  await page.goto("/invoices");
  // One invoice, for the card's price, paid and nothing open.
  const invoice = page.getByRole("row").filter({ hasText: "DOC-" });
  await expect(invoice).toHaveCount(1);
  await expect(invoice).toContainText("€ 229,90");
  await expect(invoice.getByText("Betaald", { exact: true }).filter({ visible: true })).toHaveCount(1);

  // Nothing waits for the manager: no application of this buyer on the manager's list.
  const { page: manager, close } = await separatePage(browser);
  await logIn(manager, "beheer@doc-dordrecht.nl");
  await manager.goto("/admin/memberships?status=pending");
  await expect(manager.getByRole("main")).not.toContainText(email);
  await close();
});
