import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

async function expectNoViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("public pages pass axe (WCAG 2.1 AA)", async ({ page }) => {
  for (const path of ["/", "/login", "/signup", "/forgot-password", "/terms", "/nope"]) {
    await page.goto(path);
    await expectNoViolations(page);
  }
});

test("the signup form with errors passes axe", async ({ page }) => {
  await page.goto("/signup");
  await page.getByRole("button", { name: "Account aanmaken" }).last().click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expectNoViolations(page);
});

test("manager pages pass axe", async ({ page, loginAs }) => {
  await loginAs("manager");
  for (const path of ["/", "/admin/people", "/admin/outbox", "/account", "/account/password", "/account/email"]) {
    await page.goto(path);
    await expectNoViolations(page);
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
