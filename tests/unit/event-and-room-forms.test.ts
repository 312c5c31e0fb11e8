import { describe, expect, it } from "vitest";
import { eventFormSchema } from "~/modules/events/events.schema";
import { bookingFormSchema } from "~/modules/rooms/bookings.schema";
import { roomFormSchema } from "~/modules/rooms/rooms.schema";
import { formDataToObject } from "~/utils/forms.server";

const form = (entries: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return formDataToObject(fd);
};

describe("form schemas as browsers submit them", () => {
  it("reads one ticked checkbox as a list", () => {
    const parsed = eventFormSchema.safeParse(
      form([
        ["kind", "workshop"],
        ["titleNl", "Test"],
        ["themes", "data"],
        ["audiences", "public"],
        ["startDate", "2026-12-01"],
        ["startTime", "10:00"],
        ["endTime", "11:00"],
        ["onlineUrl", "https://x.nl/a"],
        ["capacity", "5"],
      ]),
    );
    expect(parsed.success && parsed.data.themes).toEqual(["data"]);
    const room = roomFormSchema.safeParse(
      form([
        ["name", "A"],
        ["capacity", "4"],
        ["amenities", "beamer"],
        ["memberHourly", "10"],
        ["guestHourly", "20,50"],
        ["minMinutes", "30"],
        ["maxMinutes", "240"],
        ["bufferBeforeMinutes", "0"],
        ["bufferAfterMinutes", "15"],
        ["advanceDays", "60"],
        ["cancelHours", "24"],
        ["bookableBy", "members"],
        ["open_1", "08:00"],
        ["close_1", "18:00"],
      ]),
    );
    expect(room.success && room.data).toMatchObject({ amenities: ["beamer"], memberHourly: 1000, guestHourly: 2050 });
  });

  it("asks for a room or a link, an audience, and closing hours after opening", () => {
    const parsed = eventFormSchema.safeParse(
      form([
        ["kind", "talk"],
        ["titleNl", "T"],
        ["startDate", "2026-12-01"],
        ["startTime", "10:00"],
        ["endTime", "11:00"],
        ["capacity", "5"],
      ]),
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).sort()).toEqual(["events.error.audienceRequired", "events.error.whereRequired"]);
    const room = roomFormSchema.safeParse(
      form([
        ["name", "A"],
        ["capacity", "4"],
        ["memberHourly", "10"],
        ["guestHourly", "x"],
        ["minMinutes", "20"],
        ["maxMinutes", "240"],
        ["bufferBeforeMinutes", "0"],
        ["bufferAfterMinutes", "0"],
        ["advanceDays", "60"],
        ["cancelHours", "24"],
        ["bookableBy", "members"],
        ["open_2", "18:00"],
        ["close_2", "08:00"],
      ]),
    );
    expect(room.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`).sort()).toEqual([
      "close_2:rooms.error.hoursOrder",
      "guestHourly:errors.money",
      "minMinutes:rooms.error.quarter",
    ]);
  });

  it("needs weeks or an until date after the first for a series, and real dates", () => {
    const base: [string, string][] = [
      ["roomId", "4f9e95f5-afdd-4ee9-ab6e-533b2b6266f5"],
      ["date", "2026-12-01"],
      ["startTime", "10:00"],
      ["endTime", "11:00"],
    ];
    expect(bookingFormSchema.safeParse(form([...base, ["repeat", "weeks"]])).error?.issues[0]?.path).toEqual(["weeks"]);
    expect(bookingFormSchema.safeParse(form([...base, ["repeat", "until"], ["until", "2026-11-30"]])).error?.issues[0]?.message).toBe(
      "bookings.error.untilBeforeStart",
    );
    expect(
      bookingFormSchema
        .safeParse(
          form([
            ["roomId", "4f9e95f5-afdd-4ee9-ab6e-533b2b6266f5"],
            ["date", "2026-02-30"],
            ["startTime", "25:00"],
            ["endTime", "11:00"],
          ]),
        )
        .error?.issues.map((i) => i.message),
    ).toEqual(["errors.date", "errors.time"]);
  });
});
