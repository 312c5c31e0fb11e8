import { eq } from "drizzle-orm";
import { werkplaatsen } from "#db/schema";
import { intakesByEmail, reachRecords } from "~/modules/workshop/index.server";
import { db } from "~/utils/db.server";
import { activityVisits } from "~/modules/events/index.server";
import { addDays } from "~/utils/calendar";
import { TIME_ZONE, todayIn, toLocalParts, zonedToUtc } from "~/utils/zoned-time";
import { listPartners } from "../agreements/partners.server";
import { partnerSettingsOf } from "../costs/costs.server";
import { countedOf, tally } from "./impact-count";
import { smeKey, trajectoryPasses, visitPasses, type ImpactFilter } from "./impact-filter";
import { averageOf, percentOf, publishableFigures, type PublishableFigure } from "./impact-rules";
import { periodOf, type Period } from "./period";

export type Impact = Awaited<ReturnType<typeof impactOf>>;
export type ImpactRecords = Awaited<ReturnType<typeof impactRecords>>;

/**
 * The records the Impactmonitor counts for a period, narrowed by the filter: the workshop's
 * trajectories, students, evaluations and expert hours (each by its trajectory's themes and SME
 * size class), and the visits of activities (by kind, themes and the size class of the intake
 * asked from the visitor's email). Days are the werkplaats's days.
 */
export async function impactRecords(werkplaatsId: string, period: Period, filter: ImpactFilter = {}) {
  const range = { start: period.from, end: period.to };
  const zone = await zoneOf(werkplaatsId);
  const [records, visits] = await Promise.all([
    reachRecords(werkplaatsId, range, zone),
    activityVisits(werkplaatsId, zonedToUtc(period.from, "00:00", zone), zonedToUtc(addDays(period.to, 1), "00:00", zone)),
  ]);
  const intakes = await intakesByEmail(werkplaatsId, [...new Set(visits.map((v) => v.email.toLowerCase()))]);
  const intakeOf = new Map<string, (typeof intakes)[number]>();
  // Newest intake first: a visitor is the SME they last asked the workshop for.
  for (const intake of intakes) if (!intakeOf.has(intake.email)) intakeOf.set(intake.email, intake);
  const keyedVisits = visits.map((v) => {
    const intake = intakeOf.get(v.email.toLowerCase());
    // The member company's KvK number first, then the intake from the same address, then the name typed.
    const key = v.kvkNumber
      ? smeKey({ kvkNumber: v.kvkNumber, email: null, organisation: null })
      : smeKey({ kvkNumber: intake?.kvkNumber ?? null, email: intake ? v.email : null, organisation: v.organisation });
    return { ...v, email: v.email.toLowerCase(), smeKey: key, sizeClass: intake?.sizeClass ?? null };
  });
  const trajectories = records.trajectories
    .filter((t) => trajectoryPasses(filter, t))
    .map((t) => ({ ...t, deliveredOn: t.deliveredAt ? toLocalParts(t.deliveredAt, zone).date : null }));
  const kept = new Set(trajectories.map((t) => t.id));
  const dayOf = (at: Date | null) => (at ? toLocalParts(at, zone).date : null);
  return {
    trajectories,
    students: records.students.filter((s) => kept.has(s.trajectoryId)),
    // Answers and hours of the period may belong to a trajectory that ran before it: filtered by their own trajectory.
    evaluations: records.evaluations.filter((e) => trajectoryPasses(filter, e)).map((e) => ({ ...e, answeredOn: dayOf(e.answeredAt) })),
    teamEvaluations: records.teamEvaluations
      .filter((e) => trajectoryPasses(filter, e))
      .map((e) => ({ ...e, answeredOn: dayOf(e.answeredAt) })),
    expertHours: records.expertHours.filter((h) => trajectoryPasses(filter, h)),
    visits: keyedVisits.filter((v) => visitPasses(filter, v)),
  };
}

/**
 * The Impactmonitor figures of a period, each computed once here from `impactRecords`: SMEs
 * helped (unique by `smeKey` among the trajectories running in the period), trajectories started
 * (first day in the period) and completed (delivered in it), students involved (unique by email,
 * per level), the SMEs' average rating, the share that recommends and the share that took
 * follow-up steps (of those who answered the follow-up question), and expert hours. Beside them,
 * the team's own voice and the reach through activities. A filter narrows every figure.
 */
export async function impactOf(werkplaatsId: string, period: Period, filter: ImpactFilter = {}) {
  return impactFrom(await impactRecords(werkplaatsId, period, filter), period);
}

/** The figures of records already read (the drill-down reads them once for the figures and the rows). */
export function impactFrom(records: ImpactRecords, period: Period) {
  const counted = countedOf(records, period);
  const rated = records.evaluations.filter((e) => e.rating !== null);
  const recommendAnswered = records.evaluations.filter((e) => e.wouldRecommend !== null);
  const followUps = records.evaluations.filter((e) => e.followUpAnswered);
  const minutes = records.expertHours.reduce((sum, h) => sum + h.minutes, 0);
  const figures: Record<PublishableFigure, number | null> = {
    smesHelped: counted.smes.length,
    trajectoriesStarted: counted.started.length,
    trajectoriesCompleted: counted.completed.length,
    studentsInvolved: counted.students.length,
    averageRating: averageOf(rated.map((e) => e.rating!)),
    recommendPercent: percentOf(recommendAnswered.filter((e) => e.wouldRecommend).length, recommendAnswered.length),
    followUpPercent: percentOf(followUps.filter((e) => e.takenSteps.some((s) => s !== "nothing_yet")).length, followUps.length),
    expertHours: Math.floor(minutes / 60 + 0.5),
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
  const reachBy = (field: "kinds" | "themes") => {
    const people = tally(counted.people, (p) => p[field]);
    const smes = tally(counted.smesReached, (s) => s[field]);
    return Object.fromEntries(Object.keys(people).map((k) => [k, { people: people[k]!, smes: smes[k] ?? 0 }]));
  };
  return {
    period,
    figures,
    teamVoice,
    studentsByLevel: { mbo: 0, hbo: 0, wo: 0, unknown: 0, ...tally(counted.students, (s) => s.level ?? "unknown") },
    smesBySize: tally(counted.smes, (s) => s.sizeClass),
    smesByTheme: tally(counted.smes, (s) => s.themes),
    reach: {
      people: counted.people.length,
      smes: counted.smesReached.length,
      byKind: reachBy("kinds"),
      byTheme: reachBy("themes"),
    },
    trajectories: records.trajectories,
    completed: counted.completed,
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
