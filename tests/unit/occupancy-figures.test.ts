import { describe, expect, it } from "vitest";
import { percentOf } from "~/modules/reporting/figures";
import { occupancyFigures } from "~/modules/reporting/occupancy";

const day = (flexReserved: number, fixedAssigned: number, checkIns = 0, open = true) => ({
  flexReserved,
  flexCapacity: 8,
  fixedAssigned,
  fixedTotal: 3,
  checkIns,
  open,
});

describe("percentOf", () => {
  it("rounds to a whole percentage, half up", () => {
    expect(percentOf(1, 8)).toBe(13); // 12.5 %
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(3, 3)).toBe(100);
  });

  it("says 0 % of nothing instead of dividing by zero", () => {
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(2, 0)).toBe(0);
  });

  it("shows an overbooked share above 100 %", () => {
    expect(percentOf(9, 8)).toBe(113);
  });
});

describe("occupancyFigures", () => {
  it("averages the period over all its days, empty ones included", () => {
    const { period } = occupancyFigures([day(8, 3, 5), day(0, 0, 2), day(4, 3, 1), day(0, 0)], []);
    // 12 of 4 × 8 flex spots; 6 of 4 × 3 desks.
    expect(period).toEqual({ flexPercent: 38, fixedPercent: 50, checkIns: 8 });
  });

  it("averages over the open days only: a closed Sunday does not pull the week down", () => {
    const week = [day(4, 3), day(4, 3), day(4, 3), day(4, 3), day(4, 3), day(0, 3, 0, false), day(0, 3, 1, false)];
    // 20 of 5 × 8 flex spots on the five open days; over all seven it would read 36 %.
    expect(occupancyFigures(week, []).period).toMatchObject({ flexPercent: 50, fixedPercent: 100, checkIns: 1 });
  });

  it("gives each day and each area its own share, keeping their counts", () => {
    const figures = occupancyFigures([day(2, 1)], [{ id: "a", reserved: 1, capacity: 4, assigned: 2, desks: 2 }]);
    expect(figures.days).toEqual([{ ...day(2, 1), flexPercent: 25, fixedPercent: 33 }]);
    expect(figures.areas).toEqual([
      { id: "a", reserved: 1, capacity: 4, assigned: 2, desks: 2, reservedPercent: 25, assignedPercent: 100 },
    ]);
  });

  it("reports an empty period as zeros", () => {
    expect(occupancyFigures([], []).period).toEqual({ flexPercent: 0, fixedPercent: 0, checkIns: 0 });
  });
});
