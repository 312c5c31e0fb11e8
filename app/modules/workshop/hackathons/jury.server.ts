import { and, countDistinct, desc, eq, ne, sql } from "drizzle-orm";
import { events, hackathonChallenges, hackathonJurors, hackathonTeams, juryScores } from "#db/schema";
import { juryCriteria } from "#db/schema/enums";
import type { Role } from "~/modules/auth";
import { db } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/errors";
import { isUuid } from "~/utils/ids";
import { challengesOf, hackathonEvent, isJuror, juryOf, teamsOf } from "./challenges.server";
import type { ScoreInput } from "./hackathon.schema";
import { viewableHackathon } from "./teams.server";
import { rankTeams, type Score } from "./ranking";

/**
 * A juror's marks for one team, one row per criterion. Scoring again replaces the marks (the unique
 * key juror × team × criterion), so a double submit or a correction never counts twice. Only the
 * hackathon's jurors score; a team of another hackathon or werkplaats is a 404.
 */
export async function scoreTeam(werkplaatsId: string, jurorId: string, eventId: string, input: ScoreInput, now = new Date()) {
  const event = await hackathonEvent(werkplaatsId, eventId);
  if (!(await isJuror(event.id, jurorId))) throw forbidden();
  if (!isUuid(input.teamId)) throw notFound();
  const [team] = await db
    .select({ id: hackathonTeams.id })
    .from(hackathonTeams)
    .innerJoin(hackathonChallenges, eq(hackathonChallenges.id, hackathonTeams.challengeId))
    .where(and(eq(hackathonTeams.id, input.teamId), eq(hackathonChallenges.eventId, event.id)));
  if (!team) throw notFound();
  await db
    .insert(juryScores)
    .values(
      juryCriteria.map((criterion) => ({ werkplaatsId, teamId: team.id, jurorId, criterion, score: input[criterion], scoredAt: now })),
    )
    .onConflictDoUpdate({
      target: [juryScores.teamId, juryScores.jurorId, juryScores.criterion],
      set: { score: sql`excluded.score`, scoredAt: sql`excluded.scored_at` },
    });
}

async function scoresOf(eventId: string) {
  return db
    .select({ teamId: juryScores.teamId, jurorId: juryScores.jurorId, criterion: juryScores.criterion, score: juryScores.score })
    .from(juryScores)
    .innerJoin(hackathonTeams, eq(hackathonTeams.id, juryScores.teamId))
    .innerJoin(hackathonChallenges, eq(hackathonChallenges.id, hackathonTeams.challengeId))
    .where(eq(hackathonChallenges.eventId, eventId));
}

/** Teams with their marks, ready for `rankTeams`. */
function withScores<T extends { id: string }>(teams: readonly T[], scores: readonly (Score & { teamId: string })[]) {
  return teams.map((team) => ({ ...team, scores: scores.filter((s) => s.teamId === team.id) }));
}

/**
 * The results: every team ranked over the whole hackathon, and per challenge (what its SME sees),
 * each with the tie notes of `rankTeams`.
 */
export async function hackathonResults(werkplaatsId: string, viewer: { id: string; roles: readonly Role[] }, eventId: string) {
  const { event } = await viewableHackathon(werkplaatsId, viewer, eventId);
  const [challenges, teams, jury, scores] = await Promise.all([
    challengesOf(event.id),
    teamsOf(event.id),
    juryOf(event.id),
    scoresOf(event.id),
  ]);
  const scored = withScores(teams, scores as (Score & { teamId: string })[]);
  const named = (ranked: ReturnType<typeof rankTeams>) =>
    ranked.map((r) => {
      const team = teams.find((t) => t.id === r.id)!;
      return { ...r, name: team.name, challengeId: team.challengeId, members: team.members.map((m) => m.name) };
    });
  return {
    event,
    jurySize: jury.length,
    overall: named(rankTeams(scored, jury.length)),
    challenges: challenges.map((c) => ({
      id: c.id,
      title: c.title,
      organisation: c.organisation,
      ranking: named(
        rankTeams(
          scored.filter((t) => t.challengeId === c.id),
          jury.length,
        ),
      ),
    })),
  };
}

/** One challenge's ranking, for its SME's private page. */
export async function challengeRanking(eventId: string, challengeId: string) {
  const [teams, jury, scores] = await Promise.all([teamsOf(eventId), juryOf(eventId), scoresOf(eventId)]);
  const mine = teams.filter((t) => t.challengeId === challengeId);
  return rankTeams(withScores(mine, scores as (Score & { teamId: string })[]), jury.length).map((r) => ({
    rank: r.rank,
    total: r.total,
    tie: r.tie,
    name: mine.find((t) => t.id === r.id)!.name,
  }));
}

/**
 * The hackathons someone judges here whose scoring is open (scoring has no end but a cancelled
 * hackathon, as `scoreTeam` takes it), newest first, with how many teams they scored of how
 * many: the jurors' page when they judge more than one.
 */
export async function judgedHackathons(werkplaatsId: string, jurorId: string) {
  return db
    .select({
      id: events.id,
      titleNl: events.titleNl,
      titleEn: events.titleEn,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      teams: countDistinct(hackathonTeams.id),
      scored: countDistinct(juryScores.teamId),
    })
    .from(hackathonJurors)
    .innerJoin(events, eq(events.id, hackathonJurors.eventId))
    .leftJoin(hackathonChallenges, eq(hackathonChallenges.eventId, events.id))
    .leftJoin(hackathonTeams, eq(hackathonTeams.challengeId, hackathonChallenges.id))
    .leftJoin(juryScores, and(eq(juryScores.teamId, hackathonTeams.id), eq(juryScores.jurorId, jurorId)))
    .where(and(eq(hackathonJurors.werkplaatsId, werkplaatsId), eq(hackathonJurors.userId, jurorId), ne(events.status, "cancelled")))
    .groupBy(events.id)
    .orderBy(desc(events.startsAt))
    .limit(100);
}
