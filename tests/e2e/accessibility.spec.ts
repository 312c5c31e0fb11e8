import { expect, expectNoAxeViolations, LONG_TEST_TIMEOUT, test } from "./fixtures";

// Most tests here walk six to eight pages and run axe on each: on a busy 2-core machine a page
// with hydration plus axe takes 15 s or more, so the default two minutes cover them only when quiet.
test.describe.configure({ timeout: LONG_TEST_TIMEOUT });

test("public pages pass axe (WCAG 2.1 AA)", async ({ page }) => {
  for (const path of ["/", "/login", "/signup", "/forgot-password", "/terms", "/nope"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test("the signup form with errors passes axe", async ({ page }) => {
  await page.goto("/signup");
  await page.getByRole("button", { name: "Account aanmaken" }).last().click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

// The manager's pages (the start page, people, outbox, account, rooms and activities lists and
// forms) and the member's (bookings, list view, calendar feed, own consultation hours) are checked
// with axe in the role walks of smoke.spec.ts, loaded once per role there.

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test("the shell fits without sideways scrolling", async ({ page, loginAs }) => {
    const paths = ["/", "/admin/people", "/account"];
    await loginAs("manager", paths[0]);
    for (const [i, path] of paths.entries()) {
      if (i > 0) await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test("public rooms and events pages pass axe", async ({ page }) => {
  await page.goto("/events");
  await expectNoAxeViolations(page);
  await page.locator("main h2 a").first().click();
  await expect(page.getByRole("heading", { name: "Aanmelden" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: /^(Aanmelden|Op de wachtlijst)$/ }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expectNoAxeViolations(page);
  for (const path of ["/spreekuur", "/events?theme=data"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto("/spreekuur");
  await page.locator("main a[href^='/spreekuur/']").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("member calendar (rendered) and a booking pass axe", async ({ page, loginAs }) => {
  await loginAs("member", "/calendar");
  await expect(page.locator("[data-time='10:00:00']").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/bookings");
  await page.locator("main table a[href^='/bookings/']").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a room, an activity and its attendees pass axe", async ({ page, loginAs }) => {
  await loginAs("manager", "/admin/rooms");
  await page.locator("main table a[href^='/admin/rooms/']").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/admin/events");
  await page.locator("main table a[href^='/admin/events/']").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Deelnemers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe("rooms and events on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test("pages fit without sideways scrolling", async ({ page, loginAs }) => {
    const paths = ["/events", "/calendar", "/calendar?view=list", "/bookings", "/bookings/new", "/spreekuur"];
    await loginAs("member", paths[0]);
    for (const [i, path] of paths.entries()) {
      if (i > 0) await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
