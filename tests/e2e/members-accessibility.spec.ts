import type { Page } from "@playwright/test";
import { todayIn } from "../../app/utils/zoned-time";
import { expect, expectNoAxeViolations, LONG_TEST_TIMEOUT, signUpVerified, test, uniqueEmail } from "./fixtures";

// Each axe run takes a second or two; these tests visit many pages.
test.describe.configure({ timeout: LONG_TEST_TIMEOUT });

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expectNoAxeViolations(page, path);
}

/** The first link like `pattern` on a page, read from its HTML without drawing it. */
async function firstHref(page: Page, path: string, pattern: RegExp) {
  const html = await (await page.request.get(path)).text();
  const hrefs = [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  const href = hrefs.find((h) => pattern.test(h));
  if (!href) throw new Error(`no link like ${pattern} on ${path}`);
  return href;
}

test("the public price page and the application page pass axe", async ({ page }) => {
  await visit(page, "/plans");
  const apply = await firstHref(page, "/plans", /^\/membership\/apply\?plan=/);
  await visit(page, apply);
});

// The member's pages and the manager's lists (memberships, plans, desks, floor, occupancy,
// reports, opening days, reception) are checked with axe in the role walks of smoke.spec.ts,
// loaded once per role there. What only this file does: the manager's action panels, opened.
test("manager pages pass axe with the action panels open", async ({ page, demoSession }) => {
  // The manager's session without a page: the two memberships are found in the lists' HTML.
  await page.context().addCookies(await demoSession("manager"));
  const pending = await firstHref(page, "/admin/memberships?view=pending", /^\/admin\/memberships\/[0-9a-f-]{36}$/);
  const active = await firstHref(page, "/admin/memberships?q=Daan", /^\/admin\/memberships\/[0-9a-f-]{36}$/);
  for (const path of [pending, `${active}?cancelDate=${todayIn()}`]) {
    await page.goto(path);
    // Open every panel that is still closed, outer ones first (some start open; a click on an
    // open one would close it and hide the panels inside).
    for (let closed = page.locator("details:not([open]) > summary"); (await closed.count()) > 0; ) {
      const visible = await closed.evaluateAll((summaries) => summaries.findIndex((s) => (s as HTMLElement).offsetParent !== null));
      if (visible < 0) break;
      await closed.nth(visible).click();
    }
    await expectNoAxeViolations(page, `${path} with panels open`);
  }
});

test("forms with errors pass axe: company with a wrong KvK, BTW-id and IBAN", async ({ page }) => {
  await signUpVerified(page, { name: "Test Ondernemer", email: uniqueEmail("bedrijf"), password: "een heel lang wachtwoord" });
  await page.goto("/company");
  await expect(page.getByRole("heading", { name: "Registreer je bedrijf" })).toBeVisible();
  await page.getByLabel("Bedrijfsnaam").fill("Proef BV");
  await page.getByLabel("KvK-nummer").fill("1234");
  await page.getByLabel(/Btw-identificatienummer/).fill("NL810433942B01");
  await page.getByLabel("Straat en huisnummer").fill("Voorstraat 1");
  await page.getByLabel("Postcode").fill("3311AA");
  await page.getByLabel("Plaats").fill("Dordrecht");
  await page.getByLabel("E-mailadres voor facturen").fill("admin@proef.nl");
  await page.getByLabel(/IBAN/).fill("NL91ABNA0417164301");
  await page.getByRole("button", { name: "Bedrijf registreren" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Een KvK-nummer heeft precies 8 cijfers.");
  await expect(alert).toContainText("Dit btw-id bestaat niet: het controlegetal klopt niet.");
  await expect(alert).toContainText("Dit IBAN klopt niet.");
  await expect(page.getByLabel("Bedrijfsnaam")).toHaveValue("Proef BV");
  await expectNoAxeViolations(page, "/company with errors");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test("member and manager pages fit without sideways scrolling", async ({ page, demoSession }) => {
    const check = async (paths: string[]) => {
      for (const path of paths) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    };
    await check(["/plans"]);
    // The worker's sessions (one real login each): no login form and start page drawn per role.
    await page.context().addCookies(await demoSession("member"));
    await check(["/", "/membership", "/reservations", "/checkin", "/daypass", "/company", "/directory", "/directory/profile"]);
    await page.context().clearCookies();
    await page.context().addCookies(await demoSession("manager"));
    await check([
      "/admin/memberships",
      "/admin/plans",
      "/admin/desks",
      "/admin/floor",
      "/admin/occupancy",
      "/admin/reports",
      "/admin/opening-days",
      "/admin/people",
      "/reception",
    ]);
  });

  test("buttons and menus are targets of at least 44×44 px", async ({ page, demoSession }) => {
    const tooSmall = async (path: string) => {
      await page.goto(path);
      return page.locator("main button, main select, main summary, main .btn, header button").evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(
            ({ el, box }) =>
              `${el.getAttribute("aria-label") ?? el.textContent?.trim()} ${Math.round(box.width)}×${Math.round(box.height)}`,
          ),
      );
    };
    await page.context().addCookies(await demoSession("manager"));
    for (const path of ["/admin/people", "/admin/opening-days", "/reception", "/admin/memberships"]) {
      expect(await tooSmall(path), path).toEqual([]);
    }
    // The role labels keep one line's height although their "×" is a 44 px target.
    await page.goto("/admin/people");
    const labelHeights = await page
      .locator("main li:has(button[value='revoke-role'])")
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(labelHeights.length).toBeGreaterThan(0);
    expect(Math.max(...labelHeights)).toBeLessThanOrEqual(32);
  });
});
