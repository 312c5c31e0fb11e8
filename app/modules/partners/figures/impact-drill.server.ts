import type { IsoDate } from "~/utils/calendar";
import { countedOf } from "./impact-count";
import type { ImpactDrill, ImpactFilter } from "./impact-filter";
import { impactFrom, impactRecords, type ImpactRecords } from "./impact.server";
import type { ImpactMark, ImpactRow } from "./impact-row";
import type { Period } from "./period";

const trajectoryHref = (id: string) => `/werkplaats/trajecten/${id}`;

/**
 * The figures of a period and the rows behind one of them, read once: the rows are the very list
 * the figure is the count, sum or average of (`countedOf`), so the tests can check that they add
 * up. `level` narrows the students to one level (the by-level breakdown's numbers).
 */
export async function impactWithRows(
  werkplaatsId: string,
  period: Period,
  filter: ImpactFilter,
  drill: ImpactDrill,
  level?: string,
): Promise<{ impact: ReturnType<typeof impactFrom>; rows: ImpactRow[] }> {
  const records = await impactRecords(werkplaatsId, period, filter);
  return { impact: impactFrom(records, period), rows: rowsOf(records, period, drill, level) };
}

function rowsOf(records: ImpactRecords, period: Period, drill: ImpactDrill, level?: string): ImpactRow[] {
  const counted = countedOf(records, period);
  const evaluation = (e: ImpactRecords["evaluations"][number], mark: ImpactMark): ImpactRow => ({
    key: e.id,
    date: e.answeredOn,
    name: e.organisation,
    context: e.title,
    href: trajectoryHref(e.trajectoryId),
    mark,
  });
  const trajectory = (t: ImpactRecords["trajectories"][number], date: IsoDate | null): ImpactRow => ({
    key: t.id,
    date,
    name: t.organisation,
    context: t.title,
    href: trajectoryHref(t.id),
    mark: { status: t.status },
  });
  switch (drill) {
    case "smesHelped":
      return counted.smes.map((s) => ({
        key: s.key,
        date: s.firstStart,
        name: s.organisation,
        context: s.trajectories.join(", "),
        href: null,
        mark: { sizeClass: s.sizeClass },
      }));
    case "trajectoriesStarted":
      return counted.started.map((t) => trajectory(t, t.periodStart));
    case "trajectoriesCompleted":
      return counted.completed.map((t) => trajectory(t, t.deliveredOn));
    case "studentsInvolved":
      return counted.students
        .filter((s) => !level || (s.level ?? "unknown") === level)
        .map((s) => ({
          key: s.email,
          date: null,
          name: s.name,
          context: s.title,
          href: trajectoryHref(s.trajectoryId),
          mark: { level: s.level ?? "unknown" },
        }));
    case "averageRating":
      return records.evaluations.filter((e) => e.rating !== null).map((e) => evaluation(e, { rating: e.rating }));
    case "recommendPercent":
      return records.evaluations.filter((e) => e.wouldRecommend !== null).map((e) => evaluation(e, { recommends: e.wouldRecommend! }));
    case "followUpPercent":
      return records.evaluations.filter((e) => e.followUpAnswered).map((e) => evaluation(e, { steps: e.takenSteps }));
    case "expertHours":
      return records.expertHours.map((h) => ({
        key: h.id,
        date: h.workedOn,
        name: h.expert,
        context: `${h.title} · ${h.organisation}`,
        href: trajectoryHref(h.trajectoryId),
        mark: { minutes: h.minutes },
      }));
    case "peopleReached":
      return counted.people.map((p) => ({
        key: p.email,
        date: null,
        name: p.email,
        context: p.organisation ?? "",
        href: null,
        mark: { kinds: p.kinds },
      }));
    case "smesReached":
      return counted.smesReached.map((s) => ({
        key: s.key,
        date: null,
        name: s.organisation ?? s.key,
        context: "",
        href: null,
        mark: { kinds: s.kinds },
      }));
    case "teamVoice":
      return records.teamEvaluations.map((e) => ({
        key: e.id,
        date: e.answeredOn,
        name: e.organisation,
        context: e.title,
        href: trajectoryHref(e.trajectoryId),
        mark: { respondent: e.respondent, marks: [e.rating, e.teamRating, e.smeRating, e.expertRating] },
      }));
  }
}
