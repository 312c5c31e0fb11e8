import { describe, expect, it } from "vitest";
import { blockedRange, bookingViolation, rangesOverlap, type RoomRules } from "~/modules/rooms/booking-rules";
import { cancellationEffect, centsFor, monthSummary, splitAgainstAllowance } from "~/modules/rooms/ledger";
import { zonedToUtc } from "~/utils/zoned-time";

const weekdays = { open: "08:00", close: "18:00" };
const room: RoomRules = {
  openingHours: { "1": weekdays, "2": weekdays, "3": weekdays, "4": weekdays, "5": weekdays },
  minMinutes: 30,
  maxMinutes: 240,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 15,
  advanceDays: 60,
  cancelHours: 24,
  bookableBy: "members",
  active: true,
};
const now = new Date("2026-11-27T09:00:00Z"); // Friday 10:00 in Amsterdam
const at = (date: string, start: string, end: string) => ({ start: zonedToUtc(date, start), end: zonedToUtc(date, end) });
const check = (slot: { start: Date; end: Date }, extra: Partial<Parameters<typeof bookingViolation>[1]> = {}, rules = room) =>
  bookingViolation(rules, { ...slot, now, asStaff: false, kind: "booking", ...extra });

describe("booking rules", () => {
  it("allows a well-formed booking inside opening hours", () => {
    expect(check(at("2026-12-01", "09:00", "10:30"))).toBeNull();
    expect(check(at("2026-12-01", "16:00", "18:00"))).toBeNull();
  });

  it("refuses end before start, the past and a 15-minute grid miss", () => {
    expect(check(at("2026-12-01", "10:00", "09:00"))?.key).toBe("bookings.error.endBeforeStart");
    expect(check(at("2026-12-01", "10:00", "10:00"))?.key).toBe("bookings.error.endBeforeStart");
    expect(check(at("2026-11-26", "10:00", "11:00"))?.key).toBe("bookings.error.inPast");
    expect(check(at("2026-12-01", "10:10", "11:00"))).toMatchObject({ key: "bookings.error.granularity", vars: { minutes: 15 } });
  });

  it("enforces minimum and maximum duration", () => {
    expect(check(at("2026-12-01", "10:00", "10:15"))).toMatchObject({ key: "bookings.error.tooShort", vars: { minutes: 30 } });
    expect(check(at("2026-12-01", "09:00", "13:15"))).toMatchObject({ key: "bookings.error.tooLong", vars: { minutes: 240 } });
  });

  it("enforces opening hours and closed days", () => {
    expect(check(at("2026-12-01", "07:30", "08:30"))).toMatchObject({
      key: "bookings.error.outsideHours",
      vars: { open: "08:00", close: "18:00" },
    });
    expect(check(at("2026-12-01", "17:30", "18:30"))?.key).toBe("bookings.error.outsideHours");
    expect(check(at("2026-12-05", "10:00", "11:00"))?.key).toBe("bookings.error.closedDay");
  });

  it("enforces the advance window for members but not for staff", () => {
    expect(check(at("2027-02-01", "10:00", "11:00"))).toMatchObject({ key: "bookings.error.tooFarAhead", vars: { days: 60 } });
    expect(check(at("2027-02-01", "10:00", "11:00"), { asStaff: true })).toBeNull();
  });

  it("keeps staff-only rooms for staff, and blocks ignore hours and durations", () => {
    const staffOnly = { ...room, bookableBy: "staff" };
    expect(check(at("2026-12-01", "10:00", "11:00"), {}, staffOnly)).toMatchObject({ key: "bookings.error.staffOnly", status: 403 });
    expect(check(at("2026-12-01", "10:00", "11:00"), { asStaff: true }, staffOnly)).toBeNull();
    expect(check(at("2026-12-05", "06:00", "23:00"), { kind: "block", asStaff: true })).toBeNull();
  });

  it("adds buffers to the blocked range; back-to-back bookings then clash until the buffer has passed", () => {
    const a = at("2026-12-01", "10:00", "11:00");
    const ra = blockedRange(room, a.start, a.end);
    expect(ra.blockedUntil.toISOString()).toBe("2026-12-01T10:15:00.000Z");
    const b = at("2026-12-01", "11:00", "12:00");
    const c = at("2026-12-01", "11:15", "12:00");
    const rb = blockedRange(room, b.start, b.end);
    const rc = blockedRange(room, c.start, c.end);
    expect(rangesOverlap({ from: ra.blockedFrom, until: ra.blockedUntil }, { from: rb.blockedFrom, until: rb.blockedUntil })).toBe(true);
    expect(rangesOverlap({ from: ra.blockedFrom, until: ra.blockedUntil }, { from: rc.blockedFrom, until: rc.blockedUntil })).toBe(false);
  });
});

describe("hours ledger", () => {
  it("uses included minutes first and charges the rest, half up", () => {
    expect(splitAgainstAllowance({ minutes: 120, allowanceMinutes: 240, usedMinutes: 60, hourlyCents: 2500 })).toEqual({
      includedMinutes: 120,
      chargeableMinutes: 0,
      chargeableCents: 0,
    });
    expect(splitAgainstAllowance({ minutes: 120, allowanceMinutes: 240, usedMinutes: 180, hourlyCents: 2500 })).toEqual({
      includedMinutes: 60,
      chargeableMinutes: 60,
      chargeableCents: 2500,
    });
    expect(splitAgainstAllowance({ minutes: 45, allowanceMinutes: 0, usedMinutes: 0, hourlyCents: 3333 })).toEqual({
      includedMinutes: 0,
      chargeableMinutes: 45,
      chargeableCents: 2500, // 2499.75 → 2500
    });
    expect(centsFor(15, 1999)).toBe(500); // 499.75 → 500
    expect(centsFor(15, 1998)).toBe(500); // 499.5 → 500 (half up)
    expect(centsFor(15, 1997)).toBe(499); // 499.25 → 499
  });

  it("never goes below zero when the month is over-used", () => {
    expect(splitAgainstAllowance({ minutes: 60, allowanceMinutes: 120, usedMinutes: 300, hourlyCents: 1000 }).includedMinutes).toBe(0);
  });

  it("a cancellation before the deadline is free, after it is late", () => {
    const start = new Date("2026-12-02T09:00:00Z");
    expect(cancellationEffect({ start, now: new Date("2026-12-01T08:59:00Z"), cancelHours: 24 }).late).toBe(false);
    expect(cancellationEffect({ start, now: new Date("2026-12-01T09:01:00Z"), cancelHours: 24 }).late).toBe(true);
    expect(cancellationEffect({ start, now: new Date("2026-12-02T08:00:00Z"), cancelHours: 24, force: true }).late).toBe(false);
  });

  it("summarises a month", () => {
    expect(
      monthSummary(240, [
        { minutes: 120, includedMinutes: 120, chargeableCents: 0 },
        { minutes: 180, includedMinutes: 120, chargeableCents: 5000 },
      ]),
    ).toEqual({ allowanceMinutes: 240, usedMinutes: 240, leftMinutes: 0, bookedMinutes: 300, chargeableCents: 5000 });
  });
});
