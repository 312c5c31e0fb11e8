import { describe, expect, it } from "vitest";
import { activityDays } from "~/utils/activity-days";
import { formatWhen } from "~/utils/dates";
import { zonedToUtc } from "~/utils/zoned-time";

describe("the days of an activity", () => {
  it("gives each day of a two-day hackathon its own daily hours, not one stretch through the night", () => {
    const days = activityDays(zonedToUtc("2026-12-19", "09:00"), zonedToUtc("2026-12-20", "17:00"));
    expect(days.map((d) => [d.date, d.start.toISOString(), d.end.toISOString()])).toEqual([
      ["2026-12-19", "2026-12-19T08:00:00.000Z", "2026-12-19T16:00:00.000Z"],
      ["2026-12-20", "2026-12-20T08:00:00.000Z", "2026-12-20T16:00:00.000Z"],
    ]);
  });

  it("keeps one day, and an evening into the night, as one stretch", () => {
    expect(activityDays(zonedToUtc("2026-12-19", "14:00"), zonedToUtc("2026-12-19", "16:00"))).toHaveLength(1);
    const night = activityDays(zonedToUtc("2026-12-19", "20:00"), zonedToUtc("2026-12-20", "02:00"));
    expect(night).toEqual([{ date: "2026-12-19", start: zonedToUtc("2026-12-19", "20:00"), end: zonedToUtc("2026-12-20", "02:00") }]);
  });

  it("writes both days with their hours in the details, in either language", () => {
    const start = zonedToUtc("2026-12-19", "09:00");
    const end = zonedToUtc("2026-12-20", "17:00");
    expect(formatWhen(start, end, "nl")).toBe("za 19 dec 2026, 09:00–17:00 en zo 20 dec 2026, 09:00–17:00");
    expect(formatWhen(start, end, "en")).toBe("Sat, 19 Dec 2026, 09:00–17:00 and Sun, 20 Dec 2026, 09:00–17:00");
  });
});
