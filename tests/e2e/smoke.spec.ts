import type { Page } from "@playwright/test";
import { navigationFor, isGroup, type NavItem } from "../../app/components/navigation";
import type { Role } from "../../app/modules/auth/roles";
import { expect, LONG_TEST_TIMEOUT, test } from "./fixtures";

/**
 * Every page a role can reach from its menu and its start page answers without an error, shows a
 * heading and throws nothing in the browser: a net under all the journeys.
 */
function menuTargets(roles: Role[]): string[] {
  return navigationFor(roles)
    .flatMap((entry) => (isGroup(entry) ? entry.items : [entry as NavItem]))
    .map((item) => item.to);
}

async function linksOn(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator("main a[href^='/']")
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
  // A link to a place on a page (`/trajecten/…#own-evaluation-title`) is that page: visiting it
  // again with only the hash changed is no navigation, and page.goto answers it with no response.
  return hrefs.map((h) => h.split("#")[0]!).filter((h) => !/\.(ics|csv|json)(\?|$)/.test(h) && !h.startsWith("/logout"));
}

async function visitAll(page: Page, paths: string[]) {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  for (const path of [...new Set(paths)]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await expect(page.locator("main h1").first(), path).toBeVisible();
  }
  expect(errors).toEqual([]);
}

const roles: Role[] = ["manager", "staff", "member", "student", "teacher", "partner"];

for (const role of roles) {
  test(`every page in the ${role}'s menu and on their start page works`, async ({ page, loginAs }) => {
    test.setTimeout(LONG_TEST_TIMEOUT);
    await loginAs(role);
    const fromStart = await linksOn(page);
    await visitAll(page, [...menuTargets([role]), ...fromStart.slice(0, 25), "/account", "/account/password", "/account/email"]);
  });
}

test("every public page a guest can reach works", async ({ page }) => {
  test.setTimeout(LONG_TEST_TIMEOUT);
  await page.goto("/");
  const fromStart = await linksOn(page);
  await page.goto("/events");
  const fromEvents = await linksOn(page);
  await visitAll(page, [
    "/",
    "/plans",
    "/events",
    "/spreekuur",
    "/login",
    "/signup",
    "/forgot-password",
    "/terms",
    ...fromStart,
    ...fromEvents.slice(0, 10),
  ]);
});
