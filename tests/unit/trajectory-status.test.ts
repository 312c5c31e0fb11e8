import { describe, expect, it } from "vitest";
import { mayMove, nextStatuses, trajectoryStatuses } from "~/modules/workshop";

describe("trajectory status", () => {
  it("moves forward one step or to closed, never back and never out of closed", () => {
    expect(nextStatuses("forming")).toEqual(["running", "closed"]);
    expect(nextStatuses("running")).toEqual(["delivered", "closed"]);
    expect(nextStatuses("delivered")).toEqual(["closed"]);
    expect(nextStatuses("closed")).toEqual([]);
    for (const from of trajectoryStatuses) expect(mayMove(from, from)).toBe(false);
    expect(mayMove("delivered", "running")).toBe(false);
    expect(mayMove("forming", "delivered")).toBe(false);
  });
});
