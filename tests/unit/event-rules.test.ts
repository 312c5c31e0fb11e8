import { describe, expect, it } from "vitest";
import { parseSpeakers, registrationState } from "~/modules/events/event-rules";

describe("event rules", () => {
  const base = {
    status: "published",
    startsAt: new Date("2026-12-10T14:00:00Z"),
    endsAt: new Date("2026-12-10T16:00:00Z"),
    capacity: 2,
    registrationOpensAt: null,
    registrationClosesAt: null,
  };
  const now = new Date("2026-12-01T10:00:00Z");
  it("tells open, full, not yet, closed, past, draft and cancelled apart", () => {
    expect(registrationState(base, 1, now)).toBe("open");
    expect(registrationState(base, 2, now)).toBe("full");
    expect(registrationState({ ...base, registrationOpensAt: new Date("2026-12-02T00:00:00Z") }, 0, now)).toBe("notYet");
    expect(registrationState({ ...base, registrationClosesAt: new Date("2026-11-30T00:00:00Z") }, 0, now)).toBe("closed");
    expect(registrationState(base, 0, new Date("2026-12-10T14:30:00Z"))).toBe("closed");
    expect(registrationState(base, 0, new Date("2026-12-11T00:00:00Z"))).toBe("past");
    expect(registrationState({ ...base, status: "draft" }, 0, now)).toBe("draft");
    expect(registrationState({ ...base, status: "cancelled" }, 0, now)).toBe("cancelled");
  });

  it("reads speakers one per line", () => {
    expect(parseSpeakers("Sanne Visser, Studio Noord\n\n  Prof. K. de Boer ")).toEqual([
      { name: "Sanne Visser", organisation: "Studio Noord" },
      { name: "Prof. K. de Boer" },
    ]);
  });
});
