import type { IsoDate } from "~/utils/calendar";
import { smeKey } from "./impact-filter";

/** A trajectory running in the period, with its SME (as the workshop's `reachRecords` gives it). */
type Trajectory = {
  id: string;
  title: string;
  themes: string[];
  periodStart: IsoDate;
  periodEnd: IsoDate;
  deliveredOn: IsoDate | null;
  organisation: string;
  sizeClass: string;
  email: string;
  kvkNumber: string | null;
};
type Student = { trajectoryId: string; email: string; name: string; level: string | null };
type Visit = { kind: string; themes: string[]; email: string; organisation: string | null; smeKey: string | null };

/** One SME helped: everything the page shows of it, under its `smeKey`. */
export type SmeHelped = {
  key: string;
  organisation: string;
  sizeClass: string;
  themes: string[];
  trajectories: string[];
  firstStart: IsoDate;
};

/**
 * The records each Impactmonitor figure counts, one list per figure: the figure is the length,
 * sum or average of its list, and its drill-down shows the same list. So a number and the rows
 * behind it cannot disagree. Records arrive already filtered and in the period.
 */
export function countedOf<T extends Trajectory>(
  records: { trajectories: T[]; students: Student[]; visits: Visit[] },
  period: { from: IsoDate; to: IsoDate },
) {
  const inPeriod = (day: IsoDate | null) => day !== null && day >= period.from && day <= period.to;
  const smes = new Map<string, SmeHelped>();
  for (const t of [...records.trajectories].sort((a, b) => a.periodStart.localeCompare(b.periodStart))) {
    // A trajectory's intake always has an email, so it always has a key.
    const key = smeKey(t)!;
    const sme = smes.get(key) ?? {
      key,
      organisation: t.organisation,
      sizeClass: t.sizeClass,
      themes: [],
      trajectories: [],
      firstStart: t.periodStart,
    };
    sme.themes = [...new Set([...sme.themes, ...t.themes])];
    sme.trajectories.push(t.title);
    smes.set(key, sme);
  }
  const titleOf = new Map(records.trajectories.map((t) => [t.id, t.title]));
  const students = new Map<string, Student & { title: string }>();
  for (const s of records.students) {
    // Unique by email; a level given on any of their trajectories wins over none.
    if (!students.has(s.email) || s.level) students.set(s.email, { ...s, title: titleOf.get(s.trajectoryId) ?? "" });
  }
  const people = new Map<string, { email: string; organisation: string | null; kinds: string[]; themes: string[] }>();
  const smesReached = new Map<string, { key: string; organisation: string | null; kinds: string[]; themes: string[] }>();
  for (const v of records.visits) {
    const person = people.get(v.email) ?? { email: v.email, organisation: v.organisation, kinds: [], themes: [] };
    if (!person.kinds.includes(v.kind)) person.kinds.push(v.kind);
    person.themes = [...new Set([...person.themes, ...v.themes])];
    people.set(v.email, person);
    if (v.smeKey === null) continue;
    const sme = smesReached.get(v.smeKey) ?? { key: v.smeKey, organisation: v.organisation, kinds: [], themes: [] };
    if (!sme.kinds.includes(v.kind)) sme.kinds.push(v.kind);
    sme.themes = [...new Set([...sme.themes, ...v.themes])];
    smesReached.set(v.smeKey, sme);
  }
  return {
    smes: [...smes.values()],
    started: records.trajectories.filter((t) => inPeriod(t.periodStart)),
    completed: records.trajectories.filter((t) => inPeriod(t.deliveredOn)),
    students: [...students.values()],
    people: [...people.values()],
    smesReached: [...smesReached.values()],
  };
}

/** How many of a list fall under each value of one of its fields (or several, for a list field). */
export function tally<T>(rows: T[], by: (row: T) => string | string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) for (const value of [by(row)].flat()) out[value] = (out[value] ?? 0) + 1;
  return out;
}
