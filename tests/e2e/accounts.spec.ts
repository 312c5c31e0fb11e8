import { demoAccount, expect, latestMailTo, logIn, logOut, submitSignUp, test, uniqueEmail } from "./fixtures";

test("an entrepreneur signs up, confirms the address, logs out and logs in again", async ({ page }) => {
  const email = uniqueEmail("starter");
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Account aanmaken" }).click();
  await expect(page).toHaveTitle(/Account aanmaken · DOC Dordrecht/);

  // Submitting empty shows every problem beside its field and in the summary, in Dutch, with a 400.
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes("/signup") && r.request().method() === "POST"),
    page.getByRole("button", { name: "Account aanmaken" }).last().click(),
  ]);
  expect(response.status()).toBe(400);
  await expect(page.getByRole("alert").first()).toContainText("Controleer de gemarkeerde velden");
  await expect(page.getByText("Je moet akkoord gaan met de voorwaarden").first()).toBeVisible();

  await page.getByLabel("Volledige naam").fill("Lotte Smit");
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill("kort");
  await page.getByRole("button", { name: "Account aanmaken" }).last().click();
  await expect(page.getByText("Je wachtwoord moet minstens 10 tekens hebben.").first()).toBeVisible();
  // What was typed is kept (except the password).
  await expect(page.getByLabel("Volledige naam")).toHaveValue("Lotte Smit");
  await expect(page.getByLabel("E-mailadres", { exact: true })).toHaveValue(email);

  await page.getByLabel("Wachtwoord", { exact: true }).fill("een fiets en een bureau");
  await page.getByLabel(/Ik ga akkoord met de voorwaarden/).check();
  await page.getByRole("button", { name: "Account aanmaken" }).last().click();
  // Nobody is logged in until the address is proven: the link is in the email.
  await expect(page.getByRole("heading", { name: "Kijk in je e-mail" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(`We hebben een e-mail gestuurd naar ${email}`);
  const mail = await latestMailTo(page, email);
  expect(mail.body).toContain("48 uur geldig");
  await page.goto(mail.link!);
  await expect(page.getByText("Heb je dit account zelf aangemaakt?")).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Inloggen" }).click();
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill("een fiets en een bureau");
  await page.getByRole("main").getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("button", { name: "E-mailadres bevestigen" }).click();
  await expect(page.getByText("Je e-mailadres is bevestigd.")).toBeVisible();
  await page.getByRole("link", { name: "Verder" }).click();
  await expect(page.getByRole("heading", { name: "Goedendag, Lotte" })).toBeVisible();
  await expect(page.getByText("Je hebt nog geen rol", { exact: true })).toBeVisible();

  await logOut(page);
  await logIn(page, email, "een fiets en een bureau");
  await expect(page.getByRole("heading", { name: "Goedendag, Lotte" })).toBeVisible();
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-mailadres", { exact: true }).fill(demoAccount("member").email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill("niet het goede wachtwoord");
  await page.getByRole("main").getByRole("button", { name: "Inloggen" }).click();
  const message = "Deze combinatie van e-mailadres en wachtwoord kennen we niet.";
  await expect(page.getByRole("alert")).toContainText(message);
  await page.getByLabel("E-mailadres", { exact: true }).fill("bestaat-niet@example.nl");
  await page.getByLabel("Wachtwoord", { exact: true }).fill("niet het goede wachtwoord");
  await page.getByRole("main").getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("alert")).toContainText(message);
});

test("a member resets a forgotten password through the link in /admin/outbox", async ({ page }) => {
  const email = uniqueEmail("vergeetachtig");
  await submitSignUp(page, { name: "Bram de Wit", email, password: "mijn oude wachtwoord" });

  await page.goto("/login");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expect(page.getByRole("heading", { name: "Wachtwoord vergeten" })).toBeVisible();
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Stuur de link" }).click();
  await expect(page.getByRole("status")).toContainText("is er nu een e-mail onderweg");

  const mail = await latestMailTo(page, email);
  expect(mail.body).toContain("1 uur geldig");
  await page.goto(mail.link!);
  await page.getByLabel("Nieuw wachtwoord").fill("mijn nieuwe wachtwoord");
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("iets anders dan dat");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText("De twee wachtwoorden zijn niet gelijk.").first()).toBeVisible();
  await page.getByLabel("Nieuw wachtwoord").fill("mijn nieuwe wachtwoord");
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("mijn nieuwe wachtwoord");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText("Je wachtwoord is gewijzigd.")).toBeVisible();
  await logIn(page, email, "mijn nieuwe wachtwoord");

  // The link works once.
  await page.goto(mail.link!);
  await expect(page.getByText("Deze link is ongeldig, verlopen of al gebruikt.")).toBeVisible();
});
