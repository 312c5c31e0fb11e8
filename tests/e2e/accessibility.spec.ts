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

test("manager pages pass axe", async ({ page, loginAs }) => {
  await loginAs("manager");
  for (const path of ["/", "/admin/people", "/admin/outbox", "/account", "/account/password", "/account/email"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test("the shell fits without sideways scrolling", async ({ page, loginAs }) => {
    await loginAs("manager");
    for (const path of ["/", "/admin/people", "/account"]) {
      await page.goto(path);
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

test("member calendar (rendered), bookings and feed pages pass axe", async ({ page, loginAs }) => {
  await loginAs("member");
  await page.goto("/calendar");
  await expect(page.locator("[data-time='10:00:00']").first()).toBeVisible();
  await expectNoAxeViolations(page);
  for (const path of ["/calendar?view=list", "/bookings", "/bookings/new", "/account/calendar", "/spreekuur/beheer"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto("/bookings");
  await page.locator("main table a[href^='/bookings/']").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("staff and manager rooms and events pages pass axe", async ({ page, loginAs }) => {
  await loginAs("manager");
  for (const path of ["/admin/rooms", "/admin/rooms/new", "/admin/events", "/admin/events/new"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto("/admin/rooms");
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
    await loginAs("member");
    for (const path of ["/events", "/calendar", "/calendar?view=list", "/bookings", "/bookings/new", "/spreekuur"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
