import { describe, expect, it } from "vitest";
import { closedReason, dutchPublicHolidays, easterSunday } from "~/modules/werkplaats/opening-days";

describe("Easter Sunday", () => {
  it("matches the published dates", () => {
    expect([2024, 2025, 2026, 2027, 2028, 2030, 2038, 2049].map(easterSunday)).toEqual([
      "2024-03-31",
      "2025-04-20",
      "2026-04-05",
      "2027-03-28",
      "2028-04-16",
      "2030-04-21",
      "2038-04-25",
      "2049-04-18",
    ]);
  });
});

describe("Dutch public holidays", () => {
  it("2026: Nieuwjaarsdag, Pasen, Koningsdag, Hemelvaart, Pinksteren, Kerst; no Bevrijdingsdag outside a lustrum year", () => {
    expect(dutchPublicHolidays(2026)).toEqual([
      { day: "2026-01-01", name: "Nieuwjaarsdag" },
      { day: "2026-04-05", name: "Eerste Paasdag" },
      { day: "2026-04-06", name: "Tweede Paasdag" },
      { day: "2026-04-27", name: "Koningsdag" },
      { day: "2026-05-14", name: "Hemelvaartsdag" },
      { day: "2026-05-24", name: "Eerste Pinksterdag" },
      { day: "2026-05-25", name: "Tweede Pinksterdag" },
      { day: "2026-12-25", name: "Eerste Kerstdag" },
      { day: "2026-12-26", name: "Tweede Kerstdag" },
    ]);
  });
  it("Koningsdag moves to 26 April when the 27th is a Sunday (2025, 2031)", () => {
    expect(dutchPublicHolidays(2025).find((h) => h.name === "Koningsdag")!.day).toBe("2025-04-26");
    expect(dutchPublicHolidays(2031).find((h) => h.name === "Koningsdag")!.day).toBe("2031-04-26");
    expect(dutchPublicHolidays(2027).find((h) => h.name === "Koningsdag")!.day).toBe("2027-04-27");
  });
  it("Bevrijdingsdag on 5 May in lustrum years only", () => {
    expect(dutchPublicHolidays(2025).map((h) => h.day)).toContain("2025-05-05");
    expect(dutchPublicHolidays(2030).map((h) => h.day)).toContain("2030-05-05");
    expect(dutchPublicHolidays(2027).map((h) => h.day)).not.toContain("2027-05-05");
  });
  it("Hemelvaart is a Thursday and Pinksteren a Sunday and Monday, every year", () => {
    for (let year = 2020; year <= 2060; year++) {
      const byName = new Map(dutchPublicHolidays(year).map((h) => [h.name, new Date(`${h.day}T12:00:00Z`).getUTCDay()]));
      expect([
        byName.get("Eerste Paasdag"),
        byName.get("Hemelvaartsdag"),
        byName.get("Eerste Pinksterdag"),
        byName.get("Tweede Pinksterdag"),
      ]).toEqual([0, 4, 0, 1]);
    }
  });
});

describe("why a day is closed", () => {
  const holidays = new Map([["2026-12-25", "Eerste Kerstdag"]]);
  it("names the holiday, else the weekly closed day, else open", () => {
    expect(closedReason("2026-12-25", [7], holidays)).toEqual({ kind: "day", reason: "Eerste Kerstdag" });
    expect(closedReason("2026-12-06", [7], holidays)).toEqual({ kind: "weekday", weekday: 7 });
    expect(closedReason("2026-12-07", [7], holidays)).toBeNull();
    expect(closedReason("2026-12-06", [], holidays)).toBeNull();
  });
});
