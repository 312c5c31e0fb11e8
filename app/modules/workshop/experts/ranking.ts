/**
 * Which resident experts fit a trajectory, best first, each with the reasons for its place.
 * Pure: the caller reads the candidates (tags, pledged and booked hours, load, ratings) from the
 * database; this file only weighs them, so staff can see why someone is on top.
 */

import type { WorkshopTheme } from "#db/schema/enums";

/**
 * The words experts use for a theme in their free-text directory tags (Dutch and English).
 * A tag matches a theme when it equals one of these or contains one as a whole word.
 */
const themeWords: Record<WorkshopTheme, readonly string[]> = {
  ecommerce: ["e-commerce", "ecommerce", "webshop", "webshops", "online marketing", "marketing", "sales", "online sales", "seo"],
  data: ["data", "ai", "data-analyse", "dashboards", "bi", "machine learning", "analytics"],
  automation: ["automatisering", "automation", "kantoorautomatisering", "office automation", "low-code", "erp", "workflows"],
  cyber_security: ["cyber security", "cybersecurity", "security", "beveiliging", "privacy", "avg"],
  circular_economy: ["circulaire economie", "circular economy", "circulair", "hergebruik", "duurzaamheid"],
  energy_transition: ["energietransitie", "energy transition", "energie", "zonnepanelen", "warmtepompen", "duurzaamheid"],
};

export type RankingTrajectory = {
  themes: readonly string[];
  /** The clarified question (or the SME's own words); its words are matched against tags. */
  question: string;
  /** The SME's company when it is a resident company: its own people never advise it. */
  smeCompanyId: string | null;
};

export type RankingCandidate = {
  userId: string;
  name: string;
  companyId: string | null;
  tags: readonly string[];
  hoursPerMonth: number;
  /** Hours already promised to trajectories in the month the suggestion is for. */
  bookedHours: number;
  /** Trajectories the expert is on now (invited or accepted, not finished). */
  activeTrajectories: number;
  /** Ratings (1–10) teams gave this expert on earlier trajectories. */
  ratings: readonly number[];
  /** Already on this trajectory (invited or accepted): not suggested again. */
  alreadyOnTrajectory: boolean;
};

/** One reason as a message key with its values, so the page says it in the reader's language. */
export type RankReason = { key: ReasonKey; values?: Record<string, string | number> };
type ReasonKey =
  | "workshop.experts.reason.themes"
  | "workshop.experts.reason.question"
  | "workshop.experts.reason.freeHours"
  | "workshop.experts.reason.noFreeHours"
  | "workshop.experts.reason.load"
  | "workshop.experts.reason.idle"
  | "workshop.experts.reason.rating"
  | "workshop.experts.reason.unrated";

export type RankedExpert<C extends RankingCandidate = RankingCandidate> = C & {
  rank: number;
  score: number;
  freeHours: number;
  reasons: RankReason[];
};

const WEIGHT_THEME = 30;
const WEIGHT_QUESTION_WORD = 10;
const WEIGHT_FREE_HOUR = 2;
const MAX_FREE_HOUR_POINTS = 20;
const WEIGHT_LOAD = 8;
const WEIGHT_RATING_POINT = 4;
const MIN_WORD_LENGTH = 3;

const normalise = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");

/** Whether `tag` is (or contains as a whole word) one of `words`. */
function tagMatches(tag: string, words: readonly string[]) {
  const t = normalise(tag);
  return words.some((w) => t === w || new RegExp(`(^|[^a-z0-9])${w.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")}([^a-z0-9]|$)`).test(t));
}

/** The candidate's tags that carry one of the trajectory's themes. */
export function themeTags(tags: readonly string[], themes: readonly string[]) {
  const words = themes.flatMap((th) => themeWords[th as WorkshopTheme] ?? []);
  return tags.filter((tag) => tagMatches(tag, words));
}

/** The candidate's tags that appear in the question as words ("webshop" in "onze webshop verkoopt niet"). */
export function questionTags(tags: readonly string[], question: string) {
  const text = ` ${normalise(question).replace(/[^a-z0-9-]+/g, " ")} `;
  return tags.filter((tag) => {
    const t = normalise(tag).trim();
    return t.length >= MIN_WORD_LENGTH && text.includes(` ${t} `);
  });
}

const average = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * The suggestion list: experts of the SME's own company and those already on the trajectory are
 * left out; the rest ordered by score (themes, question words, free hours, load, ratings), an
 * expert without free hours this month last whatever their score, ties by name.
 */
export function rankExperts<C extends RankingCandidate>(trajectory: RankingTrajectory, candidates: readonly C[]): RankedExpert<C>[] {
  const scored = candidates
    .filter((c) => !c.alreadyOnTrajectory)
    .filter((c) => !(trajectory.smeCompanyId && c.companyId === trajectory.smeCompanyId))
    .map((c) => {
      const reasons: RankReason[] = [];
      let score = 0;
      const onTheme = themeTags(c.tags, trajectory.themes);
      if (onTheme.length > 0) {
        score += WEIGHT_THEME * onTheme.length;
        reasons.push({ key: "workshop.experts.reason.themes", values: { tags: onTheme.join(", ") } });
      }
      const inQuestion = questionTags(c.tags, trajectory.question).filter((t) => !onTheme.includes(t));
      if (inQuestion.length > 0) {
        score += WEIGHT_QUESTION_WORD * inQuestion.length;
        reasons.push({ key: "workshop.experts.reason.question", values: { tags: inQuestion.join(", ") } });
      }
      const freeHours = Math.max(0, c.hoursPerMonth - c.bookedHours);
      if (freeHours > 0) {
        score += Math.min(MAX_FREE_HOUR_POINTS, WEIGHT_FREE_HOUR * freeHours);
        reasons.push({ key: "workshop.experts.reason.freeHours", values: { free: freeHours, total: c.hoursPerMonth } });
      } else {
        reasons.push({ key: "workshop.experts.reason.noFreeHours", values: { total: c.hoursPerMonth } });
      }
      if (c.activeTrajectories > 0) {
        score -= WEIGHT_LOAD * c.activeTrajectories;
        reasons.push({ key: "workshop.experts.reason.load", values: { n: c.activeTrajectories } });
      } else {
        reasons.push({ key: "workshop.experts.reason.idle" });
      }
      const rating = average(c.ratings);
      if (rating === null) {
        reasons.push({ key: "workshop.experts.reason.unrated" });
      } else {
        score += Math.round(WEIGHT_RATING_POINT * (rating - 5.5));
        reasons.push({ key: "workshop.experts.reason.rating", values: { rating: rating.toFixed(1), n: c.ratings.length } });
      }
      return { ...c, score, freeHours, reasons };
    });
  scored.sort((a, b) => Number(b.freeHours > 0) - Number(a.freeHours > 0) || b.score - a.score || a.name.localeCompare(b.name, "nl"));
  return scored.map((c, i) => ({ ...c, rank: i + 1 }));
}
