import { demoAccount, expect, logIn, shoot, test } from "./fixtures";

/**
 * The manager's monthly billing run: a preview of a month far ahead (so no other spec's month),
 * one customer left out, the rest issued, and an issued invoice's PDF opened.
 */
test("the manager previews a month, leaves one customer out, issues the rest and opens an invoice's PDF", async ({ page }) => {
  test.setTimeout(240_000);
  const month = `20${30 + Math.floor(Math.random() * 60)}-${String(1 + Math.floor(Math.random() * 12)).padStart(2, "0")}`;

  await logIn(page, demoAccount("manager").email);
  await page.goto(`/admin/billing?month=${month}`);
  await expect(page.getByRole("heading", { name: "Maandfacturatie", level: 1 })).toBeVisible();
  const parties = page.getByRole("list", { name: "Maandfacturatie" }).locator(":scope > li");
  await expect(parties.first()).toBeVisible();
  const count = await parties.count();
  expect(count).toBeGreaterThan(1);
  await shoot(page, "billing-run-preview");

  const first = parties.first();
  const name = await first.getByRole("heading", { level: 3 }).innerText();
  await first.getByRole("button", { name: "Niet factureren" }).click();
  await expect(page.getByRole("article", { name }).getByText("Deze maand niet gefactureerd")).toBeVisible();

  await page.getByRole("button", { name: new RegExp(`^${count - 1} facturen uitgeven`) }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`^Klaar: ${count - 1} documenten uitgegeven`) })).toBeVisible({
    timeout: 60_000,
  });
  // What is left of the month is the customer left out.
  await expect(parties).toHaveCount(1);
  await expect(page.getByRole("article", { name })).toBeVisible();
  await shoot(page, "billing-run-done");

  await page.goto("/admin/invoices");
  const pdfLink = page.getByRole("link", { name: /^PDF van / }).first();
  const pdf = await page.request.get((await pdfLink.getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});
