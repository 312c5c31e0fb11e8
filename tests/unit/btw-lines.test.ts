import { describe, expect, it } from "vitest";
import { btwBreakdown, btwTreatment, invoiceTotals, isReverseCharge, lineAmounts, quantityInThousandths } from "~/modules/billing/btw";

const standard = (percent: 21 | 9) => ({ category: "S" as const, percent, exemptionReason: null });

describe("BTW per line and per rate", () => {
  it("rounds each line once, half up, and per rate sums the rounded lines", () => {
    // Three lines of €0.10 at 21 %: 2.1 → 2 each → 6 per rate, where 21 % of 30 would be 6.3 → 6.
    // Two lines of €0.50 at 9 %: 4.5 → 5 each (half up) → 10, where 9 % of 100 would be 9: the sum of lines wins.
    const lines = [
      { btw: standard(21), ...lineAmounts(10, 1000, standard(21)) },
      { btw: standard(21), ...lineAmounts(10, 1000, standard(21)) },
      { btw: standard(9), ...lineAmounts(50, 1000, standard(9)) },
      { btw: standard(21), ...lineAmounts(10, 1000, standard(21)) },
      { btw: standard(9), ...lineAmounts(50, 1000, standard(9)) },
    ];
    expect(lines.map((l) => l.btwCents)).toEqual([2, 2, 5, 2, 5]);
    expect(btwBreakdown(lines)).toEqual([
      { ...standard(21), netCents: 30, btwCents: 6 },
      { ...standard(9), netCents: 100, btwCents: 10 },
    ]);
    expect(invoiceTotals(lines)).toEqual({ netCents: 130, btwCents: 16, grossCents: 146 });
  });

  it("prices quantities with up to three decimals without floats", () => {
    expect(quantityInThousandths("1,5")).toBe(1500);
    expect(quantityInThousandths("0.333")).toBe(333);
    expect(quantityInThousandths("0.3333")).toBeNull();
    expect(quantityInThousandths("0")).toBeNull();
    expect(quantityInThousandths("-1")).toBeNull();
    // 0.333 × €10.01 = 3.33333 → 3.33; 21 % = 0.6993 → 0.70
    expect(lineAmounts(10_01, 333, standard(21))).toEqual({ netCents: 3_33, btwCents: 70 });
  });

  it("reverse charge for an EU business elsewhere with a BTW-id, not for consumers or Dutch businesses", () => {
    const belgian = { kind: "company", countryCode: "BE", btwId: "BE0477472701" };
    expect(isReverseCharge(belgian)).toBe(true);
    expect(btwTreatment({ rate: 21 }, belgian)).toEqual({ category: "AE", percent: 0, exemptionReason: "BTW verlegd" });
    expect(isReverseCharge({ ...belgian, btwId: null })).toBe(false);
    expect(isReverseCharge({ ...belgian, kind: "person" })).toBe(false);
    expect(isReverseCharge({ kind: "company", countryCode: "NL", btwId: "NL001234560B01" })).toBe(false);
    expect(isReverseCharge({ kind: "company", countryCode: "US", btwId: "US123" })).toBe(false);
    expect(btwTreatment({ rate: "exempt", reason: "art. 11" }, belgian)).toEqual({ category: "E", percent: 0, exemptionReason: "art. 11" });
    expect(btwTreatment({ rate: 0 }, { kind: "person", countryCode: "NL", btwId: null })).toEqual({
      category: "Z",
      percent: 0,
      exemptionReason: null,
    });
  });
});
