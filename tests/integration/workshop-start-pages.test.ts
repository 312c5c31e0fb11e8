import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  hackathonChallenges,
  hackathonTeamMembers,
  hackathonTeams,
  internshipAssignments,
  trajectoryDeliverables,
  trajectoryDeliverableVersions,
  trajectoryExperts,
  trajectoryHours,
  trajectoryMembers,
  trajectoryMilestones,
  users,
  workshopEvaluations,
} from "#db/schema";
import { makeExpert } from "#db/expert-factories";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeHackathon, makeIntake, makeTeamMember, makeTrajectory } from "#db/workshop-factories";
import { workshopHome } from "~/modules/workshop/index.server";
import { db } from "~/utils/db.server";
import { rowsOf } from "../support/sql-rows";

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

// For the desks: Tuesday 16 March 2027, 13:00 in Dordrecht; "this month" starts on the 1st.
const deskNow = new Date("2027-03-16T12:00:00Z");
const at = (iso: string) => new Date(iso);

async function team(title: string, status: "forming" | "running" | "delivered" | "closed", periodStart = "2027-02-01") {
  const intake = await makeIntake(werkplaats.id, { stage: "running", route: "advisory_trajectory", organisation: `${title} BV` });
  return makeTrajectory(werkplaats.id, intake.id, {
    title,
    status,
    periodStart,
    periodEnd: "2027-06-30",
    deliveredAt: status === "delivered" || status === "closed" ? at("2027-03-01T15:00:00Z") : null,
  });
}

async function hours(trajectoryId: string, userId: string, workedOn: string, minutes: number) {
  await db.insert(trajectoryHours).values({ werkplaatsId: werkplaats.id, trajectoryId, userId, workedOn, minutes });
}

async function milestone(trajectoryId: string, title: string, startsAt: string) {
  const start = at(startsAt);
  await db.insert(trajectoryMilestones).values({
    werkplaatsId: werkplaats.id,
    trajectoryId,
    kind: "interim",
    title,
    startsAt: start,
    endsAt: new Date(start.getTime() + 3600_000),
  });
}

async function deliverable(trajectoryId: string, title: string, dueOn: string | null, review?: "submitted" | "accepted" | "returned") {
  const [row] = await db.insert(trajectoryDeliverables).values({ werkplaatsId: werkplaats.id, trajectoryId, title, dueOn }).returning();
  if (review)
    await db.insert(trajectoryDeliverableVersions).values({
      deliverableId: row!.id,
      version: 1,
      url: "https://example.nl/rapport",
      review,
      reviewedAt: review === "submitted" ? null : deskNow,
    });
  return row!;
}

describe("a student's desk on the start page", () => {
  it("shows milestones ahead, the team's experts with contact, hours and deliverables owed, as SQL of its own counts them", async () => {
    const noor = await makePerson(werkplaats.id, ["student"], { name: "Noor Hendriks" });
    const sem = await makePerson(werkplaats.id, ["student"], { name: "Sem van Dijk" });
    const expert = await makeExpert(werkplaats.id, { name: "Eva Expert" });
    const invited = await makeExpert(werkplaats.id, { name: "Ivo Uitgenodigd" });
    const stranger = await makeExpert(werkplaats.id, { name: "Sara Elders" });
    await db.update(users).set({ phone: "+31 6 12345678" }).where(eq(users.id, expert.id));
    const voedsel = await team("Voorraad in beeld", "running");
    const kapper = await team("Online boeken", "forming", "2027-04-01");
    const elders = await team("Andermans team", "running");
    const gesloten = await team("Oud werk", "closed");
    for (const t of [voedsel, kapper, gesloten]) await makeTeamMember(t, noor);
    await makeTeamMember(voedsel, sem);
    await makeTeamMember(elders, sem);
    const place = (trajectoryId: string, userId: string, status: "invited" | "accepted") =>
      db.insert(trajectoryExperts).values({
        werkplaatsId: werkplaats.id,
        trajectoryId,
        userId,
        hoursPerMonth: 4,
        startsOn: "2027-02-01",
        endsOn: "2027-06-30",
        status,
        answeredAt: status === "accepted" ? deskNow : null,
      });
    await place(voedsel.id, expert.id, "accepted");
    await place(voedsel.id, invited.id, "invited");
    await place(elders.id, stranger.id, "accepted");

    await hours(voedsel.id, noor.id, "2027-02-20", 120);
    await hours(voedsel.id, noor.id, "2027-03-02", 90);
    await hours(voedsel.id, noor.id, "2027-03-15", 45);
    await hours(voedsel.id, sem.id, "2027-03-10", 60);
    await hours(voedsel.id, sem.id, "2027-02-28", 30);
    // An expert's hours are their in-kind gift, not the team's; another team's are not Noor's at all.
    await hours(voedsel.id, expert.id, "2027-03-11", 180);
    await hours(elders.id, sem.id, "2027-03-12", 240);
    await hours(gesloten.id, noor.id, "2027-03-01", 60);

    await milestone(voedsel.id, "Tussenpresentatie", "2027-03-18T13:00:00Z");
    await milestone(voedsel.id, "Kick-off geweest", "2027-02-03T13:00:00Z");
    await milestone(kapper.id, "Kick-off", "2027-04-02T08:00:00Z");
    await milestone(elders.id, "Niet van Noor", "2027-03-17T08:00:00Z");

    await deliverable(voedsel.id, "Adviesrapport", "2027-05-01", "returned");
    await deliverable(voedsel.id, "Voorraadlijst", "2027-03-10", "submitted");
    await deliverable(voedsel.id, "Afgerond prototype", "2027-03-05", "accepted");
    await deliverable(kapper.id, "Schets", null);
    await deliverable(elders.id, "Niet van Noor", "2027-03-01");

    const desk = (await workshopHome(werkplaats.id, noor.id, ["student"], deskNow))!.desk!;
    expect(desk.milestones.map((m) => [m.trajectory, m.title])).toEqual([
      ["Voorraad in beeld", "Tussenpresentatie"],
      ["Online boeken", "Kick-off"],
    ]);
    expect(desk.experts).toEqual([
      {
        trajectoryId: voedsel.id,
        title: "Voorraad in beeld",
        experts: [{ trajectoryId: voedsel.id, userId: expert.id, name: "Eva Expert", email: expert.email, phone: "+31 6 12345678" }],
      },
    ]);
    expect(desk.deliverables.map((d) => [d.title, d.dueOn, d.latestReview])).toEqual([
      ["Voorraadlijst", "2027-03-10", "submitted"],
      ["Adviesrapport", "2027-05-01", "returned"],
      ["Schets", null, null],
    ]);

    // The same hours, counted by hand-written SQL: team = everyone with a place on the team.
    const [expected] = await rowsOf<Record<string, number>>(sql`
      select coalesce(sum(h.minutes) filter (where h.user_id = ${noor.id} and h.worked_on >= '2027-03-01'), 0)::int as "mineMonth",
             coalesce(sum(h.minutes) filter (where h.user_id = ${noor.id}), 0)::int as "mineTotal",
             coalesce(sum(h.minutes) filter (where h.worked_on >= '2027-03-01'), 0)::int as "teamMonth",
             coalesce(sum(h.minutes), 0)::int as "teamTotal"
      from trajectory_hours h
      where h.trajectory_id in (select t.id from trajectories t join trajectory_members me on me.trajectory_id = t.id
                                where me.user_id = ${noor.id} and t.status <> 'closed')
        and exists (select 1 from trajectory_members m where m.trajectory_id = h.trajectory_id and m.user_id = h.user_id)`);
    expect(expected).toEqual({ mineMonth: 135, mineTotal: 255, teamMonth: 195, teamTotal: 345 });
    expect(desk.hours).toMatchObject(expected!);
    expect(desk.hours.perTeam).toEqual([
      { trajectoryId: voedsel.id, title: "Voorraad in beeld", mineMonth: 135, mineTotal: 255, teamMonth: 195, teamTotal: 345 },
      { trajectoryId: kapper.id, title: "Online boeken", mineMonth: 0, mineTotal: 0, teamMonth: 0, teamTotal: 0 },
    ]);

    // Sem sees the stranger on the other team he is on; Noor never does.
    const semDesk = (await workshopHome(werkplaats.id, sem.id, ["student"], deskNow))!.desk!;
    expect(semDesk.experts.flatMap((t) => t.experts.map((e) => e.name)).sort()).toEqual(["Eva Expert", "Sara Elders"]);
    expect(JSON.stringify(desk)).not.toContain(stranger.email);
    expect(JSON.stringify(desk)).not.toContain(invited.email);
  });
});

describe("a teacher's attention on the start page", () => {
  it("lists open invitations, milestones this week, overdue deliverables, waiting evaluations and quiet students", async () => {
    const teacher = await makePerson(werkplaats.id, ["teacher"], { name: "Ilse de Groot" });
    const [ali, bo, cem, dewi] = await Promise.all(
      ["Ali Aksoy", "Bo de Wit", "Cem Kaya", "Dewi Ramdin"].map((name) => makePerson(werkplaats.id, ["student"], { name })),
    );
    const running = await team("Werkbonnen digitaal", "running", "2027-01-11");
    const fresh = await team("Net begonnen", "running", "2027-03-08");
    const handedOver = await team("Opgeleverd advies", "delivered", "2026-11-02");
    const notMine = await team("Team van een ander", "running", "2027-01-11");
    for (const t of [running, fresh, handedOver]) await makeTeamMember(t, teacher, "teacher");
    await makeTeamMember(notMine, teacher, "student");
    for (const s of [ali!, bo!]) await makeTeamMember(running, s);
    await makeTeamMember(fresh, cem!);
    for (const s of [ali!, dewi!]) await makeTeamMember(handedOver, s);
    await makeTeamMember(notMine, bo!);
    await db.insert(trajectoryMembers).values({
      werkplaatsId: werkplaats.id,
      trajectoryId: running.id,
      email: "nog.niet@student.davinci.nl",
      name: "Nog Niet",
      role: "student",
      invitedAt: at("2027-03-01T09:00:00Z"),
    });
    // Ali logged 15 days ago (quiet), Bo 14 days ago (not yet), Cem's period is one week old (not yet).
    await hours(running.id, ali!.id, "2027-03-01", 60);
    await hours(running.id, bo!.id, "2027-03-02", 60);
    await milestone(running.id, "Tussenpresentatie", "2027-03-22T13:00:00Z");
    await milestone(fresh.id, "Over acht dagen", "2027-03-24T13:00:00Z");
    await milestone(notMine.id, "Niet de mijne", "2027-03-17T13:00:00Z");
    await deliverable(running.id, "Procesplaat", "2027-03-12", "returned");
    await deliverable(running.id, "Al goedgekeurd", "2027-03-01", "accepted");
    await deliverable(running.id, "Vandaag", "2027-03-16");
    await deliverable(notMine.id, "Niet de mijne", "2027-03-01");
    await db.insert(workshopEvaluations).values({
      werkplaatsId: werkplaats.id,
      trajectoryId: handedOver.id,
      respondent: "student",
      userId: ali!.id,
      askedAt: at("2027-03-01T15:00:00Z"),
      answeredAt: at("2027-03-03T15:00:00Z"),
      rating: 8,
    });

    const attention = (await workshopHome(werkplaats.id, teacher.id, ["teacher"], deskNow))!.attention!;
    expect(attention.teams).toBe(3);
    expect(attention.invitations.map((i) => [i.trajectory, i.name])).toEqual([["Werkbonnen digitaal", "Nog Niet"]]);
    expect(attention.milestones.map((m) => m.title)).toEqual(["Tussenpresentatie"]);
    expect(attention.overdue.map((d) => d.title)).toEqual(["Procesplaat"]);
    expect(attention.evaluations.map((e) => e.name)).toEqual(["Dewi Ramdin", "Ilse de Groot"]);
    expect(attention.quiet.map((q) => [q.name, q.lastWorkedOn])).toEqual([["Ali Aksoy", "2027-03-01"]]);

    // Each list counted again by hand-written SQL over the teams this teacher guides.
    const [expected] = await rowsOf<Record<string, number>>(sql`
      with mine as (select t.* from trajectories t join trajectory_members m on m.trajectory_id = t.id
                    where m.user_id = ${teacher.id} and m.role in ('teacher', 'coach') and t.status <> 'closed')
      select
        (select count(*) from trajectory_members m join mine on mine.id = m.trajectory_id where m.user_id is null)::int as invitations,
        (select count(*) from trajectory_milestones s join mine on mine.id = s.trajectory_id
          where s.starts_at > '2027-03-16T12:00:00Z' and s.starts_at < '2027-03-23T12:00:00Z')::int as milestones,
        (select count(*) from trajectory_deliverables d join mine on mine.id = d.trajectory_id
          where mine.status <> 'delivered' and d.due_on < '2027-03-16'
            and not exists (select 1 from trajectory_deliverable_versions v where v.deliverable_id = d.id and v.review = 'accepted'))::int as overdue,
        (select count(*) from trajectory_members m join mine on mine.id = m.trajectory_id
          where mine.status = 'delivered' and m.user_id is not null
            and not exists (select 1 from workshop_evaluations e where e.trajectory_id = m.trajectory_id and e.user_id = m.user_id
                            and e.answered_at is not null))::int as evaluations,
        (select count(*) from trajectory_members m join mine on mine.id = m.trajectory_id
          where mine.status = 'running' and m.role = 'student' and m.user_id is not null and mine.period_start <= '2027-03-02'
            and not exists (select 1 from trajectory_hours h where h.trajectory_id = m.trajectory_id and h.user_id = m.user_id
                            and h.worked_on >= '2027-03-02'))::int as quiet`);
    expect(expected).toEqual({ invitations: 1, milestones: 1, overdue: 1, evaluations: 2, quiet: 1 });
    expect({
      invitations: attention.invitations.length,
      milestones: attention.milestones.length,
      overdue: attention.overdue.length,
      evaluations: attention.evaluations.length,
      quiet: attention.quiet.length,
    }).toEqual(expected);
    expect(attention.total).toBe(6);

    // A student on that team sees no teacher's list; a teacher without teams an empty one.
    expect((await workshopHome(werkplaats.id, ali!.id, ["student"], deskNow))!.attention).toBeNull();
    const other = await makePerson(werkplaats.id, ["teacher"]);
    expect((await workshopHome(werkplaats.id, other.id, ["teacher"], deskNow))!.attention).toMatchObject({ teams: 0, total: 0 });
  });
});
