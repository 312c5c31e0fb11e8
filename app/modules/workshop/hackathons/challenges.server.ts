import { and, asc, count, desc, eq, gt, ne, notInArray } from "drizzle-orm";
import {
  events,
  hackathonChallenges,
  hackathonJurors,
  hackathonTeamMembers,
  hackathonTeams,
  roleAssignments,
  users,
  workshopIntakes,
} from "#db/schema";
import { findUserByEmail } from "~/modules/auth/index.server";
import { db } from "~/utils/db.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import { isUuid } from "~/utils/ids";
import type { ChallengeInput } from "./hackathon.schema";
import { studentsOf } from "../students.server";

/** The hackathons of the werkplaats (activities of kind hackathon, not cancelled), newest first. */
export async function listHackathons(werkplaatsId: string) {
  return db
    .select({
      id: events.id,
      titleNl: events.titleNl,
      titleEn: events.titleEn,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      status: events.status,
      challenges: count(hackathonChallenges.id),
    })
    .from(events)
    .leftJoin(hackathonChallenges, eq(hackathonChallenges.eventId, events.id))
    .where(and(eq(events.werkplaatsId, werkplaatsId), eq(events.kind, "hackathon"), ne(events.status, "cancelled")))
    .groupBy(events.id)
    .orderBy(desc(events.startsAt))
    .limit(100);
}

/** A hackathon of this werkplaats; anything else (another werkplaats's, a talk, a bad id) is a 404. */
export async function hackathonEvent(werkplaatsId: string, eventId: string) {
  if (!isUuid(eventId)) throw notFound();
  const [event] = await db
    .select({
      id: events.id,
      titleNl: events.titleNl,
      titleEn: events.titleEn,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      status: events.status,
    })
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.werkplaatsId, werkplaatsId), eq(events.kind, "hackathon")));
  if (!event || event.status === "cancelled") throw notFound();
  return event;
}

/** The challenges of a hackathon with the SME's name, oldest first. */
export async function challengesOf(eventId: string) {
  return db
    .select({
      id: hackathonChallenges.id,
      title: hackathonChallenges.title,
      description: hackathonChallenges.description,
      organisation: workshopIntakes.organisation,
      intakeId: hackathonChallenges.intakeId,
      outcome: hackathonChallenges.outcome,
      linkExpiresAt: hackathonChallenges.smeTokenExpiresAt,
    })
    .from(hackathonChallenges)
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, hackathonChallenges.intakeId))
    .where(eq(hackathonChallenges.eventId, eventId))
    .orderBy(asc(hackathonChallenges.createdAt), asc(hackathonChallenges.title));
}

/** The teams of a hackathon with their members' names, per challenge. */
export async function teamsOf(eventId: string) {
  const rows = await db
    .select({
      id: hackathonTeams.id,
      challengeId: hackathonTeams.challengeId,
      name: hackathonTeams.name,
      memberId: hackathonTeamMembers.userId,
      memberName: users.name,
    })
    .from(hackathonTeams)
    .innerJoin(hackathonChallenges, eq(hackathonChallenges.id, hackathonTeams.challengeId))
    .leftJoin(hackathonTeamMembers, eq(hackathonTeamMembers.teamId, hackathonTeams.id))
    .leftJoin(users, eq(users.id, hackathonTeamMembers.userId))
    .where(eq(hackathonChallenges.eventId, eventId))
    .orderBy(asc(hackathonTeams.createdAt), asc(hackathonTeams.name), asc(users.name));
  const teams = new Map<string, { id: string; challengeId: string; name: string; members: { id: string; name: string }[] }>();
  for (const r of rows) {
    const team = teams.get(r.id) ?? { id: r.id, challengeId: r.challengeId, name: r.name, members: [] };
    if (r.memberId && r.memberName) team.members.push({ id: r.memberId, name: r.memberName });
    teams.set(r.id, team);
  }
  return [...teams.values()];
}

/** The jury of a hackathon, by name. */
export async function juryOf(eventId: string) {
  return db
    .select({ id: users.id, name: users.name })
    .from(hackathonJurors)
    .innerJoin(users, eq(users.id, hackathonJurors.userId))
    .where(eq(hackathonJurors.eventId, eventId))
    .orderBy(asc(users.name));
}

/** Intakes staff routed to a hackathon challenge, still open and not yet a challenge of this hackathon. */
async function challengeCandidates(werkplaatsId: string, eventId: string) {
  const taken = db.select({ id: hackathonChallenges.intakeId }).from(hackathonChallenges).where(eq(hackathonChallenges.eventId, eventId));
  return db
    .select({ id: workshopIntakes.id, organisation: workshopIntakes.organisation, question: workshopIntakes.question })
    .from(workshopIntakes)
    .where(
      and(
        eq(workshopIntakes.werkplaatsId, werkplaatsId),
        eq(workshopIntakes.route, "hackathon_challenge"),
        ne(workshopIntakes.stage, "closed"),
        notInArray(workshopIntakes.id, taken),
      ),
    )
    .orderBy(asc(workshopIntakes.createdAt))
    .limit(200);
}

/** Everything staff manage on one hackathon: its challenges, teams, jury, and intakes that could join. */
export async function hackathonFile(werkplaatsId: string, eventId: string) {
  const event = await hackathonEvent(werkplaatsId, eventId);
  const [challenges, teams, jury, candidates, students] = await Promise.all([
    challengesOf(event.id),
    teamsOf(event.id),
    juryOf(event.id),
    challengeCandidates(werkplaatsId, event.id),
    studentsOf(werkplaatsId),
  ]);
  return { event, challenges, teams, jury, candidates, students };
}

/**
 * Makes a challenge of an intake routed to a hackathon challenge. The same intake twice on one
 * hackathon (a double click, two staff) is one challenge and a 409, by the unique key.
 */
export async function addChallenge(werkplaatsId: string, eventId: string, input: ChallengeInput) {
  const event = await hackathonEvent(werkplaatsId, eventId);
  const [intake] = await db
    .select({ id: workshopIntakes.id, route: workshopIntakes.route, stage: workshopIntakes.stage })
    .from(workshopIntakes)
    .where(and(eq(workshopIntakes.id, input.intakeId), eq(workshopIntakes.werkplaatsId, werkplaatsId)));
  if (!intake) throw notFound();
  if (intake.route !== "hackathon_challenge") throw conflict("workshop.hackathon.errors.route", undefined, "intakeId");
  if (intake.stage === "closed") throw conflict("workshop.trajectory.errors.intakeClosed", undefined, "intakeId");
  const [row] = await db
    .insert(hackathonChallenges)
    .values({ werkplaatsId, eventId: event.id, intakeId: intake.id, title: input.title, description: input.description ?? "" })
    .onConflictDoNothing()
    .returning({ id: hackathonChallenges.id });
  if (!row) throw conflict("workshop.hackathon.errors.challengeExists", undefined, "intakeId");
  return row.id;
}

/** Asks someone with a role in this werkplaats onto the jury; a stranger's address is refused, twice is a 409. */
export async function addJuror(werkplaatsId: string, actorId: string, eventId: string, email: string) {
  const event = await hackathonEvent(werkplaatsId, eventId);
  const user = await findUserByEmail(email);
  const [role] = user
    ? await db
        .select({ role: roleAssignments.role })
        .from(roleAssignments)
        .where(and(eq(roleAssignments.werkplaatsId, werkplaatsId), eq(roleAssignments.userId, user.id)))
        .limit(1)
    : [];
  if (!user || !role) throw invalid("workshop.hackathon.errors.noAccount", { email }, "email");
  const [row] = await db
    .insert(hackathonJurors)
    .values({ werkplaatsId, eventId: event.id, userId: user.id, addedBy: actorId })
    .onConflictDoNothing()
    .returning({ userId: hackathonJurors.userId });
  if (!row) throw conflict("workshop.hackathon.errors.alreadyJuror", { name: user.name }, "email");
  return user.name;
}

/** A challenge of this werkplaats, for the staff's buttons on it. */
export async function challengeOf(werkplaatsId: string, challengeId: string) {
  if (!isUuid(challengeId)) throw notFound();
  const [row] = await db
    .select()
    .from(hackathonChallenges)
    .where(and(eq(hackathonChallenges.id, challengeId), eq(hackathonChallenges.werkplaatsId, werkplaatsId)));
  if (!row) throw notFound();
  return row;
}

/** Whether this person sits on the jury of this hackathon. */
export async function isJuror(eventId: string, userId: string) {
  const [row] = await db
    .select({ userId: hackathonJurors.userId })
    .from(hackathonJurors)
    .where(and(eq(hackathonJurors.eventId, eventId), eq(hackathonJurors.userId, userId)));
  return Boolean(row);
}

/** The challenges of published hackathons not yet over, for a student's start page. */
export async function openChallenges(werkplaatsId: string, now = new Date()) {
  return db
    .select({
      id: hackathonChallenges.id,
      title: hackathonChallenges.title,
      organisation: workshopIntakes.organisation,
      eventId: events.id,
      eventTitleNl: events.titleNl,
      eventTitleEn: events.titleEn,
      startsAt: events.startsAt,
    })
    .from(hackathonChallenges)
    .innerJoin(events, eq(events.id, hackathonChallenges.eventId))
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, hackathonChallenges.intakeId))
    .where(
      and(
        eq(hackathonChallenges.werkplaatsId, werkplaatsId),
        eq(events.kind, "hackathon"),
        eq(events.status, "published"),
        gt(events.endsAt, now),
      ),
    )
    .orderBy(asc(events.startsAt), asc(hackathonChallenges.title))
    .limit(6);
}
