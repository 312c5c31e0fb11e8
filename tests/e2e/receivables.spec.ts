import { demoAccount, expect, issueInvoice, logIn, separatePage, shoot, test, uniqueName } from "./fixtures";

test("the manager sends an invoice and finds it in the outbox; the member sees it open on the start page and downloads it", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const description = uniqueName("Projectruimte");

  await logIn(page, demoAccount("manager").email);
  const number = await issueInvoice(page, { company: "Studio Noord", description, unitPrice: "50,00" });

  await expect(page.getByText("Nog niet verstuurd.")).toBeVisible();
  await page.getByRole("button", { name: "Versturen", exact: true }).click();
  await expect(page.getByText(`${number} staat klaar in de uitgaande e-mail`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Opnieuw versturen" })).toBeVisible();
  await expect(page.getByText(/Verstuurd op .* naar /)).toBeVisible();
  await shoot(page, "invoice-sent");

  await page.goto("/admin/outbox");
  const mail = page.getByRole("listitem").filter({ hasText: `Factuur ${number} van DOC Dordrecht` });
  await expect(mail).toBeVisible();
  await expect(mail.getByText(`Bijlagen: ${number}.pdf, ${number}.xml`)).toBeVisible();
  await mail.getByText("Bericht tonen").click();
  await expect(mail.getByText(/Te betalen: €\s60,50/)).toBeVisible();
  await expect(mail.getByText(/Betalingskenmerk: \d{4} \d{4} \d{4} \d{4}/)).toBeVisible();
  await shoot(page, "outbox-invoice");

  await page.goto("/admin/receivables");
  await expect(page.getByRole("heading", { name: "Openstaande facturen", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: number, exact: true })).toBeVisible();
  // The demo's consumer in arrears got the 14-dagenbrief; its term has run out.
  await expect(
    page
      .getByText(/14-dagenbrief op /)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Incassokosten in rekening brengen" }).filter({ visible: true }).first()).toBeVisible();
  await shoot(page, "receivables");

  await page.goto(`/admin/billing/audit?invoice=${number}`);
  await expect(page.getByRole("cell", { name: new RegExp(`Verstuurd\\s*${number}`) })).toBeVisible();
  await expect(page.getByRole("cell", { name: new RegExp(`Uitgegeven\\s*${number}`) })).toBeVisible();
  await shoot(page, "audit-trail");

  // Sanne works at Studio Noord: her start page says what is open and leads to the invoice.
  const member = await separatePage(browser);
  await logIn(member.page, demoAccount("member").email);
  await member.page.goto("/");
  const open = member.page.getByRole("region", { name: "Openstaande facturen" });
  await expect(
    open.getByText(/^(1 factuur open, €\s[\d.]+,\d\d\. Vervaldatum|\d+ facturen open, samen €\s[\d.]+,\d\d\. Oudste vervaldatum): /),
  ).toBeVisible();
  await shoot(member.page, "start-page-open-invoices");
  await open.getByRole("link", { name: "Naar je facturen" }).click();
  const row = member.page.getByRole("row", { name: new RegExp(number) });
  const pdfHref = await row.getByRole("link", { name: `PDF van ${number}` }).getAttribute("href");
  const pdf = await member.page.request.get(pdfHref!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await member.close();
});
