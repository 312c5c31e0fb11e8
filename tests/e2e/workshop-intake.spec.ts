import { expect, shoot, test, uniqueEmail } from "./fixtures";

test("an SME asks for help without an account; staff articulate the question and match a route", async ({ page, loginAs }) => {
  const email = uniqueEmail("sme");
  const organisation = `Drukkerij De Letterbak ${Date.now().toString(36)}`;
  await page.goto("/intake");
  await expect(page.getByRole("heading", { name: "Hulp vragen bij digitalisering" })).toBeVisible();
  await shoot(page, "intake-form");
  await page.getByLabel("Naam van de organisatie").fill(organisation);
  await page.getByLabel("Je naam").fill("Anouk Verhoeven");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Grootte van de organisatie").selectOption("10-50");
  await page.getByLabel("Sector of branche").fill("Grafische industrie");
  await page.getByLabel("Data").check();
  await page.getByLabel("Je vraag, in je eigen woorden").fill("We willen orders automatisch inplannen op onze persen.");
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(page.getByText("Zonder je akkoord kunnen we je vraag niet bewaren.").first()).toBeVisible();
  await page.getByLabel(/Ik ga akkoord/).check();
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(page.getByText(/We hebben je vraag ontvangen/)).toBeVisible();
  await shoot(page, "intake-received");

  await loginAs("staff", "/werkplaats/intake");
  await expect(page.getByRole("link", { name: organisation })).toBeVisible();
  await shoot(page, "intake-board");
  await page.getByRole("link", { name: "Lijst" }).click();
  await shoot(page, "intake-list");
  await page.getByRole("link", { name: organisation }).click();
  await page.getByRole("button", { name: "Naar Vraagarticulatie" }).click();
  await expect(page.getByText("Verplaatst naar Vraagarticulatie.")).toBeVisible();
  await page.getByLabel("Verhelderde vraag").fill("Welke planningssoftware koppelt met het ordersysteem?");
  await page.getByLabel("Route").selectOption("advisory_trajectory");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();
  await page.getByRole("button", { name: "Naar Gematcht" }).click();
  await expect(page.getByText("Verplaatst naar Gematcht.")).toBeVisible();
  await expect(page.getByText(/Vraagarticulatie → Gematcht/)).toBeVisible();
  await shoot(page, "intake-file");
});
