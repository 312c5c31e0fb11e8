import { describe, expect, it } from "vitest";
import { rankTeams, type Score } from "~/modules/workshop";

const marks = (juror: string, idea: number, impact: number, feasibility: number, presentation: number): Score[] => [
  { jurorId: juror, criterion: "idea", score: idea },
  { jurorId: juror, criterion: "impact", score: impact },
  { jurorId: juror, criterion: "feasibility", score: feasibility },
  { jurorId: juror, criterion: "presentation", score: presentation },
];

describe("ranking hackathon teams", () => {
  it("puts the highest sum of criterion averages first", () => {
    const ranked = rankTeams(
      [
        { id: "a", scores: [...marks("j1", 6, 6, 6, 6), ...marks("j2", 8, 8, 8, 8)] },
        { id: "b", scores: [...marks("j1", 9, 9, 9, 9), ...marks("j2", 7, 7, 7, 7)] },
      ],
      2,
    );
    expect(ranked.map((r) => [r.id, r.rank, r.total])).toEqual([
      ["b", 1, 32],
      ["a", 2, 28],
    ]);
    expect(ranked[0]!.averages.idea).toBe(8);
    expect(ranked.every((r) => r.tie === null)).toBe(true);
  });

  it("breaks an equal total on impact first and says so", () => {
    const ranked = rankTeams(
      [
        { id: "presenters", scores: marks("j1", 8, 6, 7, 9) },
        { id: "impact", scores: marks("j1", 7, 8, 7, 8) },
      ],
      1,
    );
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ["impact", 1],
      ["presenters", 2],
    ]);
    expect(ranked[0]!.tie).toEqual({ key: "workshop.hackathon.tie.broken", criterion: "impact" });
    expect(ranked[1]!.tie).toEqual({ key: "workshop.hackathon.tie.broken", criterion: "impact" });
  });

  it("falls through to the next criterion when impact is equal too", () => {
    const ranked = rankTeams(
      [
        { id: "x", scores: marks("j1", 6, 8, 8, 8) },
        { id: "y", scores: marks("j1", 7, 8, 7, 8) },
      ],
      1,
    );
    expect(ranked.map((r) => r.id)).toEqual(["y", "x"]);
    expect(ranked[0]!.tie).toEqual({ key: "workshop.hackathon.tie.broken", criterion: "idea" });
  });

  it("shares a place when every criterion is equal, and the next place is skipped", () => {
    const ranked = rankTeams(
      [
        { id: "p", scores: marks("j1", 7, 7, 7, 7) },
        { id: "q", scores: marks("j1", 7, 7, 7, 7) },
        { id: "r", scores: marks("j1", 5, 5, 5, 5) },
      ],
      1,
    );
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3]);
    expect(ranked[0]!.tie).toEqual({ key: "workshop.hackathon.tie.shared" });
    expect(ranked[2]!.tie).toBeNull();
  });

  it("treats equal averages reached by different juries as equal", () => {
    // 10/3 + … and 20/6 + … are the same number; rounding noise must not split them.
    const ranked = rankTeams(
      [
        { id: "three", scores: [...marks("j1", 3, 3, 3, 3), ...marks("j2", 3, 3, 3, 3), ...marks("j3", 4, 4, 4, 4)] },
        { id: "also", scores: [...marks("j1", 4, 4, 4, 4), ...marks("j2", 3, 3, 3, 3), ...marks("j3", 3, 3, 3, 3)] },
      ],
      3,
    );
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });

  it("leaves teams nobody scored without a place, last, and counts missing marks", () => {
    const ranked = rankTeams(
      [
        { id: "none", scores: [] },
        { id: "half", scores: marks("j1", 5, 5, 5, 5) },
      ],
      2,
    );
    expect(ranked.map((r) => [r.id, r.rank, r.marks, r.marksExpected])).toEqual([
      ["half", 1, 4, 8],
      ["none", null, 0, 8],
    ]);
  });
});
