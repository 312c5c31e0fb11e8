import type { Page } from "@playwright/test";
import { demoAccount, expect, logIn, separatePage, test } from "./fixtures";

const widths = [1366, 390] as const;

/** Screenshots at a laptop's and a phone's width; nothing may scroll sideways on the phone. */
async function shoot(page: Page, name: string) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("a member's hours summary agrees with the charges; the manager's screens speak about the member", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const { page: member, close } = await separatePage(browser);
  await logIn(member, demoAccount("member").email);
  await member.goto("/bookings");
  await expect(member.getByRole("heading", { name: "Je uren deze maand" })).toBeVisible();
  await shoot(member, "bookings-member");
  await close();

  await logIn(page, demoAccount("manager").email);
  await page.goto("/bookings");
  await expect(page.getByRole("heading", { name: "Mijn boekingen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Je uren deze maand" })).toHaveCount(0);
  await expect(page.getByText("je betaalt de uurprijs")).toHaveCount(0);
  await shoot(page, "bookings-manager");

  await page.goto("/admin/memberships");
  const detail = page.locator('a[href^="/admin/memberships/"]').filter({ hasNotText: /nieuw/i }).first();
  await detail.click();
  await page.waitForURL(/\/admin\/memberships\/[0-9a-f-]{36}/);
  const name = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  const cancel = page.locator("details").filter({ has: page.locator("summary", { hasText: "Opzeggen" }) });
  await expect(cancel).toHaveCount(1);
  await expect(cancel).not.toHaveAttribute("open", "");
  await shoot(page, "membership-manager-closed");
  await cancel.locator("summary").click();
  await expect(cancel.getByText(`het lidmaatschap van ${name}`)).toBeVisible();
  await expect(cancel.getByText("je lidmaatschap")).toHaveCount(0);
  await shoot(page, "membership-manager-cancel-open");
});
