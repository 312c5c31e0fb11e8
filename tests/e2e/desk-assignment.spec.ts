import { addDays } from "../../app/utils/calendar";
import { todayIn } from "../../app/utils/zoned-time";
import { expect, test } from "./fixtures";

test("a manager assigns a fixed desk, and a second overlapping assignment of it is refused with a message", async ({ page, loginAs }) => {
  await loginAs("manager");
  await page.goto("/admin/memberships?view=pending");
  await expect(page.getByRole("heading", { name: "Leden", exact: true })).toBeVisible();
  const fixedRows = page.getByRole("row").filter({ hasText: "Vaste werkplek" });
  await expect(fixedRows).toHaveCount(2);
  const first = (await fixedRows.nth(0).getByRole("link").innerText()).trim();
  const second = (await fixedRows.nth(1).getByRole("link").innerText()).trim();

  // Approve the first application on desk 1.14.
  await fixedRows.nth(0).getByRole("link").click();
  await expect(page.getByRole("heading", { name: first, exact: true })).toBeVisible();
  await page.getByText("Goedkeuren", { exact: true }).first().click();
  const desk = page.getByLabel("Werkplek", { exact: true });
  await desk.selectOption({ label: (await desk.locator("option", { hasText: /^1\.14 / }).innerText()).trim() });
  await page.getByRole("button", { name: "Goedkeuren", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `${first} is nu lid.` })).toBeVisible();
  await expect(page.getByText("Werkplek 1.14 (Eerste verdieping)")).toBeVisible();

  // The second application asks for the same desk: refused, with who has it, and still pending.
  await page.goto("/admin/memberships?view=pending");
  await page.getByRole("link", { name: second, exact: true }).click();
  await expect(page.getByRole("heading", { name: second, exact: true })).toBeVisible();
  await page.getByText("Goedkeuren", { exact: true }).first().click();
  const again = page.getByLabel("Werkplek", { exact: true });
  // Taken from the first member's start: "bezet", or "vrij tot <start>" when this one would start earlier.
  await expect(again.locator("option", { hasText: /^1\.14 / })).toContainText(/bezet|vrij tot/);
  await again.selectOption({ label: (await again.locator("option", { hasText: /^1\.14 / }).innerText()).trim() });
  await page.getByRole("button", { name: "Goedkeuren", exact: true }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(`Werkplek 1.14 is vanaf`);
  await expect(alert).toContainText(`al toegewezen aan ${first}`);
  await expect(page.getByText("Aangevraagd").first()).toBeVisible();

  // A month from now (both applications start within two weeks) the floor view shows 1.14 taken by the first member.
  await page.goto(`/admin/floor?date=${addDays(todayIn(), 30)}`);
  const tile = page.getByRole("listitem").filter({ hasText: /^1\.14/ });
  await expect(tile).toContainText(first);
});
