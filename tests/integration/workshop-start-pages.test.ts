import { beforeAll, describe, expect, it } from "vitest";
import {
  hackathonChallenges,
  hackathonTeamMembers,
  hackathonTeams,
  internshipAssignments,
  trajectoryMembers,
  trajectoryMilestones,
  workshopEvaluations,
} from "#db/schema";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeHackathon, makeIntake, makeTeamMember, makeTrajectory } from "#db/workshop-factories";
import { workshopHome } from "~/modules/workshop/index.server";
import { db } from "~/utils/db.server";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
const now = new Date("2027-03-10T12:00:00Z");

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Start" });
});

describe("the workshop part of the start page", () => {
  it("shows a student their team's next milestone, invitations, hackathon team and open challenges", async () => {
    const noor = await makePerson(werkplaats.id, ["student"], { name: "Noor Hendriks" });
    const intake = await makeIntake(werkplaats.id, { stage: "running", route: "advisory_trajectory" });
    const trajectory = await makeTrajectory(werkplaats.id, intake.id, {
      status: "running",
      periodStart: "2027-02-01",
      periodEnd: "2027-05-31",
    });
    await db.insert(trajectoryMembers).values({
      werkplaatsId: werkplaats.id,
      trajectoryId: trajectory.id,
      userId: noor.id,
      email: noor.email,
      name: noor.name,
      role: "student",
      acceptedAt: now,
    });
    await db.insert(trajectoryMilestones).values([
      {
        werkplaatsId: werkplaats.id,
        trajectoryId: trajectory.id,
        kind: "kick_off",
        title: "Kick-off",
        startsAt: new Date("2027-02-03T09:00:00Z"),
        endsAt: new Date("2027-02-03T10:00:00Z"),
      },
      {
        werkplaatsId: werkplaats.id,
        trajectoryId: trajectory.id,
        kind: "interim",
        title: "Tussenpresentatie",
        startsAt: new Date("2027-04-01T09:00:00Z"),
        endsAt: new Date("2027-04-01T10:00:00Z"),
      },
    ]);
    const other = await makeTrajectory(
      werkplaats.id,
      (await makeIntake(werkplaats.id, { stage: "running", route: "advisory_trajectory" })).id,
      { title: "Cyberscan" },
    );
    await db
      .insert(trajectoryMembers)
      .values({ werkplaatsId: werkplaats.id, trajectoryId: other.id, email: noor.email, name: noor.name, role: "student" });
    const hackathon = await makeHackathon(werkplaats.id, {
      startsAt: new Date("2027-03-20T08:00:00Z"),
      endsAt: new Date("2027-03-20T16:00:00Z"),
    });
    const hIntake = await makeIntake(werkplaats.id, { stage: "matched", route: "hackathon_challenge", organisation: "Rederij Dordt" });
    const [challenge] = await db
      .insert(hackathonChallenges)
      .values({ werkplaatsId: werkplaats.id, eventId: hackathon.id, intakeId: hIntake.id, title: "Slim aanmeren" })
      .returning();
    const [team] = await db
      .insert(hackathonTeams)
      .values({ werkplaatsId: werkplaats.id, challengeId: challenge!.id, name: "Kade" })
      .returning();
    await db.insert(hackathonTeamMembers).values({ werkplaatsId: werkplaats.id, teamId: team!.id, eventId: hackathon.id, userId: noor.id });

    const home = await workshopHome(werkplaats.id, noor.id, ["student"], now);
    expect(home!.trajectories).toHaveLength(1);
    expect(home!.trajectories[0]!.nextMilestone?.title).toBe("Tussenpresentatie");
    expect(home!.invitations.map((i) => i.title)).toEqual(["Cyberscan"]);
    expect(home!.teams).toEqual([expect.objectContaining({ team: "Kade", challenge: "Slim aanmeren" })]);
    expect(home!.challenges.map((c) => c.organisation)).toEqual(["Rederij Dordt"]);
    expect(home!.figures).toBeNull();
  });

  it("shows a teacher the assignments waiting for a student, a partner the year's figures, a member nothing", async () => {
    const teacher = await makePerson(werkplaats.id, ["teacher"]);
    await db.insert(internshipAssignments).values({
      werkplaatsId: werkplaats.id,
      title: "Website",
      description: "Nieuwe site",
      startsOn: "2027-03-01",
      endsOn: "2027-06-30",
      feeMinimumCents: 5000,
      feeSuggestedCents: 10000,
    });
    const home = await workshopHome(werkplaats.id, teacher.id, ["teacher"], now);
    expect(home!.openAssignments).toBe(1);
    expect(home!.challenges).toEqual([]);
    const partner = await makePerson(werkplaats.id, ["partner"]);
    const figures = (await workshopHome(werkplaats.id, partner.id, ["partner"], now))!.figures!;
    // Running counts the teams still forming too: both are at work for the SME.
    expect(figures).toMatchObject({ year: 2027, running: 2, delivered: 0, challenges: 1, internships: 1 });
    expect(await workshopHome(werkplaats.id, partner.id, ["member"], now)).toBeNull();
  });

  it("tells a student and the teacher when their own evaluation waits, until they answered it", async () => {
    const sem = await makePerson(werkplaats.id, ["student"], { name: "Sem Yilmaz" });
    const lotte = await makePerson(werkplaats.id, ["student"], { name: "Lotte Smit" });
    const teacher = await makePerson(werkplaats.id, ["teacher"], { name: "Ilse de Groot" });
    const trajectory = async (title: string, status: "running" | "delivered" | "closed", deliveredAt: Date | null) => {
      const intake = await makeIntake(werkplaats.id, { stage: "running", route: "advisory_trajectory" });
      const row = await makeTrajectory(werkplaats.id, intake.id, {
        title,
        status,
        deliveredAt,
        periodStart: "2027-01-04",
        periodEnd: "2027-03-01",
      });
      for (const person of [sem, lotte]) await makeTeamMember(row, person);
      await makeTeamMember(row, teacher, "teacher");
      return row;
    };
    const delivered = new Date("2027-03-01T15:00:00Z");
    await trajectory("Nog bezig", "running", null);
    const handedOver = await trajectory("Opgeleverd", "delivered", delivered);
    await trajectory("Gesloten en opgeleverd", "closed", delivered);
    const answered = await trajectory("Gesloten en beantwoord", "closed", delivered);
    await trajectory("Gesloten zonder oplevering", "closed", null);
    // Lotte's answers are her own: Sem's evaluations still wait.
    for (const t of [handedOver, answered])
      await db.insert(workshopEvaluations).values({
        werkplaatsId: werkplaats.id,
        trajectoryId: t.id,
        respondent: "student",
        userId: lotte.id,
        askedAt: delivered,
        answeredAt: now,
        rating: 8,
        teamRating: 8,
        smeRating: 8,
      });
    await db.insert(workshopEvaluations).values({
      werkplaatsId: werkplaats.id,
      trajectoryId: answered.id,
      respondent: "student",
      userId: sem.id,
      askedAt: delivered,
      answeredAt: now,
      rating: 7,
      teamRating: 7,
      smeRating: 7,
    });
    const waiting = async (userId: string, roles: ("student" | "teacher")[]) =>
      Object.fromEntries((await workshopHome(werkplaats.id, userId, roles, now))!.trajectories.map((t) => [t.title, t.evaluationWaiting]));
    expect(await waiting(sem.id, ["student"])).toEqual({ "Nog bezig": false, Opgeleverd: true, "Gesloten en opgeleverd": true });
    expect(await waiting(lotte.id, ["student"])).toEqual({ "Nog bezig": false, Opgeleverd: false, "Gesloten en opgeleverd": true });
    expect(await waiting(teacher.id, ["teacher"])).toEqual({
      "Nog bezig": false,
      Opgeleverd: true,
      "Gesloten en opgeleverd": true,
      "Gesloten en beantwoord": true,
    });
  });
});
