import { addDays, formatDay, isoWeekday } from "../../app/utils/calendar";
import { todayIn } from "../../app/utils/zoned-time";
import { demoAccount, expect, logIn, separatePage, test } from "./fixtures";

/** The first day from `from` on with the given ISO weekday. */
function next(from: string, weekday: number) {
  let d = from;
  while (isoWeekday(d) !== weekday) d = addDays(d, 1);
  return d;
}

test("the manager closes a day; members see it and Sundays as closed, with the reason, and cannot reserve them", async ({ page, browser }) => {
  const today = todayIn();
  const teamDay = next(addDays(today, 2), 3);
  const sunday = next(addDays(today, 1), 7);
  const reason = `Teamdag ${Date.now().toString(36)}`;

  const { page: manager, close: closeManager } = await separatePage(browser);
  await logIn(manager, demoAccount("manager").email);
  await manager.goto("/admin/desks");
  await manager.getByRole("link", { name: "Openingsdagen" }).click();
  await expect(manager.getByRole("heading", { name: "Openingsdagen", exact: true })).toBeVisible();
  await expect(manager.getByRole("checkbox", { name: "zondag" })).toBeChecked();
  await manager.getByLabel("Datum", { exact: true }).fill(teamDay);
  await manager.getByLabel("Reden", { exact: true }).fill(reason);
  await manager.getByRole("button", { name: "Dag sluiten" }).click();
  await expect(manager.getByText(`${formatDay(teamDay, "nl", "weekday")} staat als gesloten.`)).toBeVisible();
  await expect(manager.getByRole("listitem").filter({ hasText: reason })).toBeVisible();
  await closeManager();

  await logIn(page, "sanne@studio-noord.nl");
  await page.goto("/reservations");
  const card = (day: string) => page.locator("li.card", { has: page.getByRole("heading", { name: new RegExp(`^${formatDay(day, "nl", "weekday")}`) }) });
  await expect(card(teamDay)).toContainText("Gesloten");
  await expect(card(teamDay)).toContainText(reason);
  await expect(card(teamDay).getByRole("button")).toHaveCount(0);
  await expect(card(sunday)).toContainText("op zondag zijn we dicht");
  await expect(card(sunday).getByRole("button")).toHaveCount(0);

  await page.goto("/daypass");
  await expect(page.getByText(`${formatDay(teamDay, "nl", "weekday")}: ${reason}`)).toBeVisible();
});
