import { describe, expect, it } from "vitest";
import {
  btwCents,
  centsToDecimal,
  centsToInput,
  decimalToCents,
  divideHalfUp,
  formatMoney,
  inclBtw,
  lineFromExcl,
  lineFromIncl,
  parseEuros,
} from "~/utils/money";

describe("euros typed in a form", () => {
  it("reads the Dutch way, whole euros and a decimal point", () => {
    expect(parseEuros("12,50")).toBe(1250);
    expect(parseEuros("12.5")).toBe(1250);
    expect(parseEuros("175,5")).toBe(17550);
    expect(parseEuros("1234")).toBe(123400);
    expect(parseEuros("€ 65")).toBe(6500);
    expect(parseEuros("25")).toBe(2500);
  });
  it("reads thousands separators, with or without the euro sign", () => {
    expect(parseEuros("€ 1.234,56")).toBe(123456);
    expect(parseEuros("1.234,56")).toBe(123456);
    expect(parseEuros("€ 1.250,00")).toBe(125000);
    expect(parseEuros("€1.250,00")).toBe(125000);
    expect(parseEuros("1.000.000")).toBe(100000000);
    // A dot before three digits is a thousands separator, never three decimals.
    expect(parseEuros("1.234")).toBe(123400);
  });
  it("refuses more than two decimals instead of rounding them away", () => {
    expect(parseEuros("12,345")).toBeNull();
    expect(parseEuros("12,505")).toBeNull();
    expect(parseEuros("1.2345")).toBeNull();
    expect(parseEuros("1.234,567")).toBeNull();
  });
  it("refuses what is not an amount", () => {
    for (const text of ["", "twaalf", "1,2,3", "12,", ",50", "1,234.56", "12.34.56", "--5", "1.23,45"]) expect(parseEuros(text)).toBeNull();
  });
  it("reads a credit as negative cents", () => {
    expect(parseEuros("-12,50")).toBe(-1250);
    expect(parseEuros("€ -1.234,56")).toBe(-123456);
    expect(parseEuros("-0")).toBe(0);
  });
  it("does not lose a cent to floating point", () => {
    // 1.15 * 100 and 0.29 * 100 are 114.999… and 28.999… as floats.
    expect(parseEuros("1,15")).toBe(115);
    expect(parseEuros("0,29")).toBe(29);
    expect(parseEuros("4.35")).toBe(435);
  });
});

describe("cents as text", () => {
  it("fills a form input so that it parses back unchanged", () => {
    for (const cents of [0, 5, 50, 17500, 17550, 123456, -1250, -5]) expect(parseEuros(centsToInput(cents))).toBe(cents);
    expect(centsToInput(17500)).toBe("175,00");
    expect(centsToInput(123456)).toBe("1234,56");
    expect(centsToInput(-5)).toBe("-0,05");
  });
  it("shows an amount in the reader's language", () => {
    expect(formatMoney(123456, "nl").replace(/\s/g, " ")).toBe("€ 1.234,56");
    expect(formatMoney(123456, "en")).toBe("€1,234.56");
    expect(formatMoney(-1250, "nl").replace(/\s/g, " ")).toBe("€ -12,50");
  });
  it("refuses fractions of a cent", () => {
    expect(() => formatMoney(12.5, "nl")).toThrow();
    expect(() => centsToInput(0.1)).toThrow();
  });
});

describe("BTW", () => {
  it("is rounded once, half up at half a cent", () => {
    expect(btwCents(50, 9)).toBe(5); // 4,5 cent → 5
    expect(btwCents(49, 9)).toBe(4); // 4,41 cent → 4
    expect(btwCents(150, 21)).toBe(32); // 31,5 cent → 32
    expect(btwCents(17500, 21)).toBe(3675);
    expect(inclBtw(17500, 21)).toBe(21175);
  });
  it("is nothing at 0 %", () => {
    expect(btwCents(2500, 0)).toBe(0);
    expect(inclBtw(2500, 0)).toBe(2500);
  });
  it("mirrors on a credit note: the negative of the invoice, cent for cent", () => {
    for (const [amount, rate] of [
      [50, 9],
      [150, 21],
      [17550, 21],
      [1, 21],
      [3, 9],
    ] as const) {
      expect(btwCents(-amount, rate)).toBe(-btwCents(amount, rate));
    }
    expect(btwCents(-150, 21)).toBe(-32);
  });
  it("prices an invoice line, also for parts of a unit, without floats", () => {
    expect(lineFromExcl({ unitCents: 2500, quantity: 3, rate: 21 })).toEqual({
      exclCents: 7500,
      btwCents: 1575,
      inclCents: 9075,
      rate: 21,
    });
    // 50 minutes at € 12,50 an hour is 1041,67 cent → 1042.
    expect(lineFromExcl({ unitCents: 1250, quantity: 50, per: 60, rate: 9 })).toEqual({
      exclCents: 1042,
      btwCents: 94,
      inclCents: 1136,
      rate: 9,
    });
    expect(lineFromExcl({ unitCents: 2500, quantity: -3, rate: 21 })).toEqual({
      exclCents: -7500,
      btwCents: -1575,
      inclCents: -9075,
      rate: 21,
    });
  });
  it("splits a price incl. BTW so that the parts add up to what was paid", () => {
    expect(lineFromIncl(2500, 21)).toEqual({ exclCents: 2066, btwCents: 434, inclCents: 2500, rate: 21 });
    expect(lineFromIncl(1090, 9)).toEqual({ exclCents: 1000, btwCents: 90, inclCents: 1090, rate: 9 });
    expect(lineFromIncl(999, 0)).toEqual({ exclCents: 999, btwCents: 0, inclCents: 999, rate: 0 });
    expect(lineFromIncl(-2500, 21)).toEqual({ exclCents: -2066, btwCents: -434, inclCents: -2500, rate: 21 });
  });
  it("divides exactly, also beyond what a float holds to the cent", () => {
    expect(divideHalfUp(5, 2)).toBe(3);
    expect(divideHalfUp(-5, 2)).toBe(-3);
    expect(divideHalfUp(7, 2)).toBe(4);
    expect(divideHalfUp(2 ** 52 + 1, 2)).toBe(2 ** 51 + 1);
    expect(() => divideHalfUp(1, 0)).toThrow();
  });
});

describe("amounts in machine-written files", () => {
  it("writes cents as a decimal with a point and two decimals", () => {
    expect(centsToDecimal(15725)).toBe("157.25");
    expect(centsToDecimal(5)).toBe("0.05");
    expect(centsToDecimal(100000)).toBe("1000.00");
    expect(centsToDecimal(-1250)).toBe("-12.50");
  });
  it("reads a point (XML) or a comma (MT940) decimal back, refusing more than two decimals", () => {
    expect(decimalToCents("157.25")).toBe(15725);
    expect(decimalToCents(" 90.5 ")).toBe(9050);
    expect(decimalToCents("150,", ",")).toBe(15000);
    expect(decimalToCents("0,05", ",")).toBe(5);
    for (const text of ["157.255", "1.234.56", "-5.00", "", ".50", "12,50"]) expect(decimalToCents(text)).toBeNull();
  });
});
