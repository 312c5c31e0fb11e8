import { juryCriteria, type JuryCriterion } from "#db/schema/enums";

/** One juror's mark for a team on a criterion (1–10). */
export type Score = { jurorId: string; criterion: JuryCriterion; score: number };

export type TeamScores = { id: string; scores: readonly Score[] };

/** Why a team stands where it stands next to the team with the same total. */
export type TieNote = { key: "workshop.hackathon.tie.broken"; criterion: JuryCriterion } | { key: "workshop.hackathon.tie.shared" };

export type RankedTeam = {
  id: string;
  /** Null until any juror scored the team. Shared ranks repeat (1, 2, 2, 4). */
  rank: number | null;
  /** The sum of the criteria's averages over the jurors who scored them: 4 to 40. */
  total: number;
  averages: Record<JuryCriterion, number | null>;
  /** Marks given out of what the whole jury would give (jurors × criteria). */
  marks: number;
  marksExpected: number;
  tie: TieNote | null;
};

/**
 * Ties are broken on what the werkplaats values most in a challenge's outcome: the impact for the
 * SME first, then the idea, how feasible it is, and last the presentation.
 */
export const TIE_BREAK_ORDER: readonly JuryCriterion[] = ["impact", "idea", "feasibility", "presentation"];

// Averages are compared rounded to 1/10000 so two equal totals reached by different sums tie.
const exact = (n: number) => Math.round(n * 10000);

function averagesOf(scores: readonly Score[]) {
  const averages = {} as Record<JuryCriterion, number | null>;
  for (const criterion of juryCriteria) {
    const marks = scores.filter((s) => s.criterion === criterion);
    averages[criterion] = marks.length === 0 ? null : marks.reduce((sum, s) => sum + s.score, 0) / marks.length;
  }
  return averages;
}

/** The first criterion (in tie-break order) on which a scores higher than b, as a sort result. */
function tieBreak(a: RankedTeam, b: RankedTeam): { order: number; criterion: JuryCriterion | null } {
  for (const criterion of TIE_BREAK_ORDER) {
    const diff = exact(b.averages[criterion] ?? 0) - exact(a.averages[criterion] ?? 0);
    if (diff !== 0) return { order: diff, criterion };
  }
  return { order: 0, criterion: null };
}

/**
 * Ranks the teams on the jury's scores: the highest sum of criterion averages first. Equal totals
 * are split by the averages in `TIE_BREAK_ORDER`, and the note says on which criterion; teams equal
 * on every criterion share the rank. Teams nobody scored yet come last, without a rank.
 */
export function rankTeams(teams: readonly TeamScores[], jurorCount: number): RankedTeam[] {
  const rows: RankedTeam[] = teams.map((team) => {
    const averages = averagesOf(team.scores);
    const total = juryCriteria.reduce((sum, c) => sum + (averages[c] ?? 0), 0);
    return {
      id: team.id,
      rank: null,
      total,
      averages,
      marks: team.scores.length,
      marksExpected: jurorCount * juryCriteria.length,
      tie: null,
    };
  });
  const scored = rows.filter((r) => r.marks > 0);
  scored.sort((a, b) => exact(b.total) - exact(a.total) || tieBreak(a, b).order);
  scored.forEach((row, i) => {
    const before = scored[i - 1];
    const after = scored[i + 1];
    const sameTotal = (other: RankedTeam | undefined) => other !== undefined && exact(other.total) === exact(row.total);
    row.rank = before && sameTotal(before) && tieBreak(before, row).order === 0 ? before.rank : i + 1;
    // The note goes on every team whose total another team shares, saying what split them (or that nothing did).
    const neighbour = sameTotal(before) ? before : sameTotal(after) ? after : undefined;
    if (neighbour) {
      const { criterion } = tieBreak(row, neighbour);
      row.tie = criterion ? { key: "workshop.hackathon.tie.broken", criterion } : { key: "workshop.hackathon.tie.shared" };
    }
  });
  return [...scored, ...rows.filter((r) => r.marks === 0)];
}
