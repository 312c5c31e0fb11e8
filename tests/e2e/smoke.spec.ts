import type { Page } from "@playwright/test";
import { navigationFor, isGroup, type NavItem } from "../../app/components/navigation";
import type { Role } from "../../app/modules/auth/roles";
import { addDays } from "../../app/utils/calendar";
import { todayIn } from "../../app/utils/zoned-time";
import { expect, expectNoAxeViolations, LONG_TEST_TIMEOUT, test } from "./fixtures";

/**
 * Every page a role can reach from its menu and its start page answers without an error, shows a
 * heading and throws nothing in the browser: a net under all the journeys. The same walk runs
 * axe (WCAG 2.1 AA) on the pages the accessibility walks name for that role: each page is loaded
 * once per role, not once for the walk and once more for axe.
 */
function menuTargets(roles: Role[]): string[] {
  return navigationFor(roles)
    .flatMap((entry) => (isGroup(entry) ? entry.items : [entry as NavItem]))
    .map((item) => item.to);
}

/** The page links in a page's main content (read from its HTML, as the server wrote it). */
function linksIn(html: string): string[] {
  const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? "";
  const hrefs = [...main.matchAll(/<a\b[^>]*\bhref="(\/[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  // A link to a place on a page (`/trajecten/…#own-evaluation-title`) is that page: visiting it
  // again with only the hash changed is no navigation, and page.goto answers it with no response.
  return hrefs.map((h) => h.split("#")[0]!).filter((h) => !/\.(ics|csv|json)(\?|$)/.test(h) && !h.startsWith("/logout"));
}

async function htmlOf(page: Page, path: string) {
  const response = await page.request.get(path);
  expect(response.status(), path).toBeLessThan(400);
  return response.text();
}

/** The first link on a page (read as HTML) that matches. */
async function firstLink(page: Page, path: string, pattern: RegExp) {
  const href = linksIn(await htmlOf(page, path)).find((h) => pattern.test(h));
  if (!href) throw new Error(`no link like ${pattern} on ${path}`);
  return href;
}

/** One page of a route per role is drawn in the browser; more pages of that route are read as HTML. */
const routeOf = (path: string) => path.split("?")[0]!.replace(/\/[0-9a-f-]{36}(?=\/|$)/g, "/:id");

/**
 * Visits each path once. Pages in `axe` (and the first page of every route) are drawn in the
 * browser: status, a visible heading in main, no error thrown in the browser, and for `axe` pages
 * a 200 and no axe violation. Further pages of a route already drawn (the fifth activity linked
 * from the start page) run the same server code and client bundle: they are read as HTML, with
 * the same status and heading checks, without a browser page load each.
 */
async function visitAll(page: Page, paths: string[], axe: string[] = []) {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  const axed = new Set(axe);
  const drawn = new Set<string>();
  for (const path of [...new Set([...paths, ...axe])]) {
    if (!axed.has(path) && drawn.has(routeOf(path))) {
      const html = await htmlOf(page, path);
      expect(/<main\b[\s\S]*<h1\b/.test(html), `${path} has a heading in main`).toBe(true);
      continue;
    }
    drawn.add(routeOf(path));
    const response = await page.goto(path);
    if (axed.has(path)) expect(response?.status(), path).toBe(200);
    else expect(response?.status(), path).toBeLessThan(400);
    await expect(page.locator("main h1").first(), path).toBeVisible();
    if (axed.has(path)) await expectNoAxeViolations(page, path);
  }
  expect(errors).toEqual([]);
}

const accountPages = ["/account", "/account/password", "/account/email"];

/** The pages each role's walk also checks with axe (the ones with a parameter found on the way). */
const axePages: Partial<Record<Role, (page: Page) => Promise<string[]>>> = {
  manager: async (page) => [
    "/",
    "/admin/people",
    "/admin/outbox",
    ...accountPages,
    "/admin/memberships",
    "/admin/memberships?view=pending",
    "/admin/memberships?view=ending",
    "/admin/plans",
    "/admin/plans/new",
    await firstLink(page, "/admin/plans", /^\/admin\/plans\/[0-9a-f-]{36}$/),
    "/admin/desks",
    "/admin/floor",
    "/admin/occupancy?period=day",
    "/admin/occupancy?period=week",
    "/admin/occupancy?period=month",
    "/admin/reports",
    "/admin/opening-days",
    "/reception?q=a",
    "/admin/rooms",
    "/admin/rooms/new",
    "/admin/events",
    "/admin/events/new",
  ],
  member: async (page) => {
    const membership = await firstLink(page, "/membership", /^\/membership\/[0-9a-f-]{36}$/);
    return [
      "/",
      "/membership",
      membership,
      `${membership}?cancelDate=${addDays(todayIn(), 7)}`,
      "/reservations",
      "/checkin",
      "/daypass",
      "/company",
      "/directory",
      "/directory/profile",
      "/calendar?view=list",
      "/bookings",
      "/bookings/new",
      "/account/calendar",
      "/spreekuur/beheer",
    ];
  },
};

const roles: Role[] = ["staff", "member", "student", "teacher", "partner"];

/**
 * A walk with axe pages draws some forty pages and runs axe on twenty: on a loaded 2-core machine
 * (four workers, other work beside them) that took up to five minutes. A ceiling for waiting; a
 * passing walk on a quiet machine does not come near it.
 */
const AXE_WALK_TIMEOUT = 2 * LONG_TEST_TIMEOUT;

for (const role of roles) {
  test(`every page in the ${role}'s menu and on their start page works`, async ({ page, loginAs }) => {
    test.setTimeout(axePages[role] ? AXE_WALK_TIMEOUT : LONG_TEST_TIMEOUT);
    await loginAs(role);
    const fromStart = linksIn(await page.content());
    const axe = (await axePages[role]?.(page)) ?? [];
    await visitAll(page, [...menuTargets([role]), ...fromStart.slice(0, 25), ...accountPages], axe);
  });
}

// The manager reaches the most pages (and most of the axe walk's): two tests, run side by side.
test("every page in the manager's menu works", async ({ page, loginAs }) => {
  test.setTimeout(AXE_WALK_TIMEOUT);
  await loginAs("manager");
  const axe = await axePages.manager!(page);
  const menu = menuTargets(["manager"]);
  await visitAll(
    page,
    menu,
    axe.filter((path) => menu.includes(path)),
  );
});

test("every page on the manager's start page, the account pages and the manager's axe pages work", async ({ page, loginAs }) => {
  test.setTimeout(AXE_WALK_TIMEOUT);
  await loginAs("manager");
  const fromStart = linksIn(await page.content());
  const menu = menuTargets(["manager"]);
  const axe = (await axePages.manager!(page)).filter((path) => !menu.includes(path));
  await visitAll(page, [...fromStart.slice(0, 25).filter((path) => !menu.includes(path)), ...accountPages], axe);
});

test("every public page a guest can reach works", async ({ page }) => {
  test.setTimeout(LONG_TEST_TIMEOUT);
  await page.goto("/");
  const fromStart = linksIn(await page.content());
  const fromEvents = linksIn(await htmlOf(page, "/events"));
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
