import { addDays } from "../../app/utils/calendar";
import { todayIn } from "../../app/utils/zoned-time";
import {
  addArea,
  addDesk,
  applyForMembership,
  demoAccount,
  expect,
  logIn,
  LONG_TEST_TIMEOUT,
  separatePage,
  shoot,
  signUpVerified,
  test,
  uniqueEmail,
  uniqueName,
} from "./fixtures";

test("a fixed desk, once assigned, is not offered for an overlapping term and says who holds it", async ({ page, browser }) => {
  test.setTimeout(LONG_TEST_TIMEOUT);
  // The journey's own area, desk and two applicants: the seeded applications stay for others.
  const area = uniqueName("Bureauzaal");
  const label = `J-${Date.now().toString(36)}`;
  const deskOption = new RegExp(`^${label} `);
  const first = uniqueName("Vera Vast");
  const second = uniqueName("Bas Bureau");
  for (const [name, startsIn] of [
    [first, 3],
    [second, 5],
  ] as const) {
    const applicant = await separatePage(browser);
    await signUpVerified(applicant.page, { name, email: uniqueEmail("vast"), password: "een vaste plek aan de merwede" });
    await applyForMembership(applicant.page, "Vaste werkplek", addDays(todayIn(), startsIn));
    await applicant.close();
  }

  await logIn(page, demoAccount("manager").email);
  await addArea(page, area, 0);
  await addDesk(page, area, label);

  // Approve the first application on the new desk.
  await page.goto("/admin/memberships?view=pending");
  await expect(page.getByRole("heading", { name: "Leden", exact: true })).toBeVisible();
  await page.getByRole("link", { name: first, exact: true }).click();
  await expect(page.getByRole("heading", { name: first, exact: true })).toBeVisible();
  // The approve panel is open: approving is what a pending application waits for.
  const desk = page.getByLabel("Werkplek", { exact: true });
  await desk.selectOption({ label: (await desk.locator("option", { hasText: deskOption }).innerText()).trim() });
  await page.getByRole("button", { name: "Goedkeuren", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `${first} is nu lid.` })).toBeVisible();
  await expect(page.getByText(`Werkplek ${label} (${area})`)).toBeVisible();

  // The second application asks for the same desk: refused, with who has it, and still pending.
  await page.goto("/admin/memberships?view=pending");
  await page.getByRole("link", { name: second, exact: true }).click();
  await expect(page.getByRole("heading", { name: second, exact: true })).toBeVisible();
  const again = page.getByLabel("Werkplek", { exact: true });
  // Taken from the first member's start, two days before this one would start: not offered.
  await expect(again.locator("option", { hasText: deskOption })).toHaveCount(0);
  await page.getByText(/Bezet in deze periode/).click();
  await expect(page.getByRole("listitem").filter({ hasText: `${label} · ${area}: ${first}` })).toBeVisible();
  await shoot(page, "approve-desk");
  await expect(page.getByText("Aangevraagd").first()).toBeVisible();

  // A month from now the floor view shows the desk taken by the first member.
  await page.goto(`/admin/floor?date=${addDays(todayIn(), 30)}`);
  const tile = page.getByRole("listitem").filter({ hasText: new RegExp(`^${label}`) });
  await expect(tile).toContainText(first);
});
