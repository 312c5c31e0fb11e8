import { unzipSync } from "fflate";
import fs from "node:fs";
import { demoAccount, expect, logIn, shoot, test, uniqueName, viaMenu } from "./fixtures";

test("the manager downloads the quarter's UBL files and sales journal for the accountant", async ({ page }) => {
  test.setTimeout(240_000);
  const description = uniqueName("Vergaderzaal export");

  // An invoice of the spec's own, issued today: it falls in this quarter, which the page opens with.
  await logIn(page, demoAccount("manager").email);
  await page.goto("/admin/invoices/new");
  await page.getByLabel("Bedrijf", { exact: true }).selectOption({ label: "Studio Noord" });
  await page.getByLabel("Omschrijving", { exact: true }).fill(description);
  await page.getByLabel("Aantal", { exact: true }).fill("3");
  await page.getByLabel("Eenheid", { exact: true }).selectOption({ label: "uur" });
  await page.getByLabel("Prijs per eenheid excl. btw", { exact: true }).fill("25,00");
  await page.getByRole("button", { name: "Concept maken" }).click();
  await page.getByRole("button", { name: "Factuur uitgeven" }).click();
  const issued = page.getByText(/De factuur is uitgegeven als [A-Z0-9]+-\d{4}-\d{5}\./);
  await expect(issued).toBeVisible();
  const number = (await issued.innerText()).match(/[A-Z0-9]+-\d{4}-\d{5}/)![0];

  await viaMenu(page, "Financiën", "Export boekhouding");
  await expect(page.getByRole("heading", { name: "Export voor de boekhouding", level: 1 })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("uitgegeven in deze periode");
  await expect(page.getByRole("row", { name: /^1a Leveringen\/diensten belast met 21 %/ })).toBeVisible();
  await shoot(page, "billing-export");
  // On a phone nothing scrolls sideways, the summary table included.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  await page.setViewportSize({ width: 1366, height: 900 });

  const zipDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "UBL-bestanden (zip)" }).click();
  const zip = await zipDownload;
  expect(zip.suggestedFilename()).toMatch(/^ubl-\d{4}-Q[1-4]\.zip$/);
  const files = unzipSync(new Uint8Array(fs.readFileSync((await zip.path())!)));
  const ubl = Buffer.from(files[`${number}.xml`]!).toString("utf8");
  expect(ubl).toContain(`<cbc:ID>${number}</cbc:ID>`);
  expect(ubl).toContain(description);

  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Verkoopjournaal (csv)" }).click();
  const csv = fs.readFileSync((await (await csvDownload).path())!, "utf8");
  // 3 × €25 = €75 at 21 %: debtors 1300 to other revenue 8090 and BTW 1500.
  const booking = csv.split("\r\n").find((line) => line.includes(number));
  expect(booking).toContain(`;Factuur;Studio Noord;${description};1300;8090;V21;1500;75,00;15,75;90,75`);

  // A range that ends before it starts is said on the page, not an error page.
  await page.getByRole("combobox", { name: "Periode" }).selectOption({ label: "Zelf kiezen (van – tot)" });
  await page.getByLabel("Van", { exact: true }).fill("2026-12-10");
  await page.getByLabel("Tot en met", { exact: true }).fill("2026-12-01");
  await page.getByRole("button", { name: "Toon periode" }).click();
  await expect(page.getByRole("alert")).toHaveText("Kies een begin- en einddatum; de einddatum ligt niet voor de begindatum.");
});
