import fs from "node:fs";
import type { Page } from "@playwright/test";
import { demoAccount, expect, latestMailTo, LONG_TEST_TIMEOUT, logIn, logOut, test, uniqueEmail } from "./fixtures";

/**
 * Every page, rendered in English, carries no Dutch UI words. The pages are read from app/routes,
 * not listed here, so a page added later is walked too: the ones without a parameter directly,
 * the ones with one through the first link to them found on the way.
 */

/**
 * Words of our Dutch UI that no English page should show (whole words, case-sensitive). Dutch
 * function words ("voor", "je") are left out: what people typed (an activity's description, an
 * invoice footer, a desk area's name) is in the language they wrote it in. For the same reason
 * "Nieuwe", "boeken" and "werkplek" are not on the list: they turn up in names, questions and
 * plan names that people typed (a colleague called "Nieuwe Collega", an SME asking to "online
 * boeken", the plan "Vaste werkplek" on a Dutch customer's invoice line).
 */
const dutchWords = [
  "Opslaan",
  "Annuleren",
  "Terug",
  "Controleer",
  "gemarkeerde",
  "Inloggen",
  "Uitloggen",
  "Overzicht",
  "Beheer",
  "Mijn",
  "Toevoegen",
  "Verwijderen",
  "Zoeken",
  "vandaag",
  "Vandaag",
  "werkplaats",
  "Werkplek",
  "Ruimtes",
  "ruimte",
  "Boekingen",
  "Lidmaatschap",
  "lidmaatschap",
  "Facturen",
  "factuur",
  "Abonnementen",
  "Activiteiten",
  "Leden",
  "Spreekuur",
  "Receptie",
  "inchecken",
  "Inchecken",
  "Bezetting",
  "Plattegrond",
  "maandag",
  "dinsdag",
  "woensdag",
  "donderdag",
  "vrijdag",
  "zaterdag",
  "zondag",
];
const dutchWord = new RegExp(`(?<![\\p{L}-])(${dutchWords.join("|")})(?![\\p{L}-])`, "u");
/** "€ 1.234,56": an amount written the Dutch way. */
const dutchAmount = /€\s?-?\d{1,3}(?:\.\d{3})*,\d{2}(?![\d.])/;

type Route = { pattern: RegExp; path?: string };

/** The pages of app/routes (resource routes, ending in .ts, are files, not pages). */
function pages(): Route[] {
  // The outbox shows each email in its recipient's language, not the reader's.
  const skip = new Set(["logout", "locale", "$", "setup", "admin.outbox"]);
  return fs
    .readdirSync("app/routes")
    .filter((f) => f.endsWith(".tsx"))
    .map((f) => f.replace(/\.tsx$/, ""))
    .filter((name) => !skip.has(name))
    .map((name) => {
      const segments = name
        .replace(/\[\.\]/g, "§")
        .split(".")
        .filter((s) => s !== "_index")
        .map((s) => s.replace(/_$/, "").replace(/§/g, "."));
      const path = `/${segments.join("/")}`;
      const pattern = new RegExp(`^${segments.map((s) => (s.startsWith("$") ? "/[^/?#]+" : `/${s}`)).join("") || "/"}(?:[?#].*)?$`);
      return name.includes("$") ? { pattern } : { pattern, path };
    });
}

/** Named and numbered character references, as far as our pages use them. */
const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decode(text: string) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] === "#")
      return String.fromCodePoint(ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return entities[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The text of a page's body as the server wrote it, leaving out what is marked Dutch on purpose
 * (the language switch), scripts, styles and templates. Read from the HTML, not from a rendered
 * page: the server renders every word a page starts with, and a browser per page cost two
 * minutes of a core for the two walks. What only the browser draws (the week grid's day names,
 * drawn by FullCalendar) is read in the browser after the manager's walk.
 */
function visibleText(html: string) {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return decode(
    body
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, " ")
      .replace(/<(\w+)\b[^>]*\blang="nl"[^>]*>[\s\S]*?<\/\1>/gi, " ")
      .replace(/<[^>]+>/g, " "),
  )
    .replace(/https?:\/\/\S+/g, " ") // an address someone typed (a deliverable's link) is data, not words
    .replace(/\s+/g, " ");
}

/** The links to pages of the app on a page, as written in its HTML. */
function hrefsOf(html: string) {
  return [...html.matchAll(/<a\b[^>]*\bhref="(\/[^"]*)"/gi)].map((m) => decode(m[1]!));
}

/** Walks the pages with the browser's cookies (the language, the session), reading each page's HTML. */
async function walk(page: Page, routes: Route[]) {
  const findings: string[] = [];
  const seen = new Set<string>();
  const queue = routes.flatMap((r) => (r.path ? [r.path] : []));
  const waiting = routes.filter((r) => !r.path);
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await page.request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    const html = (response.headers()["content-type"] ?? "").includes("html") ? await response.text() : "";
    const text = visibleText(html);
    const word = dutchWord.exec(text)?.[0];
    const amount = dutchAmount.exec(text)?.[0];
    if (word) findings.push(`${path}: "${word}" in …${text.slice(Math.max(0, text.indexOf(word) - 40), text.indexOf(word) + 40)}…`);
    if (amount) findings.push(`${path}: amount "${amount}"`);
    // The first link to each page with a parameter (a booking, an invoice, a trajectory) is walked too.
    const hrefs = hrefsOf(html);
    for (const route of [...waiting]) {
      const href = hrefs.find((h) => route.pattern.test(h) && !/\.(ics|csv|json|pdf|xml|zip)(\?|$)/.test(h));
      if (href) {
        waiting.splice(waiting.indexOf(route), 1);
        queue.push(href);
      }
    }
  }
  expect(seen.size, "pages walked").toBeGreaterThan(40);
  return findings;
}

// Two tests, so that the two walks (about a hundred pages each) run in two workers at once.
test("every page in English, for a visitor, has no Dutch words", async ({ page }) => {
  test.setTimeout(LONG_TEST_TIMEOUT);
  // A visitor: the English switch is remembered in a cookie.
  await page.goto("/");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("button", { name: "Wissel naar Nederlands" })).toBeVisible();
  const findings = await walk(page, pages());
  expect(findings.map((f) => `visitor ${f}`)).toEqual([]);
});

test("every page in English, for a manager, has no Dutch words", async ({ page }) => {
  test.setTimeout(LONG_TEST_TIMEOUT);
  // A manager of their own (a demo account left in English would greet other tests in English).
  const email = uniqueEmail("english-manager");
  await logIn(page, demoAccount("manager").email);
  await page.goto("/admin/people");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Uitnodiging versturen" }) });
  await form.getByLabel("Naam").fill("Emma Clarke");
  await form.getByLabel("E-mailadres", { exact: true }).fill(email);
  await form.getByLabel("Rol").selectOption({ label: "Beheerder" });
  await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("status")).toContainText(email);
  const mail = await latestMailTo(page, email);
  await logOut(page);
  await page.goto(mail.link!);
  await page.getByLabel("Wachtwoord", { exact: true }).fill("werken aan de werkplaats");
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("werken aan de werkplaats");
  await page.getByLabel(/Ik ga akkoord/).check();
  await page.getByRole("button", { name: "Uitnodiging accepteren" }).click();
  await expect(page.getByRole("button", { name: /^Accountmenu van / })).toBeVisible();
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("button", { name: "Wissel naar Nederlands" })).toBeVisible();
  const findings = await walk(page, pages());
  expect(findings.map((f) => `manager ${f}`)).toEqual([]);
  // The week grid is drawn in the browser: its day names in English too.
  await page.goto("/calendar");
  const firstDay = page.getByRole("columnheader", { name: /^\d+ \S+ \d{4}$/ }).first();
  await expect(firstDay).toHaveText(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+\s*$/);
  await expect(firstDay).toHaveAccessibleName(
    /^\d+ (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
  );
});
