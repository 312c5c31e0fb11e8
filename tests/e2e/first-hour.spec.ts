import { demoAccount, expect, logIn, separatePage, shoot, test, uniqueEmail } from "./fixtures";

test("a member's hours summary agrees with the charges; the manager's screens speak about the member", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const { page: member, close } = await separatePage(browser);
  await logIn(member, demoAccount("member").email);
  await member.goto("/bookings");
  await expect(member.getByRole("heading", { name: "Je uren deze maand" })).toBeVisible();
  await shoot(member, "bookings-member");
  await close();

  await logIn(page, demoAccount("manager").email);
  await page.goto("/bookings");
  await expect(page.getByRole("heading", { name: "Mijn boekingen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Je uren deze maand" })).toHaveCount(0);
  await expect(page.getByText("je betaalt de uurprijs")).toHaveCount(0);
  await shoot(page, "bookings-manager");

  await page.goto("/admin/memberships");
  const detail = page.locator('a[href^="/admin/memberships/"]').filter({ hasNotText: /nieuw/i }).first();
  await detail.click();
  await page.waitForURL(/\/admin\/memberships\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { name: "Acties", level: 2 })).toBeVisible();
  const name = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  const cancel = page.locator("details").filter({ has: page.locator("summary", { hasText: "Opzeggen" }) });
  await expect(cancel).toHaveCount(1);
  await expect(cancel).not.toHaveAttribute("open", "");
  await shoot(page, "membership-manager-closed");
  await cancel.locator("summary").click();
  await expect(cancel.getByText(`het lidmaatschap van ${name}`)).toBeVisible();
  await expect(cancel.getByText("je lidmaatschap")).toHaveCount(0);
  await shoot(page, "membership-manager-cancel-open");
});

test("a waitlisted guest's ticket promises no place, and a refusal heads the error summary", async ({ page }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("wachtlijst");
  const title = "Social media plannen zonder stress"; // full in the demo data, with a waitlist
  const join = async () => {
    await page.goto("/events");
    await page.getByRole("link", { name: title }).first().click();
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await page.getByLabel("Naam", { exact: true }).fill("Wim Wachter");
    await page.getByLabel("E-mailadres", { exact: true }).fill(email);
    await page.getByLabel(/Ik geef toestemming/).check();
    await page.getByRole("button", { name: "Op de wachtlijst" }).click();
  };
  await join();
  await expect(page.getByText(/je staat op de wachtlijst \(plaats \d+\)/).first()).toBeVisible();
  await expect(page.getByText("Haal je naam van de wachtlijst, dan schuiven de mensen na jou een plaats op.")).toBeVisible();
  await expect(page.getByText("dan gaat je plaats naar")).toHaveCount(0);
  await shoot(page, "ticket-waitlisted");

  await join();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Met dit e-mailadres ben je al aangemeld");
  await expect(alert).not.toContainText("Controleer de gemarkeerde velden");
  await shoot(page, "register-refused");
});
