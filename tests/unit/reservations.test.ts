import { describe, expect, it } from "vitest";
import { canCancel, cancelDeadline, reservableDayProblem, withinWeeklyLimit } from "~/modules/desks/reservations";
import { addMonths, isoWeekOf } from "~/utils/calendar";
import { todayIn, zonedToUtc } from "~/utils/zoned-time";

describe("the cancellation deadline", () => {
  it("is 09:00 in Dordrecht: 08:00 UTC in winter, 07:00 UTC in summer", () => {
    expect(cancelDeadline("2026-01-15").toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(cancelDeadline("2026-07-15").toISOString()).toBe("2026-07-15T07:00:00.000Z");
    // The day clocks go forward (29 March 2026): 09:00 is already summer time.
    expect(cancelDeadline("2026-03-29").toISOString()).toBe("2026-03-29T07:00:00.000Z");
  });
  it("allows cancelling at 08:59 and refuses at 09:00", () => {
    expect(canCancel("2026-01-15", new Date("2026-01-15T07:59:59Z"))).toBe(true);
    expect(canCancel("2026-01-15", new Date("2026-01-15T08:00:00Z"))).toBe(false);
    expect(canCancel("2026-01-16", new Date("2026-01-15T20:00:00Z"))).toBe(true);
  });
});

describe("the booking window", () => {
  it("refuses past days and days more than 8 weeks ahead", () => {
    expect(reservableDayProblem("2026-03-09", "2026-03-10")).toBe("past");
    expect(reservableDayProblem("2026-03-10", "2026-03-10")).toBeUndefined();
    expect(reservableDayProblem("2026-05-05", "2026-03-10")).toBeUndefined();
    expect(reservableDayProblem("2026-05-06", "2026-03-10")).toBe("tooFarAhead");
  });
});

describe("access days per week", () => {
  it("counts distinct reserved days in the ISO week of the day", () => {
    // Week of Monday 9 March 2026.
    expect(withinWeeklyLimit(2, ["2026-03-09"], "2026-03-11")).toBe(true);
    expect(withinWeeklyLimit(2, ["2026-03-09", "2026-03-10"], "2026-03-11")).toBe(false);
    // A reservation in the previous week does not count.
    expect(withinWeeklyLimit(2, ["2026-03-08", "2026-03-10"], "2026-03-11")).toBe(true);
    expect(withinWeeklyLimit(null, ["2026-03-09", "2026-03-10", "2026-03-11"], "2026-03-12")).toBe(true);
  });
});

describe("calendar helpers", () => {
  it("knows ISO weeks, month ends and the date in Amsterdam", () => {
    expect(isoWeekOf("2026-03-15")).toEqual({ start: "2026-03-09", end: "2026-03-15" });
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(todayIn(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(zonedToUtc("2026-10-25", "12:00").toISOString()).toBe("2026-10-25T11:00:00.000Z");
  });
});
