import { describe, expect, it } from "vitest";
import { escapeText, foldLine, renderCalendar } from "~/modules/calendar/ical";
import { zonedToUtc } from "~/utils/zoned-time";
import { icsDate, parseIcs } from "../support/ical-parse";

describe("iCalendar output", () => {
  const start = zonedToUtc("2026-03-30", "09:00");
  const end = zonedToUtc("2026-03-30", "10:30");
  const text = renderCalendar({
    name: "DOC Dordrecht, agenda",
    timeZone: "Europe/Amsterdam",
    now: new Date("2026-03-01T12:00:00Z"),
    refreshMinutes: 60,
    events: [
      {
        uid: "event-1@werkplaats",
        start,
        end,
        summary: "Workshop: data; analyse, en meer \\ zo",
        description:
          "Eerste regel\nTweede regel met een hele lange tekst die zeker langer is dan vijfenzeventig octetten, met ë en € erin om UTF-8 te testen.",
        location: "Vergaderruimte De Merwede, Noordendijk 250, Dordrecht",
        url: "https://doc.example/events/1",
      },
      { uid: "booking-2@werkplaats", start, end, summary: "Kort", status: "CANCELLED" },
    ],
  });

  it("parses back: CRLF, folded at 75 octets, required properties present", () => {
    const parsed = parseIcs(text);
    expect(parsed.calendar).toMatchObject({
      VERSION: "2.0",
      METHOD: "PUBLISH",
      "X-WR-CALNAME": "DOC Dordrecht, agenda",
      "X-WR-TIMEZONE": "Europe/Amsterdam",
    });
    expect(parseIcs(renderCalendar({ name: "Lisboa", timeZone: "Europe/Lisbon", events: [] })).calendar["X-WR-TIMEZONE"]).toBe(
      "Europe/Lisbon",
    );
    expect(parsed.calendar.PRODID).toBeTruthy();
    expect(parsed.events).toHaveLength(2);
    const [first, second] = parsed.events;
    expect(first!.UID).toBe("event-1@werkplaats");
    expect(icsDate(first!.DTSTAMP!).toISOString()).toBe("2026-03-01T12:00:00.000Z");
    // 09:00 in Amsterdam on 30 March 2026 (summer time) is 07:00 UTC.
    expect(first!.DTSTART).toBe("20260330T070000Z");
    expect(icsDate(first!.DTEND!).getTime() - icsDate(first!.DTSTART!).getTime()).toBe(90 * 60000);
    expect(first!.SUMMARY).toBe("Workshop: data; analyse, en meer \\ zo");
    expect(first!.DESCRIPTION).toContain("Eerste regel\nTweede regel");
    expect(first!.DESCRIPTION).toContain("met ë en € erin");
    expect(first!.LOCATION).toBe("Vergaderruimte De Merwede, Noordendijk 250, Dordrecht");
    expect(second!.STATUS).toBe("CANCELLED");
  });

  it("escapes text values", () => {
    expect(escapeText("a;b,c\\d\ne")).toBe("a\\;b\\,c\\\\d\\ne");
  });

  it("folds without splitting multi-byte characters", () => {
    const line = `DESCRIPTION:${"€".repeat(60)}`;
    const folded = foldLine(line).split("\r\n");
    for (const piece of folded) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
  });
});
