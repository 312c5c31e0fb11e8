import { describe, expect, it } from "vitest";
import { judgeDeliverableFile, cleanFileName, MAX_DELIVERABLE_BYTES } from "~/modules/workshop/deliverables/deliverable-file";
import { followUpDueOn } from "~/modules/workshop/evaluations/follow-up";
import { formatHours, hoursPerMilestone, hoursPerPerson } from "~/modules/workshop/hours/hours";
import { teamHoursSchema } from "~/modules/workshop/hours/hours.schema";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("a deliverable's file", () => {
  it("is judged by its first bytes and its extension together, and by size", () => {
    expect(judgeDeliverableFile("advies.pdf", new TextEncoder().encode("%PDF-1.7"))).toEqual({ contentType: "application/pdf" });
    expect(judgeDeliverableFile("Advies.DOCX", bytes(0x50, 0x4b, 3, 4, 0))).toMatchObject({
      contentType: expect.stringContaining("wordprocessingml"),
    });
    expect(judgeDeliverableFile("pagina.html", new TextEncoder().encode("<html>"))).toEqual({ problem: "type" });
    // A renamed web page or program is not a PDF because it says so.
    expect(judgeDeliverableFile("rapport.pdf", new TextEncoder().encode("<script>"))).toEqual({ problem: "type" });
    expect(judgeDeliverableFile("rapport.pdf", bytes())).toEqual({ problem: "empty" });
    expect(judgeDeliverableFile("rapport.pdf", new Uint8Array(MAX_DELIVERABLE_BYTES + 1))).toEqual({ problem: "tooLarge" });
  });

  it("keeps a safe name", () => {
    expect(cleanFileName('C:\\fakepath\\advies "v2".pdf')).toBe("advies v2.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("")).toBe("oplevering");
  });
});

describe("hours", () => {
  const entry = (userId: string, workedOn: string, minutes: number, role = "student") => ({
    userId,
    name: userId,
    role,
    workedOn,
    minutes,
  });

  it("take quarters only", () => {
    const parse = (hours: string) => teamHoursSchema.safeParse({ intent: "hours", workedOn: "2026-12-01", hours });
    expect(parse("1,5").data?.hours).toBe(90);
    expect(parse("0.25").data?.hours).toBe(15);
    expect(parse("1,3").success).toBe(false);
    expect(parse("0").success).toBe(false);
    expect(parse("25").success).toBe(false);
  });

  it("add up per person, most first", () => {
    const totals = hoursPerPerson([
      entry("noor", "2026-10-01", 60),
      entry("mo", "2026-10-02", 120, "expert"),
      entry("noor", "2026-10-03", 30),
    ]);
    expect(totals.map((t) => [t.userId, t.minutes])).toEqual([
      ["mo", 120],
      ["noor", 90],
    ]);
  });

  it("count towards the first milestone on or after the day, and after the last in a row of their own", () => {
    const milestones = [
      { id: "final", day: "2026-11-20" },
      { id: "kick", day: "2026-09-10" },
    ];
    const rows = hoursPerMilestone(
      [entry("a", "2026-09-01", 15), entry("a", "2026-09-10", 30), entry("a", "2026-10-01", 60), entry("a", "2026-11-21", 45)],
      milestones,
    );
    expect(rows).toEqual([
      { milestoneId: "kick", minutes: 45 },
      { milestoneId: "final", minutes: 60 },
      { milestoneId: null, minutes: 45 },
    ]);
    expect(hoursPerMilestone([], milestones)).toEqual([
      { milestoneId: "kick", minutes: 0 },
      { milestoneId: "final", minutes: 0 },
    ]);
    expect(formatHours(90, "nl")).toBe("1,5");
    expect(formatHours(45, "en")).toBe("0.75");
  });
});

describe("the follow-up", () => {
  it("is due three months after delivery, at the end of a shorter month when needed", () => {
    expect(followUpDueOn("2026-12-01")).toBe("2027-03-01");
    expect(followUpDueOn("2026-11-30")).toBe("2027-02-28");
  });
});
