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

describe("local parts from the offset kept per hour", () => {
  // What Intl itself says, field by field: the slow way the kept offsets must agree with.
  const formats = new Map<string, Intl.DateTimeFormat>();
  function byIntl(instant: Date, zone: string) {
    const format =
      formats.get(zone) ??
      new Intl.DateTimeFormat("en-GB", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        weekday: "short",
      });
    formats.set(zone, format);
    const p = Object.fromEntries(format.formatToParts(instant).map((x) => [x.type, x.value]));
    const weekday = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 }[p.weekday as string];
    return {
      date: `${p.year}-${p.month}-${p.day}`,
      time: `${p.hour}:${p.minute}`,
      weekday,
      minutes: Number(p.hour) * 60 + Number(p.minute),
    };
  }

  it("agrees with Intl every 11 minutes around switches, in zones with half-hour offsets and odd historic ones", () => {
    const zones = ["Europe/Amsterdam", "UTC", "Asia/Kolkata", "America/St_Johns", "Australia/Lord_Howe", "Pacific/Chatham"];
    // Days with a switch in 2026 (Amsterdam, St. John's, Lord Howe, Chatham), one ordinary day,
    // and 1937, when Amsterdam's time was 19 minutes 32 seconds ahead of UTC.
    const days = ["2026-03-29", "2026-10-25", "2026-03-08", "2026-11-01", "2026-04-05", "2026-09-27", "2026-07-14", "1937-06-30"];
    let compared = 0;
    for (const zone of zones)
      for (const day of days) {
        const from = Date.parse(`${day}T00:00:00Z`) - 86400_000;
        for (let t = from; t < from + 3 * 86400_000; t += 11 * 60_000 + 13_000) {
          expect(toLocalParts(new Date(t), zone), `${zone} ${new Date(t).toISOString()}`).toEqual(byIntl(new Date(t), zone));
          compared++;
        }
      }
    expect(compared).toBeGreaterThan(15_000);
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
