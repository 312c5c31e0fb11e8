import { describe, expect, it } from "vitest";
import { membershipLines, monthPeriod, type MembershipForBilling, type PlanForBilling } from "~/modules/billing/run";

const flex: PlanForBilling = { id: "p-flex", name: "Flexplek", kind: "flex", priceCents: 17500, btwPercent: 21, depositCents: 0 };
const fixed: PlanForBilling = { id: "p-fixed", name: "Vaste plek", kind: "fixed", priceCents: 31000, btwPercent: 21, depositCents: 25000 };

function membership(over: Partial<MembershipForBilling> & { plan?: PlanForBilling } = {}): MembershipForBilling {
  const startDate = over.startDate ?? "2025-06-01";
  return {
    id: "m1",
    startDate,
    endDate: null,
    periods: [{ startsOn: startDate, endsOn: null, plan: over.plan ?? flex }],
    pauses: [],
    ...over,
  };
}

const net = (lines: { netCents: number; revenueKind: string }[]) =>
  lines.filter((l) => l.revenueKind === "membership").reduce((sum, l) => sum + l.netCents, 0);

describe("a membership's month in the billing run", () => {
  it("bills a whole month in advance at the plan price, keyed by membership and month", () => {
    expect(membershipLines(membership(), "2026-03")).toEqual([
      {
        description: { key: "billing.run.membershipMonth", vars: { plan: "Flexplek" } },
        period: { start: "2026-03-01", end: "2026-03-31" },
        quantity: 1,
        unitCents: 17500,
        netCents: 17500,
        btwPercent: 21,
        revenueKind: "membership",
        chargeKey: "membership:m1:2026-03",
      },
    ]);
  });

  it.each([
    ["2026-02", 28, "2026-02-28"],
    ["2028-02", 29, "2028-02-29"],
    ["2026-04", 30, "2026-04-30"],
    ["2026-01", 31, "2026-01-31"],
  ])("knows %s has %i days", (month, days, last) => {
    expect(monthPeriod(month)).toEqual({ start: `${month}-01`, end: last });
    // Starting on the 2nd leaves out exactly one day of the month.
    const [line] = membershipLines(membership({ startDate: `${month}-02` }), month);
    expect(line!.description.vars).toEqual({ plan: "Flexplek", days: days - 1, daysInMonth: days });
    expect(line!.netCents).toBe(divide(17500 * (days - 1), days));
  });

  it("prorates a start mid-month by days, rounded half up once", () => {
    // 17 of 30 days: 17500 × 17 / 30 = 9916.67 → 9917.
    const [line] = membershipLines(membership({ startDate: "2026-04-14" }), "2026-04");
    expect(line).toMatchObject({ period: { start: "2026-04-14", end: "2026-04-30" }, netCents: 9917, unitCents: 9917, quantity: 1 });
    // 10000 × 15 / 30 = 5000 exactly; 10001 × 15 / 30 = 5000.5 → 5001 (half up).
    const half = (priceCents: number) =>
      membershipLines(membership({ startDate: "2026-04-16", plan: { ...flex, priceCents } }), "2026-04")[0]!.netCents;
    expect(half(10000)).toBe(5000);
    expect(half(10001)).toBe(5001);
  });

  it("prorates an end mid-month and bills nothing after the end or before the start", () => {
    const m = membership({ startDate: "2026-01-01", endDate: "2026-05-10" });
    expect(membershipLines(m, "2026-05")[0]).toMatchObject({
      period: { start: "2026-05-01", end: "2026-05-10" },
      netCents: divide(17500 * 10, 31),
    });
    expect(membershipLines(m, "2026-06")).toEqual([]);
    expect(membershipLines(membership({ startDate: "2026-07-01" }), "2026-06")).toEqual([]);
  });

  it("bills one day when start and end are the same day", () => {
    const m = membership({ startDate: "2026-02-10", endDate: "2026-02-10" });
    expect(membershipLines(m, "2026-02")[0]).toMatchObject({ netCents: 625, description: { vars: { days: 1, daysInMonth: 28 } } });
  });

  it("leaves out pause days, also when a pause spans the end of a month", () => {
    const m = membership({ pauses: [{ startsOn: "2026-01-20", endsOn: "2026-02-09" }] });
    // January: 19 of 31 days; February: 19 of 28 days (the 10th to the 28th).
    expect(membershipLines(m, "2026-01")[0]).toMatchObject({
      netCents: divide(17500 * 19, 31),
      period: { start: "2026-01-01", end: "2026-01-31" },
    });
    expect(membershipLines(m, "2026-02")[0]).toMatchObject({ netCents: divide(17500 * 19, 28) });
    expect(membershipLines(m, "2026-03")[0]!.netCents).toBe(17500);
  });

  it("bills nothing for a month paused from end to end", () => {
    const m = membership({ pauses: [{ startsOn: "2026-03-15", endsOn: "2026-05-02" }] });
    expect(membershipLines(m, "2026-04")).toEqual([]);
  });

  it("splits the month on the date of a plan change, each piece at its own price and BTW", () => {
    const m = membership({
      periods: [
        { startsOn: "2025-06-01", endsOn: "2026-04-14", plan: flex },
        { startsOn: "2026-04-15", endsOn: null, plan: { ...fixed, btwPercent: 9 } },
      ],
    });
    const lines = membershipLines(m, "2026-04");
    expect(lines.map((l) => [l.chargeKey, l.period.start, l.period.end, l.btwPercent, l.description.vars])).toEqual([
      ["membership:m1:2026-04", "2026-04-01", "2026-04-14", 21, { plan: "Flexplek", days: 14, daysInMonth: 30 }],
      ["membership:m1:2026-04:2026-04-15", "2026-04-15", "2026-04-30", 9, { plan: "Vaste plek", days: 16, daysInMonth: 30 }],
    ]);
    // The month's total is rounded once: (17500 × 14 + 31000 × 16) / 30 = 24700.
    expect(net(lines)).toBe(divide(17500 * 14 + 31000 * 16, 30));
    expect(lines[0]!.netCents).toBe(divide(17500 * 14, 30));
    // No deposit: the membership started long before, on a plan without one.
    expect(lines.some((l) => l.revenueKind === "deposit")).toBe(false);
  });

  it("never bills the pieces of a month above the full month, whatever the split", () => {
    for (const month of ["2026-02", "2028-02", "2026-04", "2026-05"]) {
      const { end } = monthPeriod(month);
      const days = Number(end.slice(8));
      for (const priceCents of [1, 3, 17500, 33333]) {
        for (let change = 2; change <= days; change++) {
          const on = `${month}-${String(change).padStart(2, "0")}`;
          const before = `${month}-${String(change - 1).padStart(2, "0")}`;
          const plan = { ...flex, priceCents };
          const m = membership({
            periods: [
              { startsOn: "2025-01-01", endsOn: before, plan },
              { startsOn: on, endsOn: null, plan: { ...plan, id: "same-price-other-plan" } },
            ],
          });
          const lines = membershipLines(m, month);
          expect(net(lines)).toBe(priceCents);
          for (const l of lines) expect(l.netCents).toBeLessThanOrEqual(priceCents);
        }
      }
    }
  });

  it("never bills more than the dearest plan's full month, with pauses and plan changes together", () => {
    const dear = { ...fixed, depositCents: 0, priceCents: 33337 };
    for (let change = 2; change <= 28; change += 3) {
      for (let pauseStart = 1; pauseStart <= 28; pauseStart += 4) {
        const day = (d: number) => `2026-02-${String(d).padStart(2, "0")}`;
        const m = membership({
          periods: [
            { startsOn: "2025-01-01", endsOn: day(change - 1), plan: { ...flex, priceCents: 17501 } },
            { startsOn: day(change), endsOn: null, plan: dear },
          ],
          pauses: [{ startsOn: day(pauseStart), endsOn: day(Math.min(28, pauseStart + 5)) }],
        });
        const lines = membershipLines(m, "2026-02");
        const billedDays = lines.reduce((sum, l) => sum + Number(l.description.vars.days ?? 28), 0);
        expect(billedDays).toBe(28 - (Math.min(28, pauseStart + 5) - pauseStart + 1));
        expect(net(lines)).toBeLessThan(dear.priceCents);
        for (const l of lines) expect(l.netCents).toBeGreaterThan(0);
      }
    }
  });

  it("charges the deposit in the first month and refunds it in the last, without BTW", () => {
    const m = membership({ startDate: "2026-03-10", endDate: "2026-09-30", plan: fixed });
    const first = membershipLines(m, "2026-03");
    expect(first.find((l) => l.revenueKind === "deposit")).toEqual({
      description: { key: "billing.run.deposit", vars: { plan: "Vaste plek" } },
      period: { start: "2026-03-10", end: "2026-03-10" },
      quantity: 1,
      unitCents: 25000,
      netCents: 25000,
      btwPercent: 0,
      revenueKind: "deposit",
      chargeKey: "membership:m1:2026-03:deposit",
    });
    expect(membershipLines(m, "2026-04").map((l) => l.revenueKind)).toEqual(["membership"]);
    const last = membershipLines(m, "2026-09");
    expect(last.find((l) => l.revenueKind === "deposit" && l.netCents < 0)).toMatchObject({
      netCents: -25000,
      period: { start: "2026-09-30", end: "2026-09-30" },
      chargeKey: "membership:m1:2026-09:deposit-refund",
    });
    expect(last.find((l) => l.revenueKind === "membership")!.netCents).toBe(31000);
  });

  it("does not bill plans that are paid once (strippenkaart, day pass) in the monthly run", () => {
    const card: PlanForBilling = { ...flex, kind: "strippenkaart" };
    expect(membershipLines(membership({ plan: card }), "2026-03")).toEqual([]);
  });

  it("gives every line of a month a different charge key", () => {
    const m = membership({
      startDate: "2026-04-03",
      endDate: "2026-04-27",
      periods: [
        { startsOn: "2026-04-03", endsOn: "2026-04-10", plan: fixed },
        { startsOn: "2026-04-11", endsOn: "2026-04-20", plan: flex },
        { startsOn: "2026-04-21", endsOn: null, plan: fixed },
      ],
    });
    const keys = membershipLines(m, "2026-04").map((l) => l.chargeKey);
    expect(keys).toHaveLength(5);
    expect(new Set(keys).size).toBe(5);
  });

  it("refuses a month that is not YYYY-MM", () => {
    expect(() => membershipLines(membership(), "2026-13")).toThrow();
    expect(() => membershipLines(membership(), "2026-3")).toThrow();
  });
});

function divide(numerator: number, denominator: number) {
  return Math.floor((numerator * 2 + denominator) / (denominator * 2));
}
