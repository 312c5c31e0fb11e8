import { demoStatement } from "../../app/modules/payments/demo-statement";
import { demoAccount, expect, logIn, shoot, test, uniqueName } from "./fixtures";

test("the manager imports a bank statement: invoices turn paid, the bank fee waits for review and is set aside", async ({ page }) => {
  test.setTimeout(240_000);
  await logIn(page, demoAccount("manager").email);

  // Two invoices of its own, so the statement pays exactly these.
  const issued: { id: string; number: string; paymentReference: string }[] = [];
  for (const hours of ["2", "3"]) {
    await page.goto("/admin/invoices/new");
    await page.getByLabel("Bedrijf", { exact: true }).selectOption({ label: "Studio Noord" });
    await page.getByLabel("Omschrijving", { exact: true }).fill(uniqueName("Vergaderzaal"));
    await page.getByLabel("Aantal", { exact: true }).fill(hours);
    await page.getByLabel("Prijs per eenheid excl. btw", { exact: true }).fill("40,00");
    await page.getByRole("button", { name: "Concept maken" }).click();
    await page.getByRole("button", { name: "Factuur uitgeven" }).click();
    const notice = page.getByText(/De factuur is uitgegeven als DOC-\d{4}-\d{5}\./);
    await expect(notice).toBeVisible();
    issued.push({
      id: page.url().split("/").pop()!,
      number: (await notice.innerText()).match(/DOC-\d{4}-\d{5}/)![0],
      paymentReference: (await page.getByTestId("payment-reference").innerText()).replace(/\s/g, ""),
    });
  }
  // 2 and 3 hours of €40 plus 21 %: €96,80 and €145,20.
  const amounts = [96_80, 145_20];
  // The bank's references of the entries made the journey's own: the demo file names them by the
  // day, so a second run on the same server and day found its bank fee "read before" (the bank
  // names an entry once; the next statement's entries have new references).
  const run = uniqueName("E2E").split(" ")[1]!.toUpperCase();
  const statement = demoStatement(
    issued.map((i, n) => ({ ...i, openCents: amounts[n]!, party: { name: "Studio Noord", ibans: [] } })),
    { bookingDate: new Date().toISOString().slice(0, 10) as `${number}-${number}-${number}`, accountIban: "NL44RABO0123456789" },
  ).replace(/<AcctSvcrRef>DEMO\d{8}/g, `<AcctSvcrRef>E2E${run}`);

  await page.goto("/admin/payments");
  await expect(page.getByRole("heading", { name: "Betalingen en bankafschriften", level: 1 })).toBeVisible();
  await shoot(page, "payments-empty");
  await page
    .getByLabel("Bankafschrift", { exact: true })
    .setInputFiles({ name: "afschrift.xml", mimeType: "application/xml", buffer: Buffer.from(statement) });
  await page.getByRole("button", { name: "Afschrift inlezen" }).click();
  await expect(page.getByText("afschrift.xml ingelezen: 3 regels, 2 geboekt, 1 te beoordelen, 0 al eerder ingelezen.")).toBeVisible();
  const fee = page.getByTestId("review-line").filter({ hasText: "Kosten zakelijk betalingsverkeer" });
  await expect(fee).toBeVisible();
  await expect(fee.getByText("Een afschrijving, geen betaling van een klant.")).toBeVisible();
  await shoot(page, "payments-imported");

  // The same file again books nothing.
  await page
    .getByLabel("Bankafschrift", { exact: true })
    .setInputFiles({ name: "afschrift.xml", mimeType: "application/xml", buffer: Buffer.from(statement) });
  await page.getByRole("button", { name: "Afschrift inlezen" }).click();
  await expect(page.getByText("afschrift.xml ingelezen: 3 regels, 0 geboekt, 0 te beoordelen, 3 al eerder ingelezen.")).toBeVisible();

  // A file that is not a statement: a Dutch message, nothing stored.
  await page
    .getByLabel("Bankafschrift", { exact: true })
    .setInputFiles({ name: "export.csv", mimeType: "text/csv", buffer: Buffer.from("Datum,Bedrag\n") });
  await page.getByRole("button", { name: "Afschrift inlezen" }).click();
  await expect(page.getByText(/Dit bestand is geen bankafschrift in CAMT\.053- of MT940-formaat/).first()).toBeVisible();

  await fee.getByRole("button", { name: "Geen factuur" }).click();
  await expect(page.getByText("De regel is gemarkeerd als geen factuur.")).toBeVisible();
  await expect(page.getByText("Niets te beoordelen.")).toBeVisible();

  for (const invoice of issued) {
    await page.goto(`/invoices/${invoice.id}`);
    await expect(page.getByText("Deze factuur is voldaan. Dank je wel!")).toBeVisible();
    await expect(page.getByTestId("invoice-due")).toHaveText("€ 0,00");
  }
  await shoot(page, "invoice-paid-by-statement");

  await page.goto("/admin/mandates");
  await expect(page.getByRole("heading", { name: "Incasso", level: 1 })).toBeVisible();
  await shoot(page, "mandates");
});
