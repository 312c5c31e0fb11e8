import type { Page } from "@playwright/test";
import { demoAccount, expect, issueInvoice, logIn, logOut, shoot, test, uniqueName } from "./fixtures";

/** The status badge and its date as shown (the list repeats them in a cell that only a phone shows). */
const inCollection = (page: Page) =>
  page
    .getByText(/^afschrijving [a-z]{2} \d{1,2} [a-z]{3}\.?$/)
    .and(page.locator(":visible"))
    .first();

/**
 * An invoice put in an incasso file reads "In incasso" with the collection date, for the manager
 * and for the customer's member, who is told there is nothing to transfer.
 */
test("an invoice in a direct debit file reads In incasso for the manager and the member", async ({ page }) => {
  test.setTimeout(240_000);
  await logIn(page, demoAccount("manager").email);

  // An invoice of its own for Bitwerk (who signed a mandate in the demo), so there is always one to collect.
  await issueInvoice(page, { company: "Bitwerk", description: uniqueName("Vergaderzaal"), unitPrice: "40,00" });
  const invoicePath = new URL(page.url()).pathname;

  await page.goto("/admin/mandates");
  await page.getByRole("button", { name: "Incassobestand maken" }).click();
  await expect(page.getByText(/Incassobestand gemaakt: \d+ facturen/)).toBeVisible();

  await page.goto(invoicePath);
  await expect(inCollection(page)).toBeVisible();
  await expect(page.getByText(/per incasso van je rekening afgeschreven: je hoeft niets over te maken/)).toBeVisible();
  await expect(page.getByText(/^Maak .* over naar/)).toHaveCount(0);
  await shoot(page, "invoice-in-collection-manager");

  await logOut(page);
  await logIn(page, "daan@bitwerk.nl");
  await page.goto("/invoices");
  await expect(inCollection(page)).toBeVisible();
  await shoot(page, "invoices-in-collection-member");
  await page.goto(invoicePath);
  await expect(inCollection(page)).toBeVisible();
  await shoot(page, "invoice-in-collection-member");
  // Nothing scrolls sideways on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
