import { expect, logIn, separatePage, test } from "./fixtures";

/**
 * Runs in the "stripe" project: the app beside the local Stripe server (see ticket-checkout.spec.ts).
 * The demo leaves Bitwerk's invoice of last month open and overdue; Daan pays it by iDEAL on the
 * test server's hosted page, and the manager's credit note on it is refunded through Stripe.
 */
test("a member pays an overdue invoice by iDEAL and sees it paid; the manager's credit note on it is refunded through Stripe", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await logIn(page, "daan@bitwerk.nl");
  await page.goto("/invoices");
  const overdue = page.getByRole("row").filter({ hasText: "Te laat" }).first();
  await overdue.getByRole("link").first().click();
  await page.waitForURL(/\/invoices\/[0-9a-f-]{36}$/);
  const invoiceUrl = page.url();
  await page.getByRole("button", { name: "Online betalen" }).click();
  await page.getByRole("button", { name: "Betalen met iDEAL" }).click();
  // Back from Checkout: the payment is booked on the invoice.
  await expect(page.getByText("Dank je wel: je betaling is ontvangen en op de factuur geboekt.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Online betalen" })).toHaveCount(0);
  await expect(page.getByRole("main").getByText("Betaald", { exact: true }).first()).toBeVisible();

  const { page: manager, close } = await separatePage(browser);
  await logIn(manager, "beheer@doc-dordrecht.nl");
  await manager.goto(new URL(invoiceUrl).pathname);
  await manager.getByRole("button", { name: "Creditnota uitgeven" }).click();
  const issued = manager.getByText(/Creditnota \S+ is uitgegeven\./);
  await expect(issued).toBeVisible();
  const number = (await issued.innerText()).match(/Creditnota (\S+) is uitgegeven/)![1]!;
  await manager.goto((await manager.getByRole("link", { name: number }).getAttribute("href"))!);
  // The worker refunds within a round (15 s): the credit note's page says so.
  await expect(async () => {
    await manager.reload();
    await expect(manager.getByText(/via Stripe teruggestort/)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000, intervals: [2000] });
  await close();
});
