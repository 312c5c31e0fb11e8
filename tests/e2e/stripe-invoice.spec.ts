import { demoAccount, expect, logIn, logOut, test } from "./fixtures";

/**
 * Needs the local Stripe server beside the app (the "stripe" project starts both). A member pays
 * their overdue invoice by iDEAL on the test server's hosted page and sees it paid, also in
 * /account/payments; the manager credits it and the credit note's money goes back through Stripe.
 */
test("a member pays an overdue invoice by iDEAL and sees it paid; a credit note on it refunds through Stripe", async ({ page }) => {
  test.setTimeout(180_000);
  await logIn(page, "daan@bitwerk.nl");
  await page.goto("/invoices");
  await page.getByRole("row").filter({ hasText: "Te laat" }).first().getByRole("link").first().click();
  const invoicePath = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Online betalen" }).click();
  await page.getByRole("button", { name: "Betalen met iDEAL" }).click();
  await expect(page.getByText("Dank je wel: je betaling is ontvangen en op de factuur geboekt.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Online betalen" })).toHaveCount(0);

  await page.goto("/account/payments");
  const paid = page.getByRole("table", { name: "Je betalingen via Stripe" }).getByRole("row").filter({ hasText: "iDEAL" });
  await expect(paid.first()).toContainText("Betaald");

  await logOut(page);
  await logIn(page, demoAccount("manager").email);
  await page.goto(invoicePath);
  await page.getByRole("button", { name: "Creditnota uitgeven" }).click();
  await expect(page.getByText(/Creditnota .* is uitgegeven\./)).toBeVisible();
  await page.getByRole("region", { name: "Creditnota's" }).getByRole("link").last().click();
  // The worker refunds within a round (15 s): the credit note then says the money went back.
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(/is via Stripe teruggestort\./)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000, intervals: [3_000] });
});
