import { readFileSync } from "node:fs";
import { addDays, addMonths } from "../../app/utils/calendar";
import { todayIn } from "../../app/utils/zoned-time";
import { demoAccount, expect, logIn, test, uniqueName } from "./fixtures";

/**
 * The partner side end to end: the manager adds a partner and a cash agreement whose first
 * instalment is due today, so it is invoiced through the ledger at once; the economics page
 * counts that invoice as sponsorship; the partner's logo is on the public impact page; the
 * impact report downloads as a PDF.
 */
test("the manager adds a sponsor whose first instalment is invoiced, counted, shown with its logo and reported", async ({ page }) => {
  // A journey of six pages, three forms and a PDF: beside other work on two cores it passed the
  // default two minutes (a ceiling for waiting; a quiet machine does not come near it).
  test.setTimeout(240_000);
  const name = uniqueName("Drechtsteden Fonds");
  const today = todayIn();
  await logIn(page, demoAccount("manager").email);

  await page.goto("/admin/partners");
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("Website (optioneel)", { exact: true }).fill("https://fonds.example");
  await page.getByLabel("Straat en huisnummer", { exact: true }).fill("Spuiboulevard 1");
  await page.getByLabel("Postcode", { exact: true }).fill("3311 GR");
  await page.getByLabel("Plaats", { exact: true }).fill("Dordrecht");
  await page.getByRole("button", { name: "Partner toevoegen" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();

  await page.getByLabel("Logo uploaden", { exact: true }).setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: readFileSync("tests/support/werkplaats-logo.png"),
  });
  await page.locator('button[type="submit"]', { hasText: "Logo uploaden" }).click();
  await expect(page.getByText("Het logo is opgeslagen.")).toBeVisible();

  // A year from today, monthly: the first instalment (€ 100) is due today and invoiced at once.
  await page.getByLabel("Omschrijving", { exact: true }).fill("Fondsbijdrage");
  await page.getByLabel("Ingangsdatum", { exact: true }).fill(today);
  await page.getByLabel("Einddatum", { exact: true }).fill(addDays(addMonths(today, 12), -1));
  await page.getByLabel("Bedrag per jaar (excl. BTW)", { exact: true }).fill("1200");
  await page.getByRole("button", { name: "Afspraak vastleggen" }).click();
  await expect(page.getByText(/De afspraak is vastgelegd met haar termijnen/)).toBeVisible();
  const agreement = page.getByRole("article", { name: "Fondsbijdrage" });
  await expect(agreement.getByRole("definition").filter({ hasText: "100,00" })).toHaveCount(1);
  await agreement.getByText("12 termijnen").click();
  const invoice = agreement.getByRole("link", { name: /^DOC-\d{4}-\d+$/ });
  await expect(invoice).toHaveCount(1);
  const number = await invoice.innerText();

  // The economics of this month count it as sponsorship in cash, with the invoice among its rows.
  await page.goto(`/admin/economics?span=month&drill=sponsorshipCash#drill`);
  const rows = page.locator("#drill");
  await expect(rows.getByRole("row", { name: new RegExp(`${number}.*${name}`) })).toContainText("100,00");

  // The public impact page shows the partner's logo, linked to its website.
  await page.goto("/impact");
  const logo = page.getByRole("img", { name });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  await page.goto("/admin/impact?span=year");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Rapport (pdf)" }).click();
  const pdf = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of pdf) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe("%PDF-");
});
