import { describe, expect, it } from "vitest";
import { addDays, isIsoDate } from "~/utils/calendar";
import { localMonthStart, toLocalParts, zonedToUtc } from "~/utils/zoned-time";
import { weeklyOccurrences } from "~/utils/recurrence";

describe("Amsterdam wall-clock time ↔ UTC", () => {
  it("converts winter (UTC+1) and summer (UTC+2) times", () => {
    expect(zonedToUtc("2026-01-15", "09:00").toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(zonedToUtc("2026-07-01", "09:00").toISOString()).toBe("2026-07-01T07:00:00.000Z");
  });

  it("handles the spring gap on 29 March 2026 (02:00 → 03:00)", () => {
    expect(zonedToUtc("2026-03-29", "01:59").toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(zonedToUtc("2026-03-29", "03:00").toISOString()).toBe("2026-03-29T01:00:00.000Z");
    // 02:30 does not exist: it moves forward to 03:30 summer time.
    expect(toLocalParts(zonedToUtc("2026-03-29", "02:30")).time).toBe("03:30");
  });

  it("takes the first 02:30 in the autumn overlap on 25 October 2026", () => {
    expect(zonedToUtc("2026-10-25", "02:30").toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(zonedToUtc("2026-10-25", "09:00").toISOString()).toBe("2026-10-25T08:00:00.000Z");
  });

  it("reads local parts, weekdays and month starts back", () => {
    expect(toLocalParts(new Date("2026-03-28T23:30:00Z"))).toEqual({ date: "2026-03-29", time: "00:30", weekday: 7, minutes: 30 });
    expect(localMonthStart(new Date("2026-04-30T22:30:00Z"))).toBe("2026-05-01");
    expect(addDays("2026-03-25", 7)).toBe("2026-04-01");
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-13-01")).toBe(false);
  });
});

describe("weekly recurrence across daylight-saving switches", () => {
  it("keeps 09:00–10:30 at 09:00 local across 29 March 2026", () => {
    const occ = weeklyOccurrences({ date: "2026-03-18", startTime: "09:00", endTime: "10:30", weeks: 4 });
    expect(occ.map((o) => o.date)).toEqual(["2026-03-18", "2026-03-25", "2026-04-01", "2026-04-08"]);
    expect(occ.map((o) => toLocalParts(o.start).time)).toEqual(["09:00", "09:00", "09:00", "09:00"]);
    expect(occ.map((o) => o.start.toISOString().slice(11, 16))).toEqual(["08:00", "08:00", "07:00", "07:00"]);
    expect(occ.every((o) => o.end.getTime() - o.start.getTime() === 90 * 60000)).toBe(true);
  });

  it("keeps 09:00 at 09:00 local across 25 October 2026, until a date (inclusive)", () => {
    const occ = weeklyOccurrences({ date: "2026-10-14", startTime: "09:00", endTime: "10:00", until: "2026-10-28" });
    expect(occ.map((o) => o.date)).toEqual(["2026-10-14", "2026-10-21", "2026-10-28"]);
    expect(occ.map((o) => toLocalParts(o.start).time)).toEqual(["09:00", "09:00", "09:00"]);
    expect(occ.map((o) => o.start.toISOString().slice(11, 16))).toEqual(["07:00", "07:00", "08:00"]);
  });

  it("gives one occurrence without repetition and caps a year", () => {
    expect(weeklyOccurrences({ date: "2026-12-01", startTime: "10:00", endTime: "11:00" })).toHaveLength(1);
    expect(weeklyOccurrences({ date: "2026-12-01", startTime: "10:00", endTime: "11:00", until: "2030-01-01" })).toHaveLength(52);
    expect(weeklyOccurrences({ date: "2026-02-30", startTime: "10:00", endTime: "11:00", weeks: 3 })).toEqual([]);
  });
});

describe("parseInstant (calendar range parameters)", () => {
  it("reads instants with offsets and local Amsterdam times, refuses nonsense", async () => {
    const { parseInstant } = await import("~/utils/zoned-time");
    expect(parseInstant("2026-11-23T00:00:00+01:00")?.toISOString()).toBe("2026-11-22T23:00:00.000Z");
    expect(parseInstant("2026-11-23T00:00:00Z")?.toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(parseInstant("2026-11-23T00:00:00")?.toISOString()).toBe("2026-11-22T23:00:00.000Z");
    expect(parseInstant("2026-07-01")?.toISOString()).toBe("2026-06-30T22:00:00.000Z");
    for (const bad of ["gisteren", "2026-02-30", "2026-11-23T25:00:00", "1e9", "", "2026-11-23T10:00:00+99"])
      expect(parseInstant(bad), bad).toBeNull();
  });
});
