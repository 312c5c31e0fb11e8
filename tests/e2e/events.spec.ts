import { expect, latestMailTo, LONG_TEST_TIMEOUT, separatePage, test, uniqueEmail, viaMenu } from "./fixtures";

test("staff publish a workshop; guests register from /events; the next is waitlisted and promoted when someone cancels", async ({
  page,
  loginAs,
  browser,
}) => {
  // A long journey (three people, two outbox reads): give it room on a busy machine.
  test.setTimeout(LONG_TEST_TIMEOUT);
  const title = `Workshop webshopfoto's ${Date.now().toString(36)}`;
  const date = new Date(Date.now() + 14 * 86400_000).toISOString().slice(0, 10);
  await loginAs("staff");
  await viaMenu(page, "Beheer", "Activiteiten beheren");
  await expect(page.getByRole("heading", { name: "Activiteiten beheren", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Nieuwe activiteit" }).click();
  await expect(page.getByRole("heading", { name: "Nieuwe activiteit", level: 1 })).toBeVisible();
  await page.getByLabel("Soort", { exact: true }).selectOption({ label: "Workshop" });
  await page.getByLabel("Titel (Nederlands)", { exact: true }).fill(title);
  await page
    .getByLabel("Omschrijving (Nederlands)", { exact: true })
    .fill("Productfoto's maken met je telefoon, met studenten van Da Vinci.");
  await page.getByLabel("E-commerce en online marketing").check();
  await page.getByLabel("Datum", { exact: true }).fill(date);
  await page.getByLabel("Begintijd", { exact: true }).fill("14:00");
  await page.getByLabel("Eindtijd", { exact: true }).fill("16:00");
  await page.getByLabel("Online link").fill("https://meet.example/fotos");
  await page.getByLabel("Aantal plaatsen").fill("1");
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByRole("status")).toContainText("De activiteit is gepubliceerd");

  // Guests, without an account.
  const first = uniqueEmail("eerste");
  const second = uniqueEmail("tweede");
  const { page: guest, close: closeGuest } = await separatePage(browser);
  await guest.goto("/events");
  await expect(guest.getByRole("heading", { name: "Activiteiten", level: 1 })).toBeVisible();
  await guest.getByRole("link", { name: title }).click();
  await expect(guest.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(guest.getByText("Nog 1 plaatsen")).toBeVisible();
  await guest.getByLabel("Naam", { exact: true }).fill("Marco Verhoeven");
  await guest.getByLabel("E-mailadres", { exact: true }).fill(first);
  await guest.getByLabel("Organisatie of bedrijf").fill("Fietsenmaker De Spaak");
  await guest.getByLabel(/Ik geef toestemming/).check();
  await guest.getByRole("button", { name: "Aanmelden", exact: true }).click();
  await expect(guest.getByText("Je bent aangemeld!")).toBeVisible();
  await expect(guest.getByRole("img", { name: /QR-code om in te checken/ })).toBeVisible();

  await guest.goto("/events");
  await guest.getByRole("link", { name: title }).click();
  await expect(guest.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(guest.getByRole("main").getByText("Vol, wachtlijst open")).toBeVisible();
  await guest.getByLabel("Naam", { exact: true }).fill("Ingrid Smit");
  await guest.getByLabel("E-mailadres", { exact: true }).fill(second);
  await guest.getByLabel(/Ik geef toestemming/).check();
  await guest.getByRole("button", { name: "Op de wachtlijst" }).click();
  await expect(guest.getByText("De activiteit is vol: je staat op de wachtlijst (plaats 1).")).toBeVisible();

  // Registering twice is refused with a clear message.
  await guest.goto("/events");
  await guest.getByRole("link", { name: title }).click();
  await expect(guest.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await guest.getByLabel("Naam", { exact: true }).fill("Marco Verhoeven");
  await guest.getByLabel("E-mailadres", { exact: true }).fill(first);
  await guest.getByLabel(/Ik geef toestemming/).check();
  await guest.getByRole("button", { name: "Op de wachtlijst" }).click();
  await expect(guest.getByRole("alert")).toContainText("Met dit e-mailadres ben je al aangemeld");

  // The first guest cancels from the link in their confirmation.
  const confirmation = await latestMailTo(page, first);
  expect(confirmation.body).toContain(title);
  await guest.goto(confirmation.link!);
  await expect(guest.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await guest.getByRole("button", { name: "Afmelden" }).click();
  await expect(guest.getByText("Je bent afgemeld. Bedankt voor het doorgeven!")).toBeVisible();
  await closeGuest();

  // The second guest was promoted and emailed.
  const promotion = await latestMailTo(page, second);
  expect(promotion.body).toContain("er is een plaats vrijgekomen en die is voor jou");
  expect(promotion.body).toContain(title);

  // Staff see it on the attendee list.
  await page.goto("/admin/events");
  await page
    .getByRole("row", { name: new RegExp(title) })
    .getByRole("link", { name: "Deelnemers" })
    .click();
  await expect(page.getByRole("heading", { name: `Deelnemers: ${title}` })).toBeVisible();
  await expect(page.getByRole("row", { name: /Ingrid Smit/ })).toContainText("Aangemeld");
  await page.getByRole("button", { name: "Ingrid Smit inchecken" }).click();
  await expect(page.getByRole("status")).toContainText("Ingrid Smit is ingecheckt.");
});
