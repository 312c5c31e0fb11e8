import type { IsoDate } from "~/utils/calendar";

type Entry = { userId: string; name: string; role: string; workedOn: IsoDate; minutes: number };
type Milestone = { id: string; day: IsoDate };

/** Minutes per person, most first; the role says whether they were on the team or an expert. */
export function hoursPerPerson(entries: readonly Entry[]) {
  const totals = new Map<string, { userId: string; name: string; role: string; minutes: number }>();
  for (const e of entries) {
    const row = totals.get(e.userId) ?? { userId: e.userId, name: e.name, role: e.role, minutes: 0 };
    row.minutes += e.minutes;
    totals.set(e.userId, row);
  }
  return [...totals.values()].sort((a, b) => b.minutes - a.minutes || a.name.localeCompare(b.name));
}

/**
 * Minutes per milestone: work counts towards the first milestone on or after the day it was
 * done (the kick-off gathers the preparation, the final presentation the last stretch). Hours
 * after the last milestone form their own row (`milestoneId` null), so nothing logged is lost.
 * Hours carry a day, not a milestone: the team logs what it did, not which phase it was in.
 */
export function hoursPerMilestone(entries: readonly Entry[], milestones: readonly Milestone[]) {
  const ordered = [...milestones].sort((a, b) => a.day.localeCompare(b.day));
  const totals = new Map<string | null, number>(ordered.map((m) => [m.id, 0]));
  for (const e of entries) {
    const towards = ordered.find((m) => e.workedOn <= m.day)?.id ?? null;
    totals.set(towards, (totals.get(towards) ?? 0) + e.minutes);
  }
  const rows = ordered.map((m) => ({ milestoneId: m.id as string | null, minutes: totals.get(m.id) ?? 0 }));
  const after = totals.get(null);
  return after ? [...rows, { milestoneId: null, minutes: after }] : rows;
}

/** Minutes as hours for people: 90 → "1,5" (nl) or "1.5" (en); quarters never need more than two decimals. */
export function formatHours(minutes: number, locale: "nl" | "en") {
  return (Math.round((minutes / 60) * 100) / 100).toLocaleString(locale === "en" ? "en-GB" : "nl-NL");
}
