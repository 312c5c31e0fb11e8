import { addDays, formatDay, isoWeekday } from "../../app/utils/calendar";
import { todayIn } from "../../app/utils/zoned-time";
import { demoAccount, expect, logIn, separatePage, test } from "./fixtures";

/** The first day from `from` on with the given ISO weekday. */
function next(from: string, weekday: number) {
  let d = from;
  while (isoWeekday(d) !== weekday) d = addDays(d, 1);
  return d;
}

test("the manager closes a day; members see it and Sundays as closed, with the reason, and cannot reserve them", async ({
  page,
  browser,
}) => {
  const today = todayIn();
  const sunday = next(addDays(today, 1), 7);
  const reason = `Teamdag ${Date.now().toString(36)}`;
  // The member's own reservations (other journeys reserve for Sanne) hide a closed day's notice.
  await logIn(page, "sanne@studio-noord.nl");
  await page.goto("/reservations");
  const reserved = (await page.locator("li.card", { hasText: "Je hebt een plek" }).allInnerTexts()).join("\n");

  const { page: manager, close: closeManager } = await separatePage(browser);
  await logIn(manager, demoAccount("manager").email);
  await manager.goto("/admin/desks");
  await manager.getByRole("link", { name: "Openingsdagen" }).click();
  await expect(manager.getByRole("heading", { name: "Openingsdagen", exact: true })).toBeVisible();
  await expect(manager.getByRole("checkbox", { name: "zondag" })).toBeChecked();
  // A working day in the members' two weeks ahead that no earlier run on this server has closed
  // and the member has not reserved.
  const taken = `${(await manager.getByRole("listitem").allInnerTexts()).join("\n")}\n${reserved}`;
  const teamDay = Array.from({ length: 12 }, (_, i) => addDays(today, i + 2)).find(
    (day) => isoWeekday(day) <= 5 && !taken.includes(formatDay(day, "nl", "weekday")),
  );
  if (!teamDay) throw new Error("every working day of the coming two weeks is closed already: start the e2e server afresh");
  await manager.getByLabel("Datum", { exact: true }).fill(teamDay);
  await manager.getByLabel("Reden", { exact: true }).fill(reason);
  await manager.getByRole("button", { name: "Dag sluiten" }).click();
  await expect(manager.getByText(`${formatDay(teamDay, "nl", "weekday")} staat als gesloten.`)).toBeVisible();
  await expect(manager.getByRole("listitem").filter({ hasText: reason })).toBeVisible();
  await closeManager();

  await page.goto("/reservations");
  const card = (day: string) =>
    page.locator("li.card", { has: page.getByRole("heading", { name: new RegExp(`^${formatDay(day, "nl", "weekday")}`) }) });
  await expect(card(teamDay)).toContainText("Gesloten");
  await expect(card(teamDay)).toContainText(reason);
  await expect(card(teamDay).getByRole("button")).toHaveCount(0);
  await expect(card(sunday)).toContainText("op zondag zijn we dicht");
  await expect(card(sunday).getByRole("button")).toHaveCount(0);

  await page.goto("/daypass");
  await expect(page.getByText(`${formatDay(teamDay, "nl", "weekday")}: ${reason}`)).toBeVisible();
});
