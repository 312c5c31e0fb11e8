import { demoAccount, expect, LONG_TEST_TIMEOUT, shoot, test, uniqueEmail } from "./fixtures";

test("staff make a challenge of an intake and appoint a juror; a student starts a team; the juror scores it", async ({ page, loginAs }) => {
  test.setTimeout(LONG_TEST_TIMEOUT);
  const organisation = `Rederij Merwestroom ${Date.now().toString(36)}`;
  const team = `Veerkracht ${Date.now().toString(36)}`;
  const question = "Onze veerboten varen ook als er niemand wacht. Kan dat slimmer?";
  await page.goto("/intake");
  await page.getByLabel("Naam van de organisatie").fill(organisation);
  await page.getByLabel("Je naam").fill("Kees Bosman");
  await page.getByLabel("E-mailadres").fill(uniqueEmail("rederij"));
  await page.getByLabel("Grootte van de organisatie").selectOption("50-250");
  await page.getByLabel("Sector of branche").fill("Vervoer over water");
  await page.getByLabel("Data", { exact: true }).check();
  await page.getByLabel("Je vraag, in je eigen woorden").fill(question);
  await page.getByLabel(/Ik ga akkoord/).check();
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(page.getByText(/We hebben je vraag ontvangen/)).toBeVisible();

  // Staff: route the intake to a hackathon challenge, add it to the coming hackathon, appoint the partner as juror.
  await loginAs("staff", "/werkplaats/intake?view=list");
  await page.getByRole("link", { name: organisation }).click();
  await page.getByRole("button", { name: "Naar Vraagarticulatie" }).click();
  await page.getByLabel("Route").selectOption("hackathon_challenge");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();
  await page.goto("/werkplaats/hackathons");
  await page.getByRole("link", { name: "Hackathon Slimme Binnenstad" }).click();
  await page.getByLabel("Van de intake").selectOption({ label: `${organisation} — ${question}` });
  await page.getByLabel("Titel van de challenge").fill(`Slim varen ${organisation}`);
  await page.getByRole("button", { name: "Challenge toevoegen" }).click();
  await expect(page.getByText(`De challenge Slim varen ${organisation} staat erbij.`)).toBeVisible();
  const partner = demoAccount("partner");
  await page.getByLabel("E-mailadres van het jurylid").fill(partner.email);
  await page.getByRole("button", { name: "Aan de jury toevoegen" }).click();
  await expect(page.getByText(/zit (nu|al) in de jury/).first()).toBeVisible();
  await shoot(page, "hackathon-staff");
  const hackathonUrl = await page.getByRole("link", { name: "Pagina voor studenten en jury" }).getAttribute("href");

  // The student sees the open challenge on the start page and starts a team on it.
  await page.context().clearCookies();
  await loginAs("student");
  await expect(page.getByRole("link", { name: `Slim varen ${organisation}` })).toBeVisible();
  await shoot(page, "home-student");
  await page.goto(hackathonUrl!);
  const leave = page.getByRole("button", { name: "Team verlaten" });
  if (await leave.isVisible()) {
    await leave.click();
    await expect(page.getByText("Je hebt het team verlaten.")).toBeVisible();
  }
  const challenge = page.getByRole("region", { name: `Slim varen ${organisation}` });
  await challenge.getByLabel("Naam van je team").fill(team);
  await challenge.getByRole("button", { name: "Team beginnen" }).click();
  await expect(page.getByText(`Je team ${team} is begonnen.`)).toBeVisible();
  await expect(challenge.getByText("Jouw team")).toBeVisible();
  await shoot(page, "hackathon-student");

  // The juror scores the team; a mark out of range is refused beside the field, then corrected.
  await page.context().clearCookies();
  await loginAs("partner", hackathonUrl!);
  const form = page.getByRole("form", { name: `Scores voor ${team}` });
  await form.getByLabel("Impact").fill("12");
  await form.getByLabel("Idee").fill("8");
  await form.getByLabel("Haalbaarheid").fill("7");
  await form.getByLabel("Presentatie").fill("9");
  await form.getByRole("button", { name: "Scores opslaan" }).click();
  await expect(page.getByText("Geef een heel cijfer van 1 tot 10.").first()).toBeVisible();
  await page
    .getByRole("form", { name: `Scores voor ${team}` })
    .getByLabel("Impact")
    .fill("8");
  await page
    .getByRole("form", { name: `Scores voor ${team}` })
    .getByRole("button", { name: "Scores opslaan" })
    .click();
  await expect(page.getByText("Je scores zijn opgeslagen.")).toBeVisible();
  await shoot(page, "hackathon-juror");
  await page.goto(`${hackathonUrl!}/uitslag`);
  const ranking = page.getByRole("region", { name: `Slim varen ${organisation}` });
  await expect(ranking.getByRole("row", { name: new RegExp(team) })).toContainText("32");
  await shoot(page, "hackathon-results");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /De Digitale Werkplaats in/ })).toBeVisible();
  await shoot(page, "home-partner");
});
