import { expect, test } from "./fixtures";

test("a wrong-password streak gets a short, growing wait in Dutch, not a 15-minute lockout", async ({ page }) => {
  const email = `streak-${Date.now()}@example.nl`;
  await page.goto("/login");
  const statuses: number[] = [];
  page.on("response", (r) => {
    if (r.request().method() === "POST" && r.url().includes("/login")) statuses.push(r.status());
  });
  for (let i = 0; i < 6; i++) {
    await page.getByLabel("E-mailadres", { exact: true }).fill(email);
    await page.getByLabel("Wachtwoord", { exact: true }).fill(`een fout wachtwoord ${i}`);
    await page.getByRole("main").getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expect.poll(() => statuses.length).toBe(i + 1);
  }
  await expect(page.getByRole("alert")).toContainText(
    "Te veel verkeerde wachtwoorden voor dit account achter elkaar. Probeer het over 1 min. opnieuw",
  );
  expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  // What was typed stays in the form.
  await expect(page.getByLabel("E-mailadres", { exact: true })).toHaveValue(email);
});
