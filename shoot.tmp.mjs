import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3300";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-gpu", "--no-first-run"] });
async function session(email, viewport) {
  const ctx = await browser.newContext({ viewport, locale: "nl-NL", timezoneId: "Europe/Amsterdam", deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  if (email) {
    await page.goto(base + "/login");
    await page.getByLabel("E-mailadres", { exact: true }).fill(email);
    await page.getByLabel("Wachtwoord", { exact: true }).fill("welkom-bij-doc");
    await page.getByRole("main").getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL(base + "/");
  }
  return { ctx, page };
}
const [who, width, ...paths] = process.argv.slice(2);
const email = who === "guest" ? null : who;
const { ctx, page } = await session(email, { width: Number(width), height: 900 });
for (const path of paths) {
  const res = await page.goto(base + path);
  const name = `${who.split("@")[0]}-${width}-${path.replace(/[^a-z0-9]+/gi, "_")}.png`;
  await page.screenshot({ path: `/tmp/shots/${name}`, fullPage: true });
  console.log(res.status(), name);
}
await ctx.close();
await browser.close();
