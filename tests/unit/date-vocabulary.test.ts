import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isIsoDate, isoWeekday } from "~/utils/calendar";
import { isTimeZone, minutesOf, parseInstant, todayIn, wallClock, zonedToUtc } from "~/utils/zoned-time";

// The same words in every zone: a werkplaats outside the Netherlands names its own zone.
describe("dates and instants across daylight-saving switches", () => {
  it("knows today's date in the zone around midnight, both sides of each switch", () => {
    // Spring forward in Amsterdam, Sunday 29 March 2026: 00:30 local is still UTC+1.
    expect(todayIn(new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-29");
    expect(todayIn(new Date("2026-03-28T22:59:00Z"))).toBe("2026-03-28");
    // Fall back, Sunday 25 October 2026: midnight is at 22:00 UTC the day before (still summer time).
    expect(todayIn(new Date("2026-10-24T22:00:00Z"))).toBe("2026-10-25");
    expect(todayIn(new Date("2026-10-24T21:59:00Z"))).toBe("2026-10-24");
    // New York switches two weeks earlier in spring and one week later in autumn.
    expect(todayIn(new Date("2026-03-08T04:30:00Z"), "America/New_York")).toBe("2026-03-07");
    expect(todayIn(new Date("2026-03-09T04:30:00Z"), "America/New_York")).toBe("2026-03-09");
  });

  it("puts the same wall-clock hour one hour apart in UTC before and after each switch", () => {
    const nine = (day: string, zone?: string) => zonedToUtc(day, "09:00", zone).toISOString();
    expect(nine("2026-03-28")).toBe("2026-03-28T08:00:00.000Z");
    expect(nine("2026-03-29")).toBe("2026-03-29T07:00:00.000Z");
    expect(nine("2026-10-24")).toBe("2026-10-24T07:00:00.000Z");
    expect(nine("2026-10-25")).toBe("2026-10-25T08:00:00.000Z");
    expect(nine("2026-03-07", "America/New_York")).toBe("2026-03-07T14:00:00.000Z");
    expect(nine("2026-03-08", "America/New_York")).toBe("2026-03-08T13:00:00.000Z");
    expect(nine("2026-11-01", "America/New_York")).toBe("2026-11-01T14:00:00.000Z");
  });

  it("moves a time in the spring gap forward and takes the first of an autumn twice-hour", () => {
    expect(zonedToUtc("2026-03-08", "02:30", "America/New_York").toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(zonedToUtc("2026-11-01", "01:30", "America/New_York").toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("counts calendar days the same on switch days, whatever the zone", () => {
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-10-25", 1)).toBe("2026-10-26");
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
    expect(isoWeekday("2026-03-29")).toBe(7);
    expect(isoWeekday("2026-10-26")).toBe(1);
  });

  it("reads a date-time without an offset in the given zone", () => {
    expect(parseInstant("2026-10-25T09:00")?.toISOString()).toBe("2026-10-25T08:00:00.000Z");
    expect(parseInstant("2026-10-25T09:00", "UTC")?.toISOString()).toBe("2026-10-25T09:00:00.000Z");
    expect(parseInstant("2026-02-30T09:00")).toBeNull();
  });

  it("writes and reads wall-clock times and checks names", () => {
    expect(wallClock(9)).toBe("09:00");
    expect(wallClock(8, 75)).toBe("09:15");
    expect(minutesOf(wallClock(16, 59))).toBe(16 * 60 + 59);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isTimeZone("Europe/Amsterdam")).toBe(true);
    expect(isTimeZone("America/New_York")).toBe(true);
    expect(isTimeZone("Europe/Dordrecht")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});
