import { expect, separatePage, shoot, test, uniqueEmail, viaMenu } from "./fixtures";

/**
 * Needs the local Stripe server beside the app (tests/support/stripe-server/main.ts) and the app
 * started with its STRIPE_* variables; STRIPE_TEST_URL tells this spec where to reach its control API.
 */
const stripeUrl = process.env.STRIPE_TEST_URL ?? "";

async function expireSession(sessionId: string) {
  const answer = await fetch(`${stripeUrl}/_control/expire`, { method: "POST", body: JSON.stringify({ sessionId }) });
  expect(answer.status).toBe(200);
}

test("a guest buys a paid event ticket at Checkout; a place held by an abandoned payment comes free when its session expires", async ({
  page,
  loginAs,
  browser,
}) => {
  test.setTimeout(300_000);
  expect(stripeUrl, "STRIPE_TEST_URL must point at the local Stripe server").not.toBe("");
  const title = `Masterclass prijzen ${Date.now().toString(36)}`;
  const date = new Date(Date.now() + 21 * 86400_000).toISOString().slice(0, 10);
  await loginAs("staff");
  await viaMenu(page, "Beheer", "Activiteiten beheren");
  await page.getByRole("link", { name: "Nieuwe activiteit" }).click();
  await page.getByLabel("Soort", { exact: true }).selectOption({ label: "Masterclass" });
  await page.getByLabel("Titel (Nederlands)", { exact: true }).fill(title);
  await page.getByLabel("E-commerce en online marketing").check();
  await page.getByLabel("Datum", { exact: true }).fill(date);
  await page.getByLabel("Begintijd", { exact: true }).fill("19:00");
  await page.getByLabel("Eindtijd", { exact: true }).fill("21:00");
  await page.getByLabel("Online link").fill("https://meet.example/prijzen");
  await page.getByLabel("Aantal plaatsen").fill("1");
  await page.getByLabel("Prijs per deelnemer (excl. btw)").fill("10,33");
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByRole("status")).toContainText("De activiteit is gepubliceerd");

  // The first guest starts paying and walks away from the payment page: their place is held.
  const { page: first, close: closeFirst } = await separatePage(browser);
  await first.goto("/events");
  await first.getByRole("link", { name: title }).click();
  await expect(first.getByText("We houden je plaats 30 minuten vast terwijl je betaalt.")).toBeVisible();
  await shoot(first, "ticket-checkout-event");
  await first.getByLabel("Naam", { exact: true }).fill("Wendy Weggelopen");
  await first.getByLabel("E-mailadres", { exact: true }).fill(uniqueEmail("weg"));
  await first.getByLabel(/Ik geef toestemming/).check();
  await first.getByRole("button", { name: "Aanmelden en betalen (€ 12,50)" }).click();
  await expect(first.getByRole("button", { name: "Betalen met iDEAL" })).toBeVisible();
  const abandoned = new URL(first.url()).pathname.split("/pay/")[1]!;
  await closeFirst();

  const { page: guest, close } = await separatePage(browser);
  await guest.goto("/events");
  await guest.getByRole("link", { name: title }).click();
  await expect(guest.getByRole("main").getByText("Vol, wachtlijst open").first()).toBeVisible();

  // Stripe expires the session: the place is free again once its webhook has arrived. Stripe
  // answers the API call before it delivers the webhook (so does the local server), and on a
  // busy machine the guest's reload came first (the page still said "Vol"): look again until then.
  await expireSession(abandoned);
  const pay = guest.getByRole("button", { name: "Aanmelden en betalen (€ 12,50)" });
  await expect(async () => {
    await guest.reload();
    await expect(pay).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await guest.getByLabel("Naam", { exact: true }).fill("Priya Betaalt");
  await guest.getByLabel("E-mailadres", { exact: true }).fill(uniqueEmail("betaalt"));
  await guest.getByLabel(/Ik geef toestemming/).check();
  await guest.getByRole("button", { name: "Aanmelden en betalen (€ 12,50)" }).click();
  await guest.getByRole("button", { name: "Betalen met iDEAL" }).click();
  // Back from Checkout: the ticket, paid, with its QR code.
  await expect(guest.getByText("Je bent aangemeld!")).toBeVisible();
  await expect(guest.getByRole("img", { name: /QR-code om in te checken/ })).toBeVisible();
  // Paid: the ticket no longer says an invoice is still to come.
  await expect(guest.getByRole("main")).not.toContainText("Je ontvangt een factuur voor je toegangsbewijs.");
  await shoot(guest, "ticket-checkout-paid");
  await close();
});
