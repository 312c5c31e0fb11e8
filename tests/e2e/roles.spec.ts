import { DEMO_PASSWORD } from "../../db/factories";
import { demoAccount, expect, latestMailTo, logIn, logOut, test, uniqueEmail, viaMenu } from "./fixtures";

test("a manager invites a staff member who accepts and gets the staff role", async ({ page }) => {
  const email = uniqueEmail("medewerker");
  // Its own session: the test logs out, which would end a shared one.
  await logIn(page, demoAccount("manager").email);
  await viaMenu(page, "Beheer", "Mensen en rollen");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Uitnodiging versturen" }) });
  await form.getByLabel("Naam").fill("Yusuf Demir");
  await form.getByLabel("E-mailadres", { exact: true }).fill(email);
  await form.getByLabel("Rol").selectOption({ label: "Medewerker werkplaats" });
  await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("status")).toContainText(`Uitnodiging verstuurd naar ${email}`);
  await expect(
    page.getByRole("region", { name: "Openstaande uitnodigingen" }).or(page.locator("section", { hasText: "Openstaande uitnodigingen" })),
  ).toContainText(email);

  const mail = await latestMailTo(page, email);
  await logOut(page);
  await page.goto(mail.link!);
  await expect(page.getByRole("heading", { name: "Uitnodiging voor DOC Dordrecht" })).toBeVisible();
  await expect(page.getByText(/uitgenodigd als medewerker werkplaats/)).toBeVisible();
  await page.getByLabel("Wachtwoord", { exact: true }).fill("werken aan de werkplaats");
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("werken aan de werkplaats");
  await page.getByLabel(/Ik ga akkoord/).check();
  await page.getByRole("button", { name: "Uitnodiging accepteren" }).click();
  await expect(page.getByText("Je bent hier medewerker werkplaats.")).toBeVisible();

  await logOut(page);
  await logIn(page, demoAccount("manager").email);
  await page.goto(`/admin/people?q=${encodeURIComponent(email)}`);
  await expect(page.getByRole("row", { name: /Yusuf Demir/ })).toContainText("Medewerker werkplaats");
});

test("a member gets a Dutch 403 on a manager page and does not see manager navigation", async ({ page, loginAs }) => {
  await loginAs("member");
  await expect(page.getByRole("link", { name: "Mensen en rollen" })).toHaveCount(0);
  const response = await page.goto("/admin/people");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  const outbox = await page.goto("/admin/outbox");
  expect(outbox?.status()).toBe(403);
});

test("a guest asking for a manager page is sent to log in and comes back afterwards", async ({ page }) => {
  await page.goto("/admin/outbox");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fadmin%2Foutbox/);
  await page.getByLabel("E-mailadres", { exact: true }).fill(demoAccount("manager").email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/admin\/outbox$/);
  await expect(page.getByRole("heading", { name: "Uitgaande e-mail" })).toBeVisible();
});
