import type { Page } from "@playwright/test";
import { addDays } from "../../app/utils/calendar";
import { todayIn } from "../../app/utils/zoned-time";
import { demoAccount, expect, logIn, shoot, test } from "./fixtures";

/** After `shoot`: the phone layout must not scroll sideways. */
async function fitsPhone(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("a two-day activity is on both days within its hours, in the list and on its page", async ({ page }) => {
  test.setTimeout(240_000);
  const title = `Tweedaagse hackathon ${Date.now().toString(36)}`;
  const first = addDays(todayIn(), 70 + Math.floor(Math.random() * 60));
  const second = addDays(first, 1);
  await logIn(page, demoAccount("staff").email);
  await page.goto("/admin/events/new");
  await page.getByLabel("Soort", { exact: true }).selectOption({ label: "Hackathon" });
  await page.getByLabel("Titel (Nederlands)", { exact: true }).fill(title);
  await page.getByLabel("Omschrijving (Nederlands)", { exact: true }).fill("Twee dagen bouwen.");
  await page.getByLabel("Datum", { exact: true }).fill(first);
  await page.getByLabel("Begintijd", { exact: true }).fill("09:00");
  await page.getByLabel(/^Einddatum/).fill(second);
  await page.getByLabel("Eindtijd", { exact: true }).fill("17:00");
  await page.getByLabel("Online link").fill("https://meet.example/hackathon");
  await page.getByLabel("Aantal plaatsen").fill("40");
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByRole("status")).toContainText("De activiteit is gepubliceerd");
  // Publishing lands on the activity itself, not on the list.
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/events\/[0-9a-f-]{36}\?saved=published$/);

  for (const [day, n] of [
    [first, 1],
    [second, 2],
  ] as const) {
    // Both days may fall in different weeks: the list shows the week of each.
    await page.goto(`/calendar?view=list&date=${day}`);
    const section = page.locator(`section[aria-labelledby="day-${day}"]`);
    const row = section.getByRole("row").filter({ hasText: title });
    await expect(row).toContainText("09:00–17:00");
    await expect(row).toContainText(`dag ${n} van 2`);
  }
  await shoot(page, "calendar-list-two-days");
  await fitsPhone(page, "calendar list");

  // Staff's link opens the edit form; the public page is where "Wanneer" is written out.
  const href = (await page.getByRole("link", { name: title }).first().getAttribute("href")) ?? "";
  await page.goto(href.replace("/admin/events/", "/events/"));
  await expect(page.getByText(/09:00–17:00 en .* 09:00–17:00/)).toBeVisible();
  await shoot(page, "event-two-days");
});

test("occupancy and reports read on a phone; the reception checks in an expected person", async ({ page }) => {
  test.setTimeout(240_000);
  await logIn(page, demoAccount("manager").email);
  await page.goto("/admin/occupancy?period=week");
  await expect(page.getByText("Gemiddelden over de open dagen")).toBeVisible();
  await expect(page.getByText("Vol (100%)")).toBeVisible();
  await shoot(page, "occupancy-week");
  await fitsPhone(page, "occupancy");
  await page.goto("/admin/occupancy?period=month");
  await shoot(page, "occupancy-month");
  await page.goto("/admin/reports");
  await shoot(page, "reports");
  await fitsPhone(page, "reports");

  await page.goto("/reception");
  await shoot(page, "reception");
  // The demo data has flex reservations for today: the first expected person is checked in from their row.
  const button = page.locator("h3", { hasText: "Verwacht" }).locator("xpath=following-sibling::ul[1]").getByRole("button").first();
  const name = ((await button.getAttribute("aria-label")) ?? "").replace(/ inchecken$/, "");
  await button.click();
  await expect(page.getByRole("status")).toContainText(`${name} is ingecheckt.`);
});
