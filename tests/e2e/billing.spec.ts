import { demoAccount, expect, logIn, separatePage, shoot, test, uniqueName } from "./fixtures";

test("the manager sets up invoicing, invoices a company, records its payment; a member of the company sees it paid", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const description = uniqueName("Workshopruimte");

  await logIn(page, demoAccount("manager").email);
  await page.goto("/admin/billing/settings");
  await expect(page.getByRole("heading", { name: "Factuurinstellingen", level: 1 })).toBeVisible();
  await page.getByLabel(/^Voettekst/).fill("Betaal binnen 14 dagen. Dank je wel!");
  await page.getByLabel("Betaaltermijn (dagen)", { exact: true }).fill("14");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("De factuurinstellingen zijn opgeslagen.")).toBeVisible();
  await expect(page.getByText("Alles is ingevuld: je kunt facturen uitgeven.")).toBeVisible();
  await shoot(page, "billing-settings");

  await page.goto("/admin/invoices");
  await expect(page.getByRole("heading", { name: "Facturen", level: 1 })).toBeVisible();
  await shoot(page, "admin-invoices");
  await page.getByRole("link", { name: "Nieuwe factuur" }).click();
  await page.getByLabel("Bedrijf", { exact: true }).selectOption({ label: "Studio Noord" });
  await page.getByLabel("Omschrijving", { exact: true }).fill(description);
  await page.getByLabel("Aantal", { exact: true }).fill("2");
  await page.getByLabel("Eenheid", { exact: true }).selectOption({ label: "uur" });
  await page.getByLabel("Prijs per eenheid excl. btw", { exact: true }).fill("40,00");
  await shoot(page, "new-invoice");
  await page.getByRole("button", { name: "Concept maken" }).click();

  await expect(page.getByRole("heading", { name: "Concept voor Studio Noord" })).toBeVisible();
  await expect(page.getByRole("cell", { name: description })).toBeVisible();
  await page.getByRole("button", { name: "Factuur uitgeven" }).click();
  const issued = page.getByText(/De factuur is uitgegeven als DOC-\d{4}-\d{5}\./);
  await expect(issued).toBeVisible();
  const number = (await issued.innerText()).match(/DOC-\d{4}-\d{5}/)![0];
  // 2 × €40 = €80 + 21 % = €96,80, with the way to pay it.
  await expect(page.getByTestId("invoice-total")).toHaveText("€ 96,80");
  await expect(page.getByText("NL44 RABO 0123 4567 89")).toBeVisible();
  await expect(page.getByTestId("payment-reference")).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/);
  await expect(page.getByText("Openstaand", { exact: true })).toBeVisible();
  const invoiceUrl = page.url();
  await shoot(page, "invoice-page");

  await page.getByLabel("Bedrag", { exact: true }).fill("96,80");
  await page.getByRole("button", { name: "Betaling boeken" }).click();
  await expect(page.getByText("De betaling is geboekt.")).toBeVisible();
  await expect(page.getByText("Deze factuur is voldaan. Dank je wel!")).toBeVisible();
  await expect(page.getByTestId("invoice-due")).toHaveText("€ 0,00");

  await page.goto(`/admin/invoices?status=paid`);
  await expect(page.getByRole("link", { name: number, exact: true })).toBeVisible();

  // Sanne works at Studio Noord: the invoice is hers to see, paid.
  const member = await separatePage(browser);
  await logIn(member.page, demoAccount("member").email);
  await member.page.goto("/invoices");
  await expect(member.page.getByRole("heading", { name: "Mijn facturen" })).toBeVisible();
  const row = member.page.getByRole("row", { name: new RegExp(number) });
  await expect(row.getByText("Betaald").filter({ visible: true })).toBeVisible();
  await shoot(member.page, "my-invoices");
  // The PDF the member downloads is the invoice, as a PDF with its number in it.
  const pdfHref = await row.getByRole("link", { name: `PDF van ${number}` }).getAttribute("href");
  const pdf = await member.page.request.get(pdfHref!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await row.getByRole("link", { name: number, exact: true }).click();
  await expect(member.page.getByText("Deze factuur is voldaan. Dank je wel!")).toBeVisible();
  await expect(member.page.getByRole("button", { name: "Betaling boeken" })).toHaveCount(0);
  expect(new URL(member.page.url()).pathname).toBe(new URL(invoiceUrl).pathname);
  await shoot(member.page, "member-invoice-page");
  await member.close();
});
