import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import {
  events,
  hackathonChallenges,
  hackathonJurors,
  hackathonTeamMembers,
  hackathonTeams,
  intakeMoves,
  internshipAssignments,
  juryScores,
  trajectories,
  trajectoryMembers,
  trajectoryMilestones,
  users,
  workshopEvaluations,
  workshopIntakes,
} from "../schema";
import { intakeStages, juryCriteria, type IntakeRoute, type IntakeStage } from "../schema/enums";
import { giveRoles, userWithEmail } from "../factories";
import { addDays, addMonths, type IsoDate } from "../../app/utils/calendar";
import { todayIn, zonedToUtc } from "../../app/utils/zoned-time";
import { db } from "../../app/utils/db.server";
import { answeredEvaluation, type DemoEvaluation } from "./workshop-evaluations";

type Sme = {
  organisation: string;
  contact: string;
  sector: string;
  size: "zzp" | "2-10" | "10-50" | "50-250" | "foundation";
  themes: string[];
  question: string;
};

/** Believable Dordtse askers; the stage each file reached, and by which route. */
const SMES: (Sme & { stage: IntakeStage; route: IntakeRoute | null })[] = [
  {
    organisation: "Kapsalon Knip & Co",
    contact: "Yvonne Peters",
    sector: "Persoonlijke verzorging",
    size: "2-10",
    themes: ["ecommerce"],
    question: "Klanten bellen nog voor elke afspraak. Kan online boeken zonder dure software?",
    stage: "intake",
    route: null,
  },
  {
    organisation: "Stichting Dordtse Voedselbank",
    contact: "Henk de Groot",
    sector: "Welzijn",
    size: "foundation",
    themes: ["data"],
    question: "We houden voorraad bij in drie Excel-bestanden. Hoe maken we daar één overzicht van?",
    stage: "articulation",
    route: null,
  },
  {
    organisation: "Drukkerij Merwede",
    contact: "Ilse Verhoeven",
    sector: "Grafisch",
    size: "10-50",
    themes: ["cyber_security"],
    question: "Na een phishingmail willen we weten hoe kwetsbaar we zijn.",
    stage: "matched",
    route: "spreekuur",
  },
  {
    organisation: "Fietsenmaker Spaak",
    contact: "Ruud Spaak",
    sector: "Detailhandel",
    size: "zzp",
    themes: ["ecommerce", "automation"],
    question: "Reparaties plannen kost me elke dag een uur aan de telefoon.",
    stage: "closed",
    route: "market_referral",
  },
];

const CHALLENGE_SMES: Sme[] = [
  {
    organisation: "Rederij Drechtsteden",
    contact: "Kees Bosman",
    sector: "Vervoer",
    size: "50-250",
    themes: ["data", "energy_transition"],
    question: "Onze veerboten varen op vaste tijden, ook als er niemand wacht. Kan het slimmer met data?",
  },
  {
    organisation: "Kringloop De Noordhoek",
    contact: "Fenna Smits",
    sector: "Circulaire economie",
    size: "foundation",
    themes: ["circular_economy", "ecommerce"],
    question: "Hoe verkopen we onze mooiste spullen ook online, zonder veel extra werk?",
  },
  {
    organisation: "Groenteboer Verhage",
    contact: "Ans Verhage",
    sector: "Detailhandel",
    size: "2-10",
    themes: ["circular_economy"],
    question: "We gooien elke week kratten groente weg. Hoe voorspellen we beter wat er verkocht wordt?",
  },
  {
    organisation: "Binnenstadsmanagement Dordrecht",
    contact: "Arjen Vos",
    sector: "Overheid en vereniging",
    size: "2-10",
    themes: ["data"],
    question: "Hoeveel bezoekers komen er per straat, en wat doen etalages daaraan?",
  },
];

const STUDENTS = [
  { email: "noor@student.davinci.nl", name: "Noor Hendriks", institution: "ROC Da Vinci College", level: "mbo" as const },
  { email: "sem.vandijk@student.davinci.nl", name: "Sem van Dijk", institution: "ROC Da Vinci College", level: "mbo" as const },
  { email: "aylin.kaya@student.davinci.nl", name: "Aylin Kaya", institution: "ROC Da Vinci College", level: "mbo" as const },
  { email: "thijs.bos@student.hr.nl", name: "Thijs Bos", institution: "Hogeschool Rotterdam", level: "hbo" as const },
  { email: "mila.jansen@student.hr.nl", name: "Mila Jansen", institution: "Hogeschool Rotterdam", level: "hbo" as const },
  { email: "jayden.martis@student.hr.nl", name: "Jayden Martis", institution: "Hogeschool Rotterdam", level: "hbo" as const },
];

const mailOf = (organisation: string) =>
  `info@${organisation
    .toLowerCase()
    .replace(/[^a-z]+/g, "-")
    .replace(/^-|-$/g, "")}.nl`;

async function intake(werkplaatsId: string, sme: Sme, stage: IntakeStage, route: IntakeRoute | null, createdAt: Date) {
  const [row] = await db
    .insert(workshopIntakes)
    .values({
      werkplaatsId,
      organisation: sme.organisation,
      contactName: sme.contact,
      email: mailOf(sme.organisation),
      sizeClass: sme.size,
      sector: sme.sector,
      themes: sme.themes,
      question: sme.question,
      availability: "Dinsdag en donderdag overdag",
      consentAt: createdAt,
      retainUntil: addMonths(todayIn(createdAt), 12),
      stage,
      route,
      clarifiedQuestion: stage === "intake" ? null : sme.question,
      dedupeKey: createHash("sha256").update(`workshop-demo\n${sme.organisation}`).digest("hex"),
      createdAt,
      updatedAt: createdAt,
    })
    .returning();
  // The board's log: every column up to where it stands, a day apart, all in the past.
  const path =
    stage === "closed"
      ? (["intake", "articulation", "matched", "closed"] as const)
      : intakeStages.slice(0, intakeStages.indexOf(stage) + 1);
  await db.insert(intakeMoves).values(
    path.map((to, i) => ({
      werkplaatsId,
      intakeId: row!.id,
      fromStage: i === 0 ? null : path[i - 1]!,
      toStage: to,
      movedAt: new Date(createdAt.getTime() + i * 86_400_000),
    })),
  );
  return row!;
}

/** Three trajectories delivered earlier this year, each with its SME's evaluation and follow-up. */
function delivered(today: IsoDate) {
  const plan = (sme: Sme, monthsAgo: number, team: number[], evaluation: DemoEvaluation) => ({
    sme,
    stage: "evaluated" as const,
    status: "delivered" as const,
    start: addMonths(today, -monthsAgo - 4),
    end: addMonths(today, -monthsAgo),
    team,
    evaluation,
  });
  return [
    plan(
      {
        organisation: "Schildersbedrijf Dordtse Kleur",
        contact: "Ilse de Bruin",
        sector: "Bouw",
        size: "10-50",
        themes: ["automation"],
        question: "Kunnen offertes sneller dan met de hand in Word?",
      },
      7,
      [0, 2],
      { rating: 7, recommend: true, planned: ["implemented_advice", "followed_training"], taken: ["implemented_advice"] },
    ),
    plan(
      {
        organisation: "Bloemisterij Het Wantij",
        contact: "Yasmina Bouzid",
        sector: "Detailhandel",
        size: "zzp",
        themes: ["ecommerce"],
        question: "Hoe laten we klanten zelf online een boeket bestellen?",
      },
      6,
      [1, 5],
      { rating: 6, recommend: false, planned: ["hired_market_party"], taken: ["nothing_yet"] },
    ),
    plan(
      {
        organisation: "Autobedrijf De Zeedijk",
        contact: "Kees Verhoef",
        sector: "Mobiliteit",
        size: "2-10",
        themes: ["data", "ecommerce"],
        question: "Welke onderdelen moeten we op voorraad hebben?",
      },
      5,
      [3, 4],
      { rating: 8, recommend: true, planned: ["implemented_advice"], taken: ["implemented_advice", "hired_market_party"] },
    ),
  ];
}

/**
 * The workshop's demo: intakes in every column of the board, three trajectories with mixed mbo/hbo
 * teams, a teacher and milestones, last spring's hackathon with challenges, teams, the jury's scores
 * and outcomes, the coming hackathon's open challenges, and stage-opdrachten (one claimed, one paid).
 * Whatever is done (delivered, scored, paid) lies in the past; only what is planned lies ahead.
 */
export async function seedWorkshop(werkplaatsId: string, now = new Date()) {
  const [done] = await db
    .select({ id: hackathonChallenges.id })
    .from(hackathonChallenges)
    .where(eq(hackathonChallenges.werkplaatsId, werkplaatsId))
    .limit(1);
  if (done) return;
  const today = todayIn(now);
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
  const students: ((typeof STUDENTS)[number] & { id: string })[] = [];
  for (const s of STUDENTS) {
    const user = await userWithEmail({ email: s.email, name: s.name });
    await giveRoles(werkplaatsId, user.id, ["student"]);
    students.push({ ...s, id: user.id });
  }
  const [teacher] = await db.select().from(users).where(eq(users.email, "docent@davinci.nl"));
  const [partner] = await db.select().from(users).where(eq(users.email, "partner@rabobank-drechtsteden.nl"));
  const [staff] = await db.select().from(users).where(eq(users.email, "jeroen@doc-dordrecht.nl"));

  for (const [i, sme] of SMES.entries()) await intake(werkplaatsId, sme, sme.stage, sme.route, daysAgo(5 + i * 9));

  // Three trajectories: one forming, one running with milestones ahead, one evaluated last term.
  const plans = [
    {
      sme: {
        organisation: "Bouwbedrijf Van Wijk",
        contact: "Marco van Wijk",
        sector: "Bouw",
        size: "10-50" as const,
        themes: ["automation"],
        question: "Hoe zetten we werkbonnen van papier naar de tablet?",
      },
      stage: "matched" as const,
      status: "forming" as const,
      start: addDays(today, 21),
      end: addMonths(today, 4),
      team: [3, 4],
    },
    {
      sme: {
        organisation: "Zorgboerderij De Biesbosch",
        contact: "Marloes Kok",
        sector: "Zorg",
        size: "foundation" as const,
        themes: ["data", "cyber_security"],
        question: "Hoe bewaren we cliëntgegevens veilig en toch makkelijk bij de hand?",
      },
      stage: "running" as const,
      status: "running" as const,
      start: addDays(today, -45),
      end: addDays(today, 50),
      team: [0, 1, 3],
    },
    {
      sme: {
        organisation: "Koffiebranderij Dordt",
        contact: "Sander Lim",
        sector: "Voeding",
        size: "2-10" as const,
        themes: ["ecommerce"],
        question: "Onze abonnementen lopen via mail en Excel. Kan dat automatisch?",
      },
      stage: "evaluated" as const,
      status: "delivered" as const,
      start: addMonths(today, -7),
      end: addMonths(today, -3),
      team: [2, 4, 5],
      // Its follow-up falls due about now: the maintenance job asks it.
      evaluation: { rating: 8, recommend: true, planned: ["implemented_advice"], taken: null } as DemoEvaluation,
    },
    // Earlier this year: delivered, evaluated and followed up, near the national figures.
    ...delivered(today),
  ];
  for (const [i, plan] of plans.entries()) {
    const row = await intake(werkplaatsId, plan.sme, plan.stage, "advisory_trajectory", daysAgo(60 + i * 70));
    const [trajectory] = await db
      .insert(trajectories)
      .values({
        werkplaatsId,
        intakeId: row.id,
        title: plan.sme.question.split(/[?.]/)[0]!.slice(0, 80),
        themes: plan.sme.themes,
        clarifiedQuestion: plan.sme.question,
        institutions: ["ROC Da Vinci College", "Hogeschool Rotterdam"],
        programme: "Software development / HBO-ICT",
        levels: ["mbo", "hbo"],
        periodStart: plan.start,
        periodEnd: plan.end,
        status: plan.status,
        deliveredAt: plan.status === "delivered" ? zonedToUtc(plan.end, "16:00") : null,
      })
      .returning();
    const members = plan.team.map((n, k) => {
      const s = students[n]!;
      return {
        werkplaatsId,
        trajectoryId: trajectory!.id,
        userId: s.id,
        email: s.email,
        name: s.name,
        role: "student" as const,
        teamRole: ["projectleider", "UX-onderzoek", "bouwer"][k]!,
        institution: s.institution,
        level: s.level,
        acceptedAt: daysAgo(30),
      };
    });
    if (teacher)
      members.push({
        werkplaatsId,
        trajectoryId: trajectory!.id,
        userId: teacher.id,
        email: teacher.email,
        name: teacher.name,
        role: "teacher" as never,
        teamRole: "",
        institution: "ROC Da Vinci College",
        level: null as never,
        acceptedAt: daysAgo(30),
      });
    await db.insert(trajectoryMembers).values(members);
    if ("evaluation" in plan && plan.evaluation)
      await db
        .insert(workshopEvaluations)
        .values(answeredEvaluation({ werkplaatsId, trajectoryId: trajectory!.id }, plan.end, today, plan.evaluation));
    await db.insert(trajectoryMilestones).values(
      (["kick_off", "interim", "final"] as const).map((kind, k) => {
        const day = addDays(plan.start, k === 0 ? 0 : k === 1 ? 35 : 80);
        return {
          werkplaatsId,
          trajectoryId: trajectory!.id,
          kind,
          title: ["Kick-off", "Tussenpresentatie", "Eindpresentatie"][k]!,
          startsAt: zonedToUtc(day, "14:00"),
          endsAt: zonedToUtc(day, "15:30"),
        };
      }),
    );
  }

  // Last spring's hackathon, finished: challenges, teams, the jury's marks and each outcome.
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
  const jury = [partner, staff, teacher].filter((u): u is NonNullable<typeof u> => Boolean(u));
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

  // Stage-opdrachten: one open for teachers to claim, one under way, one delivered and paid.
  const [chat] = await db
    .select({ id: workshopIntakes.id })
    .from(workshopIntakes)
    .where(eq(workshopIntakes.email, mailOf(CHALLENGE_SMES[0]!.organisation)));
  const internshipIntake = chat ?? (await intake(werkplaatsId, CHALLENGE_SMES[0]!, "running", "internship_assignment", daysAgo(40)));
  await db.insert(internshipAssignments).values([
    {
      werkplaatsId,
      intakeId: internshipIntake.id,
      title: "Dienstregeling als open data",
      description: "Zet de vaartijden om naar een open formaat zodat routeplanners ze tonen.",
      startsOn: addDays(today, 14),
      endsOn: addMonths(today, 3),
      feeMinimumCents: 5000,
      feeSuggestedCents: 25000,
    },
    {
      werkplaatsId,
      title: "Social-mediakalender voor de zomer",
      description: "Een contentkalender en twintig posts voor Kapsalon Knip & Co.",
      startsOn: addDays(today, -20),
      endsOn: addDays(today, 40),
      feeMinimumCents: 2500,
      feeSuggestedCents: 15000,
      studentId: students[1]!.id,
      matchedAt: daysAgo(21),
      claimedBy: teacher?.id ?? null,
    },
    {
      werkplaatsId,
      title: "Voorraadlijst koppelen aan de kassa",
      description: "Koppeling tussen kassasysteem en voorraadlijst voor Groenteboer Verhage.",
      startsOn: addMonths(today, -4),
      endsOn: addMonths(today, -2),
      feeMinimumCents: 5000,
      feeSuggestedCents: 20000,
      feeStatus: "waived",
      feeWaivedReason: "Proefproject met de Hogeschool",
      studentId: students[3]!.id,
      matchedAt: daysAgo(125),
      claimedBy: teacher?.id ?? null,
      deliveredAt: daysAgo(62),
    },
  ]);
}
