// Screenshots of the rooms and events pages at 1280 and 390 px wide, for looking at what we built.
//   node scripts/screenshots.mjs http://127.0.0.1:3400 /tmp/shots
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumArgs, findChromium } from "../tests/support/chromium.js";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = process.argv[3] ?? "screenshots";
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });

async function session(email) {
  const context = await browser.newContext({ baseURL: base, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  if (email) {
    await page.goto("/login");
    await page.getByLabel("E-mailadres", { exact: true }).fill(email);
    await page.getByLabel("Wachtwoord", { exact: true }).fill("welkom-bij-doc");
    await page.getByRole("main").getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  }
  return { context, page };
}

async function shoot(page, name, path, { wait } = {}) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.goto(path);
    if (wait) await page.waitForSelector(wait, { timeout: 10_000 }).catch(() => {});
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
  }
}

const guest = await session(null);
await shoot(guest.page, "events", "/events");
const firstEvent = await guest.page.locator("main h2 a").first().getAttribute("href");
await shoot(guest.page, "event-detail", firstEvent);
await shoot(guest.page, "spreekuur", "/spreekuur");
const slot = await guest.page.locator("main a[href^='/spreekuur/']").first().getAttribute("href");
if (slot) await shoot(guest.page, "spreekuur-book", slot);
await shoot(guest.page, "home-guest", "/");
// A guest registers for the first open event: the ticket page with its QR code.
await guest.page.setViewportSize({ width: 1280, height: 900 });
await guest.page.goto(firstEvent);
await guest.page.getByLabel("Naam", { exact: true }).fill("Marco Verhoeven");
await guest.page.getByLabel("E-mailadres", { exact: true }).fill(`marco-${Date.now()}@example.nl`);
await guest.page.getByLabel(/Ik geef toestemming/).check();
await guest.page.getByRole("button", { name: /^(Aanmelden|Op de wachtlijst)$/ }).click();
await guest.page.waitForURL(/\/tickets\//);
const ticket = new URL(guest.page.url()).pathname;
const checkinCode = await guest.page
  .locator("p.font-mono")
  .textContent()
  .catch(() => null);
await shoot(guest.page, "ticket", ticket);

const member = await session("sanne@studio-noord.nl");
await shoot(member.page, "calendar", "/calendar", { wait: ".fc-event, .fc-timegrid-event, [class*=event]" });
await shoot(member.page, "calendar-list", "/calendar?view=list");
await shoot(member.page, "calendar-month", "/calendar?cal=month", { wait: ".wp-item-event" });
await shoot(member.page, "bookings", "/bookings");
const booking = await member.page.locator("main table a[href^='/bookings/']").first().getAttribute("href");
await shoot(member.page, "booking-new", "/bookings/new");
if (booking) await shoot(member.page, "booking-detail", booking);
await shoot(member.page, "home-member", "/");
await shoot(member.page, "account-calendar", "/account/calendar");
await shoot(member.page, "event-detail-member", firstEvent);

const staff = await session("jeroen@doc-dordrecht.nl");
await shoot(staff.page, "admin-events", "/admin/events");
const adminEvent = await staff.page.locator("main table a[href^='/admin/events/']").first().getAttribute("href");
await shoot(staff.page, "admin-event-new", "/admin/events/new");
await shoot(staff.page, "admin-event-edit", adminEvent);
await shoot(staff.page, "attendees", `${adminEvent}/attendees`);
await shoot(staff.page, "spreekuur-beheer", "/spreekuur/beheer");
if (checkinCode) await shoot(staff.page, "checkin", `/checkin/${checkinCode.trim()}`);
await shoot(staff.page, "calendar-staff", "/calendar", { wait: ".fc-event, [class*=event]" });

const manager = await session("beheer@doc-dordrecht.nl");
await shoot(manager.page, "admin-rooms", "/admin/rooms");
const room = await manager.page.locator("main table a[href^='/admin/rooms/']").first().getAttribute("href");
await shoot(manager.page, "admin-room-edit", room);
await shoot(manager.page, "home-manager", "/");

await browser.close();
process.stdout.write(`screenshots in ${out}\n`);
