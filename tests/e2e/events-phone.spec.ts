import { expect, test } from "./fixtures";

// On a phone the staff's activity list reads down the screen: time, status and the attendees'
// link move into the activity's cell (as the invoice list does), and nothing scrolls sideways.
test("staff read the activity list on a phone without scrolling sideways", async ({ page, loginAs }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const title = `Telefoonlijst ${Date.now().toString(36)}`;
  const date = new Date(Date.now() + 9 * 86400_000).toISOString().slice(0, 10);
  await loginAs("staff", "/admin/events/new");
  await page.getByLabel("Soort", { exact: true }).selectOption({ label: "Talk" });
  await page.getByLabel("Titel (Nederlands)", { exact: true }).fill(title);
  await page.getByLabel("Omschrijving (Nederlands)", { exact: true }).fill("Een talk om de lijst op een telefoon te lezen.");
  await page.getByLabel("Datum", { exact: true }).fill(date);
  await page.getByLabel("Begintijd", { exact: true }).fill("19:00");
  await page.getByLabel("Eindtijd", { exact: true }).fill("20:00");
  await page.getByLabel("Online link").fill("https://meet.example/telefoon");
  await page.getByLabel("Aantal plaatsen").fill("20");
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByRole("status")).toContainText("De activiteit is gepubliceerd");

  await page.goto("/admin/events");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title }) });
  await expect(row.getByText("Gepubliceerd").filter({ visible: true })).toHaveCount(1);
  await expect(row.getByRole("link", { name: "Deelnemers" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Wanneer" })).toBeHidden();
  const sideways = await page
    .locator("main section.card")
    .evaluateAll((cards) => cards.filter((c) => c.scrollWidth > c.clientWidth + 1).length);
  expect(sideways).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
