import { expect, separatePage, signUpVerified, test, uniqueEmail } from "./fixtures";

test("a guest switches between Dutch and English and the choice is remembered", async ({ page }) => {
  // The browser gets the words of one language per visit; the other only after a switch.
  const words: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/i18n/")) words.push(url.pathname);
  });
  const errors: string[] = [];
  page.on("console", (message) => (message.type() === "error" ? errors.push(message.text()) : undefined));
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  // The words arrived after the switch, without a page load, and the whole page changed language.
  expect(words).toEqual(["/i18n/nl.js", "/i18n/en.js"]);
  await expect(page.getByRole("button", { name: "Wissel naar Nederlands" })).toBeVisible();
  expect(errors).toEqual([]);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/does-not-exist");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("button", { name: "Wissel naar Nederlands" }).click();
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
});

test.describe("with an English browser", () => {
  test.use({ locale: "en-GB" });
  test("a guest gets English from Accept-Language", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  });
});

test("a logged-in user's language is kept on the account", async ({ page, browser }) => {
  // An account of its own: a demo account left in English would greet other tests in English.
  const account = { name: "Pieter Taalmans", email: uniqueEmail("taal"), password: "een zin in twee talen" };
  await signUpVerified(page, account);
  await page.goto("/");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { name: /Hello, Pieter/ })).toBeVisible();
  // A new browser (no language cookie) logging in as the same person gets English too.
  const { page: other, close } = await separatePage(browser);
  await other.goto("/login");
  await other.getByLabel("E-mailadres", { exact: true }).fill(account.email);
  await other.getByLabel("Wachtwoord", { exact: true }).fill(account.password);
  await other.getByRole("main").getByRole("button", { name: "Inloggen" }).click();
  await expect(other.getByRole("heading", { name: /Hello, Pieter/ })).toBeVisible();
  await other.getByRole("button", { name: "Wissel naar Nederlands" }).click();
  await expect(other.getByRole("heading", { name: /Goedendag, Pieter/ })).toBeVisible();
  await close();
});

test("a page reached by navigation gets its title once the complete words arrive, however late", async ({ page }) => {
  // The language's complete table (not a page's own groups, ?g=) held back, as on a slow line.
  await page.route(/\/i18n\/nl\.js(\?(?!g=)[^/]*)?$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { name: "Account aanmaken" })).toBeVisible();
  await expect(page).toHaveTitle(/^Account aanmaken · /);
});
