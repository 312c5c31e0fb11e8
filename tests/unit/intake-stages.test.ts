import { describe, expect, it } from "vitest";
import { allowedMoves, evaluatedByAnswer, intakeStages, moveRefusal } from "~/modules/workshop";

describe("moves across the intake board", () => {
  it("goes forward one column at a time and never skips vraagarticulatie", () => {
    expect(moveRefusal("intake", "articulation", null)).toBeNull();
    expect(moveRefusal("intake", "matched", "advisory_trajectory")).toBe("workshop.move.notAllowed");
    expect(moveRefusal("running", "evaluated", "advisory_trajectory")).toBe("workshop.move.notAllowed");
  });

  it("asks for a route before matching, and only team routes run", () => {
    expect(moveRefusal("articulation", "matched", null)).toBe("workshop.move.routeFirst");
    expect(moveRefusal("articulation", "matched", "spreekuur")).toBeNull();
    expect(moveRefusal("matched", "running", "spreekuur")).toBe("workshop.move.noTeamRoute");
    expect(moveRefusal("matched", "running", "hackathon_challenge")).toBeNull();
    expect(allowedMoves("matched", "market_referral")).toEqual(["articulation", "closed"]);
  });

  it("closes from every open stage and never reopens a closed file", () => {
    for (const stage of intakeStages.filter((s) => s !== "closed")) expect(moveRefusal(stage, "closed", null)).toBeNull();
    expect(allowedMoves("closed", "advisory_trajectory")).toEqual([]);
    expect(moveRefusal("closed", "intake", null)).toBe("workshop.move.notAllowed");
  });

  it("lets a question go back to vraagarticulatie until something runs", () => {
    expect(moveRefusal("matched", "articulation", "advisory_trajectory")).toBeNull();
    expect(moveRefusal("running", "articulation", "advisory_trajectory")).toBe("workshop.move.notAllowed");
  });

  it("moves a matched card to evaluated when the SME answers, and leaves other cards alone", () => {
    expect(intakeStages.filter(evaluatedByAnswer)).toEqual(["matched", "running", "delivered"]);
  });
});
