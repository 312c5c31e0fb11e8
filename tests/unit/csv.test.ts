import { describe, expect, it } from "vitest";
import { csvCell, csvTime, toCsv } from "~/utils/csv";

describe("CSV", () => {
  it("writes instants on the werkplaats's clock, across the clock changes", () => {
    expect(csvTime(new Date("2026-01-15T08:05:00Z"), "Europe/Amsterdam")).toBe("2026-01-15 09:05");
    expect(csvTime(new Date("2026-07-01T22:30:00Z"), "Europe/Amsterdam")).toBe("2026-07-02 00:30");
    expect(csvTime(new Date("2026-03-29T01:30:00Z"), "Europe/Amsterdam")).toBe("2026-03-29 03:30");
    expect(csvTime(null, "Europe/Amsterdam")).toBe("");
  });

  it("uses semicolons, quotes what needs it and defuses formulas", () => {
    expect(csvCell('Studio "Noord"; Dordrecht')).toBe('"Studio ""Noord""; Dordrecht"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(-5)).toBe("-5");
    // A credit note's amount as money.centsToInput writes it: a number, not a formula.
    expect(csvCell("-12,50")).toBe("-12,50");
    expect(toCsv(["a", "b"], [[1, null]])).toBe("\uFEFFa;b\r\n1;\r\n");
  });

  it("writes CSV with quoting and formula protection", () => {
    expect(
      toCsv(
        ["naam", "org"],
        [
          ["A; B", "=SUM(1)"],
          ['"x"', null],
        ],
      ),
    ).toBe('\uFEFFnaam;org\r\n"A; B";\'=SUM(1)\r\n"""x""";\r\n');
  });

  it("keeps every text a spreadsheet would run as a formula as text: = + - @, tab and CR", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+31 6 1234")).toBe("'+31 6 1234");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("-1,5e3")).toBe("'-1,5e3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
    expect(csvCell("Sanne = lid")).toBe("Sanne = lid");
  });
});
