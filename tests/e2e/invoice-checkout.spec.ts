import { demoAccount, expect, issueInvoice, logIn, separatePage, test, uniqueName } from "./fixtures";

/**
 * Runs in the "stripe" project: the app beside the local Stripe server (see ticket-checkout.spec.ts).
 * The manager issues an invoice of its own to Bitwerk (the demo's only overdue invoice is paid by
 * the first run, so a second run on the same server would find none); Daan pays it by iDEAL on the
 * test server's hosted page, and the manager's credit note on it is refunded through Stripe.
 */
test("a member pays an open invoice by iDEAL and sees it paid; the manager's credit note on it is refunded through Stripe", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const { page: manager, close } = await separatePage(browser);
  await logIn(manager, demoAccount("manager").email);
  const invoiceNumber = await issueInvoice(manager, { company: "Bitwerk", description: uniqueName("Vergaderzaal"), unitPrice: "80,00" });

  await logIn(page, "daan@bitwerk.nl");
  await page.goto("/invoices");
  const open = page.getByRole("row").filter({ hasText: invoiceNumber }).filter({ hasText: "Openstaand" }).first();
  await open.getByRole("link").first().click();
  await page.waitForURL(/\/invoices\/[0-9a-f-]{36}$/);
  const invoiceUrl = page.url();
  await page.getByRole("button", { name: "Online betalen" }).click();
  await page.getByRole("button", { name: "Betalen met iDEAL" }).click();
  // Back from Checkout: the payment is booked on the invoice.
  await expect(page.getByText("Dank je wel: je betaling is ontvangen en op de factuur geboekt.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Online betalen" })).toHaveCount(0);
  await expect(page.getByRole("main").getByText("Betaald", { exact: true }).first()).toBeVisible();

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
