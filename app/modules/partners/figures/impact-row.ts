import type { IsoDate } from "~/utils/calendar";

/** What a row shows beside its name: the value it adds to the figure. */
export type ImpactMark =
  | { level: string }
  | { rating: number | null }
  | { recommends: boolean }
  | { steps: string[] }
  | { minutes: number }
  | { kinds: string[] }
  | { sizeClass: string }
  | { status: string }
  | { respondent: string; marks: (number | null)[] };

/** One record behind an Impactmonitor number: an SME, a trajectory, a student, an answer, an hour. */
export type ImpactRow = { key: string; date: IsoDate | null; name: string; context: string; href: string | null; mark: ImpactMark };
