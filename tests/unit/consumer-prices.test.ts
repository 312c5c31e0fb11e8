import { describe, expect, it } from "vitest";
import { exclForIncl, formatMoney, inclBtw, lineFromExcl, shownPrice } from "~/utils/money";

/**
 * Consumers see what they pay (incl. BTW), businesses what they book (excl. BTW); the shown
 * incl. price is exactly the gross of the invoice line that the sale makes.
 */
describe("the price shown to a buyer", () => {
  it("a consumer sees €12,50 for a ticket of €10,33 excl. at 21 %, a business €10,33", () => {
    expect(shownPrice(1033, 21, "consumer")).toMatchObject({ cents: 1250, inclBtw: true, exclCents: 1033, btwCents: 217 });
    expect(shownPrice(1033, 21, "business")).toMatchObject({ cents: 1033, inclBtw: false });
  });

  it("at 9 %: €11,47 excl. is €12,50 incl., BTW €1,03", () => {
    expect(shownPrice(1147, 9, "consumer")).toMatchObject({ cents: 1250, btwCents: 103 });
    expect(shownPrice(1147, 9, "business").cents).toBe(1147);
  });

  it("0 % shows the same amount to both", () => {
    expect(shownPrice(2500, 0, "consumer").cents).toBe(2500);
    expect(shownPrice(2500, 0, "business").cents).toBe(2500);
  });

  it("in the UI language's format", () => {
    expect(formatMoney(shownPrice(1033, 21, "consumer").cents, "nl")).toMatch(/^€\s12,50$/);
    expect(formatMoney(shownPrice(1033, 21, "consumer").cents, "en")).toBe("€12.50");
  });
});

describe("the excl. price behind an incl. price", () => {
  it("€12,50 incl. is an invoice line of exactly €12,50 at 21 % and at 9 %", () => {
    for (const rate of [21, 9]) {
      const excl = exclForIncl(1250, rate);
      expect(excl).not.toBeNull();
      expect(lineFromExcl({ unitCents: excl!, rate }).inclCents).toBe(1250);
    }
    expect(exclForIncl(1250, 21)).toBe(1033);
    expect(exclForIncl(1250, 9)).toBe(1147);
  });

  it("every incl. price it answers round-trips; the ones it refuses no excl. price can reach", () => {
    for (const rate of [21, 9]) {
      for (let incl = 1; incl <= 5000; incl++) {
        const excl = exclForIncl(incl, rate);
        if (excl === null) {
          const near = Math.floor((incl * 100) / (100 + rate));
          for (let e = Math.max(0, near - 3); e <= near + 3; e++) expect(inclBtw(e, rate)).not.toBe(incl);
        } else expect(inclBtw(excl, rate)).toBe(incl);
      }
    }
  });

  it("at 21 % some incl. amounts cannot be reached: €0,02 excl. is €0,02 incl., €0,03 excl. €0,04", () => {
    expect([inclBtw(2, 21), inclBtw(3, 21)]).toEqual([2, 4]);
    expect(exclForIncl(3, 21)).toBeNull();
    expect(exclForIncl(1250, 0)).toBe(1250);
  });
});
