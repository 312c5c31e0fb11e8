import { beforeAll, describe, expect, it } from "vitest";
import {
  hackathonChallenges,
  hackathonTeamMembers,
  hackathonTeams,
  internshipAssignments,
  trajectoryMembers,
  trajectoryMilestones,
} from "#db/schema";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeHackathon, makeIntake, makeTrajectory } from "#db/workshop-factories";
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
});
