// Finds a Chromium for Playwright: $CHROMIUM_PATH, Debian's package, or Playwright's own download.
import fs from "node:fs";

/**
 * Debian's old headless shell (package chromium-headless-shell) comes first: it is the browser
 * Playwright itself runs headless tests in, without the full browser's UI layers, and it used
 * about a third less CPU than /usr/bin/chromium for the same smoke walk (52 s against 80 s of
 * browser and runner CPU for seven role walks) — on a 2-core CI machine that is minutes.
 */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const path of candidates) if (path && fs.existsSync(path)) return path;
  return undefined;
}

/** Playwright's own browser, if `npx playwright install chromium` put one on this machine. */
export async function playwrightChromium() {
  try {
    const { chromium } = await import("@playwright/test");
    const path = chromium.executablePath();
    return path && fs.existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export const chromiumArgs = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--disable-gpu",
];
