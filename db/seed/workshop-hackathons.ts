import { and, eq } from "drizzle-orm";
import { events, hackathonChallenges, hackathonJurors, hackathonTeamMembers, hackathonTeams, juryScores } from "../schema";
import { juryCriteria } from "../schema/enums";
import { addDays, type IsoDate } from "../../app/utils/calendar";
import { zonedToUtc } from "../../app/utils/zoned-time";
import { db } from "../../app/utils/db.server";
import { intake } from "./workshop-intakes";
import type { Student } from "./workshop-people";
import { CHALLENGE_SMES } from "./workshop-year";

type Person = { id: string };

/**
 * Last spring's hackathon, finished (challenges, teams, the jury's marks and each outcome), and
 * an open challenge for the coming one the agenda's seed planned.
 */
export async function seedHackathons(
  werkplaatsId: string,
  today: IsoDate,
  daysAgo: (n: number) => Date,
  students: Student[],
  jury: Person[],
) {
  const past = addDays(today, -75);
  const [spring] = await db
    .insert(events)
    .values({
      werkplaatsId,
      kind: "hackathon",
      titleNl: "Hackathon Circulair Dordt",
      titleEn: "Circular Dordt Hackathon",
      descriptionNl: "Een dag bouwen aan circulaire oplossingen voor Dordtse ondernemers.",
      themes: ["circular_economy", "data"],
      audiences: ["students"],
      startsAt: zonedToUtc(past, "09:00"),
      endsAt: zonedToUtc(past, "17:00"),
      capacity: 40,
      status: "published",
      publishedAt: daysAgo(120),
    })
    .returning();
  await db.insert(hackathonJurors).values(jury.map((u) => ({ werkplaatsId, eventId: spring!.id, userId: u.id, addedAt: daysAgo(90) })));
  const teamNames = [
    ["Tweede Leven", "Kringkracht"],
    ["Versbeheer", "Kratjes"],
  ];
  for (const [i, sme] of CHALLENGE_SMES.slice(1, 4).entries()) {
    const row = await intake(werkplaatsId, sme, i < 2 ? "delivered" : "matched", "hackathon_challenge", daysAgo(100 + i * 5));
    if (i === 2) {
      // The coming hackathon (in the agenda's seed) gets this one as an open challenge.
      const [coming] = await db
        .select({ id: events.id })
        .from(events)
        .where(and(eq(events.werkplaatsId, werkplaatsId), eq(events.kind, "hackathon"), eq(events.titleNl, "Hackathon Slimme Binnenstad")));
      if (coming)
        await db
          .insert(hackathonChallenges)
          .values({ werkplaatsId, eventId: coming.id, intakeId: row.id, title: "Bezoekers per straat tellen", description: sme.question });
      continue;
    }
    const [challenge] = await db
      .insert(hackathonChallenges)
      .values({
        werkplaatsId,
        eventId: spring!.id,
        intakeId: row.id,
        title: i === 0 ? "Kringloopspullen online" : "Minder groente weggooien",
        description: sme.question,
        outcome:
          i === 0
            ? "Een werkend prototype van een webwinkel die foto's van de kassa gebruikt; Kringloop De Noordhoek test het deze maand."
            : "Een voorspelmodel op kassadata en het weer, met een weekoverzicht voor de inkoop.",
        outcomeRecordedAt: daysAgo(70),
        createdAt: daysAgo(95),
      })
      .returning();
    for (const [k, name] of teamNames[i]!.entries()) {
      const [team] = await db
        .insert(hackathonTeams)
        .values({ werkplaatsId, challengeId: challenge!.id, name, createdAt: zonedToUtc(past, "09:30") })
        .returning();
      const members = students.filter((_, n) => n % 4 === i * 2 + k);
      await db
        .insert(hackathonTeamMembers)
        .values(
          members.map((s) => ({ werkplaatsId, teamId: team!.id, eventId: spring!.id, userId: s.id, joinedAt: zonedToUtc(past, "09:30") })),
        );
      await db.insert(juryScores).values(
        jury.flatMap((juror, j) =>
          juryCriteria.map((criterion, c) => ({
            werkplaatsId,
            teamId: team!.id,
            jurorId: juror.id,
            criterion,
            score: 6 + ((i + k * 2 + j + c) % 4),
            scoredAt: zonedToUtc(past, "16:30"),
          })),
        ),
      );
    }
  }
}
