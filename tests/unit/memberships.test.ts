import { describe, expect, it } from "vitest";
import {
  cancellationEndDate,
  effectiveStatus,
  monthlyRecurringRevenue,
  periodOn,
  stripBalance,
  stripValidUntil,
} from "~/modules/memberships/memberships";
import { btwCents, inclBtw } from "~/utils/money";

describe("the end date of a cancellation", () => {
  const base = { startDate: "2026-01-01", minimumTermMonths: 0, noticePeriodMonths: 0, today: "2026-03-10" };

  it("is the requested date when term and notice allow it", () => {
    const r = cancellationEndDate({ ...base, requested: "2026-04-30", minimumTermMonths: 3, noticePeriodMonths: 1 });
    expect(r).toMatchObject({ endDate: "2026-04-30", decidedBy: "requested", termEnds: "2026-03-31", noticeEnds: "2026-04-09" });
  });

  it("is the end of the minimum term when that is later (start + term − 1 day)", () => {
    const r = cancellationEndDate({ ...base, requested: "2026-03-15", minimumTermMonths: 6 });
    expect(r).toMatchObject({ endDate: "2026-06-30", decidedBy: "term" });
  });

  it("is today + notice period when that is the latest", () => {
    const r = cancellationEndDate({ ...base, requested: "2026-03-10", minimumTermMonths: 1, noticePeriodMonths: 2 });
    expect(r).toMatchObject({ endDate: "2026-05-09", decidedBy: "notice" });
  });

  it("clamps month ends: a term from 31 January of one month ends on 27/28 February", () => {
    expect(
      cancellationEndDate({ ...base, startDate: "2026-01-31", minimumTermMonths: 1, requested: "2026-02-01", today: "2026-02-01" }).endDate,
    ).toBe("2026-02-27");
    expect(
      cancellationEndDate({ ...base, startDate: "2028-01-31", minimumTermMonths: 1, requested: "2028-02-01", today: "2028-02-01" }).endDate,
    ).toBe("2028-02-28");
  });

  it("never ends before the start: a future membership without a term ends at its start at the earliest", () => {
    const r = cancellationEndDate({ ...base, startDate: "2026-05-01", requested: "2026-03-10" });
    expect(r).toMatchObject({ endDate: "2026-05-01", decidedBy: "term" });
  });

  it("lets the requested date win a tie", () => {
    const r = cancellationEndDate({ ...base, requested: "2026-03-31", minimumTermMonths: 3 });
    expect(r).toMatchObject({ endDate: "2026-03-31", decidedBy: "requested" });
  });
});

describe("the status a member sees", () => {
  const m = { status: "active" as const, startDate: "2026-01-01", endDate: null };
  it("follows the dates of an approved membership", () => {
    expect(effectiveStatus(m, "2025-12-31")).toBe("upcoming");
    expect(effectiveStatus(m, "2026-01-01")).toBe("active");
    expect(effectiveStatus({ ...m, endDate: "2026-06-30" }, "2026-06-10")).toBe("ending");
    expect(effectiveStatus({ ...m, endDate: "2026-06-30" }, "2026-05-01")).toBe("active");
    expect(effectiveStatus({ ...m, endDate: "2026-06-30" }, "2026-06-30")).toBe("ending");
    expect(effectiveStatus({ ...m, endDate: "2026-06-30" }, "2026-07-01")).toBe("ended");
    expect(effectiveStatus(m, "2026-03-05", [{ startsOn: "2026-03-01", endsOn: "2026-03-31" }])).toBe("paused");
  });
  it("keeps the decision for pending, declined and withdrawn", () => {
    expect(effectiveStatus({ ...m, status: "pending" }, "2026-03-01")).toBe("pending");
    expect(effectiveStatus({ ...m, status: "declined" }, "2026-03-01")).toBe("declined");
    expect(effectiveStatus({ ...m, status: "withdrawn" }, "2026-03-01")).toBe("withdrawn");
  });
});

describe("the plan in force on a day", () => {
  const periods = [
    { planId: "flex", startsOn: "2026-01-01", endsOn: "2026-03-31" },
    { planId: "fixed", startsOn: "2026-04-01", endsOn: null },
  ];
  it("is the covering period, else the nearest one", () => {
    expect(periodOn(periods, "2026-02-01")?.planId).toBe("flex");
    expect(periodOn(periods, "2026-04-01")?.planId).toBe("fixed");
    expect(periodOn(periods, "2025-01-01")?.planId).toBe("flex");
    expect(periodOn([{ planId: "a", startsOn: "2026-01-01", endsOn: "2026-01-31" }], "2026-05-01")?.planId).toBe("a");
    expect(periodOn([], "2026-05-01")).toBeUndefined();
  });
});

describe("monthly recurring revenue", () => {
  it("adds the monthly prices excl. BTW of recurring kinds only", () => {
    expect(
      monthlyRecurringRevenue([
        { kind: "flex", priceCents: 17500 },
        { kind: "fixed", priceCents: 27500 },
        { kind: "office", priceCents: 65000 },
        { kind: "virtual", priceCents: 6500 },
        { kind: "strippenkaart", priceCents: 15000 },
        { kind: "day_pass", priceCents: 2500 },
      ]),
    ).toBe(17500 + 27500 + 65000 + 6500);
    expect(monthlyRecurringRevenue([])).toBe(0);
  });
});

describe("strippenkaart", () => {
  it("is valid for M months from its start", () => {
    expect(stripValidUntil("2026-01-15", 3)).toBe("2026-04-14");
    expect(stripValidUntil("2026-11-30", 3)).toBe("2027-02-27");
  });
  it("has N days minus the days used, never negative", () => {
    expect(stripBalance(10, 0)).toBe(10);
    expect(stripBalance(10, 7)).toBe(3);
    expect(stripBalance(10, 12)).toBe(0);
  });
});

describe("BTW", () => {
  it("is rounded once, half up, per amount", () => {
    expect(btwCents(17500, 21)).toBe(3675);
    expect(inclBtw(17500, 21)).toBe(21175);
    expect(btwCents(50, 9)).toBe(5); // 4.5 → 5
    expect(btwCents(2500, 0)).toBe(0);
  });
});
