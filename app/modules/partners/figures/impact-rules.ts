/** The Impactmonitor's national figures an impact report is read against. */
export const NATIONAL = { averageRating: 7.1, recommendPercent: 80, followUpPercent: 85 } as const;

/** The figures a werkplaats may choose to publish on its public impact page. */
export const publishableFigures = [
  "smesHelped",
  "trajectoriesStarted",
  "trajectoriesCompleted",
  "studentsInvolved",
  "averageRating",
  "recommendPercent",
  "followUpPercent",
  "expertHours",
] as const;
export type PublishableFigure = (typeof publishableFigures)[number];

/** A share as a whole percentage, half up; null when nobody answered. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.floor((part * 100) / whole + 0.5);
}

/** An average rating with one decimal, half up; null without ratings. */
export function averageOf(ratings: number[]): number | null {
  if (ratings.length === 0) return null;
  return Math.floor((ratings.reduce((s, r) => s + r, 0) * 10) / ratings.length + 0.5) / 10;
}

/** Euros per head, half up; null when there is nobody to divide over. */
export function perHeadCents(totalCents: number, heads: number): number | null {
  return heads === 0 ? null : Math.floor(totalCents / heads + 0.5);
}

/** An impact figure as people read it: a count, a rating with one decimal, or a percentage; a dash when nobody answered. */
export function formatFigure(figure: PublishableFigure, value: number | null, locale: "nl" | "en"): string {
  if (value === null) return "–";
  const tag = locale === "nl" ? "nl-NL" : "en-GB";
  if (figure === "averageRating") return value.toLocaleString(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (figure.endsWith("Percent")) return `${value} %`;
  return value.toLocaleString(tag);
}

/** The figures the Impactmonitor draws over time: reach, trajectories, students and the SMEs' rating. */
export const trendFigures = [
  "peopleReached",
  "smesReached",
  "trajectoriesStarted",
  "trajectoriesCompleted",
  "studentsInvolved",
  "averageRating",
] as const;
export type TrendFigure = (typeof trendFigures)[number];

/** A trend's points: the months of the period, or the quarters of a year. */
export type TrendStep = "month" | "quarter";
