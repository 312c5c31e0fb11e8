import { describe, expect, it } from "vitest";
import {
  agingBucket,
  agingOf,
  collectionCostsCents,
  DEFAULT_REMINDER_SCHEDULE,
  isConsumer,
  nextReminderOn,
  payByOf,
  stepKind,
} from "~/modules/billing/receivables";

describe("aging buckets", () => {
  it("puts an invoice in its bucket by days past its due date, at the edges", () => {
    const due = "2026-10-01";
    expect(agingBucket(due, "2026-09-30")).toBe("notDue");
    expect(agingBucket(due, "2026-10-01")).toBe("notDue");
    expect(agingBucket(due, "2026-10-02")).toBe("upTo30");
    expect(agingBucket(due, "2026-10-31")).toBe("upTo30"); // 30 days
    expect(agingBucket(due, "2026-11-01")).toBe("upTo60"); // 31 days
    expect(agingBucket(due, "2026-11-30")).toBe("upTo60"); // 60 days
    expect(agingBucket(due, "2026-12-01")).toBe("over60"); // 61 days
  });

  it("counts across a leap day and a year end", () => {
    expect(agingBucket("2028-02-28", "2028-03-29")).toBe("upTo30"); // 30 days with 29 February
    expect(agingBucket("2026-12-15", "2027-02-13")).toBe("upTo60"); // 60 days over new year
  });

  it("gives totals per bucket that are the sums of the rows it returns", () => {
    const rows = [
      { id: "a", dueDate: "2026-12-10", dueCents: 100_00 },
      { id: "b", dueDate: "2026-11-20", dueCents: 12_34 },
      { id: "c", dueDate: "2026-10-15", dueCents: 50_01 },
      { id: "d", dueDate: "2026-08-01", dueCents: 1_00 },
      { id: "e", dueDate: "2026-07-01", dueCents: 2_00 },
    ];
    const aging = agingOf(rows, "2026-12-01");
    expect(aging.rows.map((r) => r.bucket)).toEqual(["notDue", "upTo30", "upTo60", "over60", "over60"]);
    expect(aging.totals).toEqual({
      notDue: { count: 1, cents: 100_00 },
      upTo30: { count: 1, cents: 12_34 },
      upTo60: { count: 1, cents: 50_01 },
      over60: { count: 2, cents: 3_00 },
    });
    expect(aging.openCents).toBe(rows.reduce((s, r) => s + r.dueCents, 0));
    expect(aging.overdueCents).toBe(aging.openCents - 100_00);
  });
});

describe("the WIK staffel for collection costs", () => {
  it.each([
    [1, 40_00], // the minimum
    [100_00, 40_00],
    [266_66, 40_00], // 15 % = 39.999 → the minimum
    [266_67, 40_00], // 40.0005 → 40.00
    [300_00, 45_00],
    [1_234_56, 185_18], // 185.184 → half up once
    [1_234_57, 185_19], // 185.1855 → 185.19
    [2_500_00, 375_00],
    [3_000_00, 425_00], // 375 + 10 % of 500
    [5_000_00, 625_00],
    [10_000_00, 875_00], // + 5 % of 5,000
    [200_000_00, 2_775_00], // + 1 % of 190,000
    [1_000_000_00, 6_775_00], // + 0.5 % of 800,000 = the maximum exactly
    [2_000_000_00, 6_775_00], // capped
  ])("a principal of %i cents costs %i cents", (principal, costs) => {
    expect(collectionCostsCents(principal)).toBe(costs);
  });

  it("refuses a principal that is not a positive number of cents", () => {
    expect(() => collectionCostsCents(0)).toThrow();
    expect(() => collectionCostsCents(12.5)).toThrow();
  });
});

describe("the reminder schedule", () => {
  const schedule = DEFAULT_REMINDER_SCHEDULE;

  it("puts the first reminder its days after the due date, the second after both its day and the gap since the first", () => {
    expect(nextReminderOn("2026-11-01", [], schedule)).toEqual({ step: 1, on: "2026-11-08" });
    expect(nextReminderOn("2026-11-01", [{ step: 1, sentOn: "2026-11-08" }], schedule)).toEqual({ step: 2, on: "2026-11-22" });
    // A first reminder sent late (by hand) still leaves 14 days before the second.
    expect(nextReminderOn("2026-11-01", [{ step: 1, sentOn: "2026-11-20" }], schedule)).toEqual({ step: 2, on: "2026-12-04" });
    expect(
      nextReminderOn(
        "2026-11-01",
        [
          { step: 1, sentOn: "2026-11-08" },
          { step: 2, sentOn: "2026-11-22" },
        ],
        schedule,
      ),
    ).toBeNull();
    expect(nextReminderOn("2026-11-01", [], { firstAfterDays: 3, secondAfterDays: 10 })).toEqual({ step: 1, on: "2026-11-04" });
  });

  it("makes the second reminder a 14-dagenbrief for a consumer only", () => {
    expect(isConsumer({ kind: "person", kvkNumber: null })).toBe(true);
    expect(isConsumer({ kind: "person", kvkNumber: "12345678" })).toBe(false);
    expect(isConsumer({ kind: "company", kvkNumber: null })).toBe(false);
    expect(stepKind(1, true)).toEqual({ step: 1, kind: "friendly" });
    expect(stepKind(2, true)).toEqual({ step: 2, kind: "fourteen_day" });
    expect(stepKind(2, false)).toEqual({ step: 2, kind: "second" });
  });

  it("gives 14 days from the day after receipt: sent on the 1st, pay by the 15th", () => {
    expect(payByOf("2026-12-01")).toBe("2026-12-15");
    expect(payByOf("2026-12-20")).toBe("2027-01-03");
  });
});
