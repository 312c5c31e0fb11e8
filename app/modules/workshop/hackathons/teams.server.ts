import { and, count, eq } from "drizzle-orm";
import { hackathonChallenges, hackathonTeamMembers, hackathonTeams, juryScores } from "#db/schema";
import type { Role } from "~/modules/auth";
import { db, PG, pgErrorOf } from "~/utils/db.server";
import { conflict, forbidden, notFound } from "~/utils/errors";
import { isUuid } from "~/utils/ids";
import { studentsOf } from "../students.server";
import { challengesOf, hackathonEvent, isJuror, juryOf, teamsOf } from "./challenges.server";
import { outcomeChallengesFor, outcomeVersionsOf } from "./outcomes.server";

/** More than six around one laptop is an audience, not a team. */
export const MAX_TEAM_SIZE = 6;

type Viewer = { id: string; roles: readonly Role[] };
type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

const mayForm = (viewer: Viewer) => viewer.roles.includes("student");
const isStaff = (viewer: Viewer) => viewer.roles.some((r) => r === "staff" || r === "manager");

/** A hackathon its students, teachers, staff and jurors may see; anyone else signed in gets 403. */
export async function viewableHackathon(werkplaatsId: string, viewer: Viewer, eventId: string) {
  const event = await hackathonEvent(werkplaatsId, eventId);
  const juror = await isJuror(event.id, viewer.id);
  if (!juror && !isStaff(viewer) && !viewer.roles.some((r) => r === "student" || r === "teacher")) throw forbidden();
  return { event, juror };
}

/**
 * The hackathon's own page: its challenges and teams for students, teachers and staff, and the
 * scoring for its jurors. Anyone else signed in gets 403; a non-hackathon or another werkplaats's
 * is a 404.
 */
export async function hackathonPage(werkplaatsId: string, viewer: Viewer, eventId: string, now = new Date()) {
  const { event, juror } = await viewableHackathon(werkplaatsId, viewer, eventId);
  const [challenges, teams, jury, mayAddWork] = await Promise.all([
    challengesOf(event.id),
    teamsOf(event.id),
    juryOf(event.id),
    outcomeChallengesFor(viewer, event.id),
  ]);
  // The outcome's versions go to those who may add to it (the team, teachers, staff), not to every visitor.
  const workChallengeIds = challenges.map((c) => c.id).filter((id) => mayAddWork === "all" || mayAddWork.includes(id));
  const myScores = juror
    ? await db
        .select({ teamId: juryScores.teamId, criterion: juryScores.criterion, score: juryScores.score })
        .from(juryScores)
        .innerJoin(hackathonTeams, eq(hackathonTeams.id, juryScores.teamId))
        .innerJoin(hackathonChallenges, eq(hackathonChallenges.id, hackathonTeams.challengeId))
        .where(and(eq(hackathonChallenges.eventId, event.id), eq(juryScores.jurorId, viewer.id)))
    : [];
  return {
    event,
    challenges: challenges.map(({ linkExpiresAt: _l, intakeId: _i, ...c }) => c),
    teams,
    jurySize: jury.length,
    myTeamId: teams.find((team) => team.members.some((m) => m.id === viewer.id))?.id ?? null,
    mayForm: mayForm(viewer) && event.endsAt > now,
    juror,
    myScores,
    workChallengeIds,
    workVersions: await outcomeVersionsOf(workChallengeIds),
  };
}

/** A team of this hackathon, locked for the change at hand (so a team's size is counted once at a time). */
async function lockedTeam(tx: Tx, werkplaatsId: string, eventId: string, teamId: string) {
  if (!isUuid(teamId)) throw notFound();
  const [team] = await tx
    .select({ id: hackathonTeams.id, name: hackathonTeams.name, eventId: hackathonChallenges.eventId })
    .from(hackathonTeams)
    .innerJoin(hackathonChallenges, eq(hackathonChallenges.id, hackathonTeams.challengeId))
    .where(and(eq(hackathonTeams.id, teamId), eq(hackathonTeams.werkplaatsId, werkplaatsId)))
    .for("update", { of: hackathonTeams });
  if (!team || team.eventId !== eventId) throw notFound();
  return team;
}

/** Adds the student to a team; one team per student per hackathon is the database's unique key. */
async function addMember(tx: Tx, werkplaatsId: string, eventId: string, teamId: string, userId: string) {
  const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(hackathonTeamMembers).where(eq(hackathonTeamMembers.teamId, teamId));
  if (n >= MAX_TEAM_SIZE) throw conflict("workshop.hackathon.errors.teamFull", { max: MAX_TEAM_SIZE });
  const [row] = await tx
    .insert(hackathonTeamMembers)
    .values({ werkplaatsId, teamId, eventId, userId })
    .onConflictDoNothing()
    .returning({ userId: hackathonTeamMembers.userId });
  if (!row) throw conflict("workshop.hackathon.errors.inTeam");
}

async function openForTeams(werkplaatsId: string, viewer: Viewer, eventId: string, now: Date) {
  const event = await hackathonEvent(werkplaatsId, eventId);
  if (!mayForm(viewer)) throw forbidden();
  if (event.endsAt <= now) throw conflict("workshop.hackathon.errors.over");
  return event;
}

/** A student starts a team on a challenge and is its first member, in one transaction. */
export async function startTeam(
  werkplaatsId: string,
  viewer: Viewer,
  eventId: string,
  input: { challengeId: string; name: string },
  now = new Date(),
) {
  const event = await openForTeams(werkplaatsId, viewer, eventId, now);
  if (!isUuid(input.challengeId)) throw notFound();
  try {
    return await db.transaction(async (tx) => {
      const [challenge] = await tx
        .select({ id: hackathonChallenges.id })
        .from(hackathonChallenges)
        .where(and(eq(hackathonChallenges.id, input.challengeId), eq(hackathonChallenges.eventId, event.id)));
      if (!challenge) throw notFound();
      const [team] = await tx
        .insert(hackathonTeams)
        .values({ werkplaatsId, challengeId: challenge.id, name: input.name })
        .onConflictDoNothing()
        .returning({ id: hackathonTeams.id });
      if (!team) throw conflict("workshop.hackathon.errors.teamName", { name: input.name }, "name");
      await addMember(tx, werkplaatsId, event.id, team.id, viewer.id);
      return team.id;
    });
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("workshop.hackathon.errors.inTeam");
    throw error;
  }
}

/** A student joins a team of this hackathon (one team each; a full team says so). */
export async function joinTeam(werkplaatsId: string, viewer: Viewer, eventId: string, teamId: string, now = new Date()) {
  const event = await openForTeams(werkplaatsId, viewer, eventId, now);
  await db.transaction(async (tx) => {
    const team = await lockedTeam(tx, werkplaatsId, event.id, teamId);
    await addMember(tx, werkplaatsId, event.id, team.id, viewer.id);
  });
}

/** A student leaves their team; a team left empty and not yet scored goes away with its name. */
export async function leaveTeam(werkplaatsId: string, viewer: Viewer, eventId: string, teamId: string, now = new Date()) {
  const event = await openForTeams(werkplaatsId, viewer, eventId, now);
  await db.transaction(async (tx) => {
    const team = await lockedTeam(tx, werkplaatsId, event.id, teamId);
    const gone = await tx
      .delete(hackathonTeamMembers)
      .where(and(eq(hackathonTeamMembers.teamId, team.id), eq(hackathonTeamMembers.userId, viewer.id)))
      .returning({ userId: hackathonTeamMembers.userId });
    if (gone.length === 0) throw conflict("workshop.hackathon.errors.notInTeam");
    await dropIfEmpty(tx, team.id);
  });
}

/** A team left without members and not yet scored goes away with its name. */
async function dropIfEmpty(tx: Tx, teamId: string) {
  const [{ members } = { members: 0 }] = await tx
    .select({ members: count() })
    .from(hackathonTeamMembers)
    .where(eq(hackathonTeamMembers.teamId, teamId));
  const [{ scores } = { scores: 0 }] = await tx.select({ scores: count() }).from(juryScores).where(eq(juryScores.teamId, teamId));
  if (members === 0 && scores === 0) await tx.delete(hackathonTeams).where(eq(hackathonTeams.id, teamId));
}

/**
 * Staff put a student of the werkplaats in a team, or move them from the team they are in: one
 * transaction with the target team locked (so its size is counted once at a time), the old place
 * given up first; the unique key (hackathon, student) still holds under a race. Not after the end.
 */
export async function assignToTeam(werkplaatsId: string, eventId: string, input: { teamId: string; studentId: string }, now = new Date()) {
  const event = await hackathonEvent(werkplaatsId, eventId);
  if (event.endsAt <= now) throw conflict("workshop.hackathon.errors.over");
  const student = (await studentsOf(werkplaatsId)).find((s) => s.id === input.studentId);
  if (!student) throw notFound();
  try {
    return await db.transaction(async (tx) => {
      const team = await lockedTeam(tx, werkplaatsId, event.id, input.teamId);
      const [current] = await tx
        .select({ teamId: hackathonTeamMembers.teamId })
        .from(hackathonTeamMembers)
        .where(and(eq(hackathonTeamMembers.eventId, event.id), eq(hackathonTeamMembers.userId, input.studentId)));
      if (current?.teamId === team.id) throw conflict("workshop.hackathon.errors.alreadyThere");
      if (current) {
        await tx
          .delete(hackathonTeamMembers)
          .where(and(eq(hackathonTeamMembers.teamId, current.teamId), eq(hackathonTeamMembers.userId, input.studentId)));
        await dropIfEmpty(tx, current.teamId);
      }
      await addMember(tx, werkplaatsId, event.id, team.id, student.id);
      return { name: student.name, team: team.name };
    });
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("workshop.hackathon.errors.inTeam");
    throw error;
  }
}
