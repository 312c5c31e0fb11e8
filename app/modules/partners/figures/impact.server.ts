import { eq } from "drizzle-orm";
import { werkplaatsen } from "#db/schema";
import { expertHoursValue, intakesByEmail, reachRecords } from "~/modules/workshop/index.server";
import { db } from "~/utils/db.server";
import { activityVisits } from "~/modules/events/index.server";
import { addDays } from "~/utils/calendar";
import { TIME_ZONE, todayIn, toLocalParts, zonedToUtc } from "~/utils/zoned-time";
import { listPartners } from "../agreements/partners.server";
import { partnerSettingsOf } from "../costs/costs.server";
import { averageOf, percentOf, publishableFigures, reachOf, type PublishableFigure } from "./impact-rules";
import { periodOf, type Period } from "./period";

export type Impact = Awaited<ReturnType<typeof impactOf>>;

/**
 * The Impactmonitor figures of a period, each computed once here from the workshop's records:
 * SMEs helped (unique intakes with a trajectory running in the period), trajectories started
 * (first day in the period) and completed (delivered in the period), students involved (unique
 * by email, per level), the SMEs' average rating, the share that recommends and the share that
 * took follow-up steps (of those who answered the follow-up question), and expert hours. Beside
 * them, the team's own voice: how many students and teachers evaluated in the period and their
 * average marks for the trajectory, the team, the SME and the expert (each over those who gave it).
 */
export async function impactOf(werkplaatsId: string, period: Period) {
  const range = { start: period.from, end: period.to };
  // Days are the werkplaats's days: a trajectory delivered at 00:30 on 1 January in Amsterdam counts in January.
  const zone = await zoneOf(werkplaatsId);
  const [records, experts, visits] = await Promise.all([
    reachRecords(werkplaatsId, range, zone),
    expertHoursValue(werkplaatsId, range),
    activityVisits(werkplaatsId, zonedToUtc(period.from, "00:00", zone), zonedToUtc(addDays(period.to, 1), "00:00", zone)),
  ]);
  const intakes = await intakesByEmail(werkplaatsId, [...new Set(visits.map((v) => v.email.toLowerCase()))]);
  const inPeriod = (day: string | null) => day !== null && day >= period.from && day <= period.to;
  const students = new Map<string, string | null>();
  for (const s of records.students) if (!students.has(s.email) || s.level) students.set(s.email, s.level);
  const byLevel = { mbo: 0, hbo: 0, wo: 0, unknown: 0 };
  for (const level of students.values()) byLevel[(level ?? "unknown") as keyof typeof byLevel] += 1;
  const rated = records.evaluations.filter((e) => e.rating !== null);
  const recommendAnswered = records.evaluations.filter((e) => e.wouldRecommend !== null);
  const followUps = records.evaluations.filter((e) => e.followUpAnswered);
  const bySize: Record<string, number> = {};
  for (const intakeId of new Set(records.trajectories.map((t) => t.intakeId))) {
    const size = records.trajectories.find((t) => t.intakeId === intakeId)!.sizeClass;
    bySize[size] = (bySize[size] ?? 0) + 1;
  }
  const completed = records.trajectories.filter((t) => inPeriod(t.deliveredAt ? toLocalParts(t.deliveredAt, zone).date : null));
  const smesByTheme: Record<string, number> = {};
  for (const theme of new Set(records.trajectories.flatMap((t) => t.themes)))
    smesByTheme[theme] = new Set(records.trajectories.filter((t) => t.themes.includes(theme)).map((t) => t.intakeId)).size;
  const figures: Record<PublishableFigure, number | null> = {
    smesHelped: new Set(records.trajectories.map((t) => t.intakeId)).size,
    trajectoriesStarted: records.trajectories.filter((t) => inPeriod(t.periodStart)).length,
    trajectoriesCompleted: completed.length,
    studentsInvolved: students.size,
    averageRating: averageOf(rated.map((e) => e.rating!)),
    recommendPercent: percentOf(recommendAnswered.filter((e) => e.wouldRecommend).length, recommendAnswered.length),
    followUpPercent: percentOf(followUps.filter((e) => e.takenSteps.some((s) => s !== "nothing_yet")).length, followUps.length),
    expertHours: Math.floor(experts.minutes / 60 + 0.5),
  };
  const team = records.teamEvaluations;
  const marks = (pick: (e: (typeof team)[number]) => number | null) => averageOf(team.map(pick).filter((m): m is number => m !== null));
  const teamVoice = {
    students: team.filter((e) => e.respondent === "student").length,
    teachers: team.filter((e) => e.respondent === "teacher").length,
    averageRating: marks((e) => e.rating),
    averageTeamRating: marks((e) => e.teamRating),
    averageSmeRating: marks((e) => e.smeRating),
    averageExpertRating: marks((e) => e.expertRating),
  };
  return {
    period,
    figures,
    teamVoice,
    studentsByLevel: byLevel,
    smesBySize: bySize,
    smesByTheme,
    reach: reachOf(visits, intakes),
    trajectories: records.trajectories,
    completed,
  };
}

/**
 * What the public impact page shows: this year's figures the manager chose to publish (nothing
 * until they choose) and the published partners, with a logo when they have one.
 */
export async function publicImpact(werkplaatsId: string, period: Period) {
  const [impact, settings, partners] = await Promise.all([
    impactOf(werkplaatsId, period),
    partnerSettingsOf(werkplaatsId),
    listPartners(werkplaatsId),
  ]);
  const chosen = publishableFigures.filter((f) => settings.publishedFigures.includes(f));
  return {
    period,
    figures: chosen.map((figure) => ({ figure, value: impact.figures[figure] })),
    partners: partners.filter((p) => p.published).map((p) => ({ id: p.id, name: p.name, website: p.website, hasLogo: p.hasLogo })),
  };
}

/**
 * The data version of the public impact page (decision 057): what the page shows, as it would
 * show it now. Its figures are counted from many tables (trajectories, members, evaluations,
 * hours, partners, settings); hashing the result cannot miss one of them when a figure is added,
 * and costs a few queries but no rendering.
 */
export async function publicImpactVersion(werkplaatsId: string, now = new Date()): Promise<string> {
  return JSON.stringify(await publicImpact(werkplaatsId, periodOf({ span: "year" }, todayIn(now, await zoneOf(werkplaatsId)))));
}

async function zoneOf(werkplaatsId: string) {
  const [place] = await db.select({ timezone: werkplaatsen.timezone }).from(werkplaatsen).where(eq(werkplaatsen.id, werkplaatsId));
  return place?.timezone ?? TIME_ZONE;
}
