import { describe, expect, it } from "vitest";
import { formatIban, isIban, normaliseIban, requireIban } from "~/modules/payments/iban";
import { refusalOf } from "../support/refusal";

describe("IBANs for payments", () => {
  it("normalises what people and banks write", () => {
    expect(normaliseIban("nl91 abna-0417.1643 00")).toBe("NL91ABNA0417164300");
    expect(normaliseIban("IBAN: NL91 ABNA 0417 1643 00")).toBe("NL91ABNA0417164300");
  });
  it("checks the country's length and the mod-97 check digits", () => {
    expect(isIban("NL91ABNA0417164300")).toBe(true);
    expect(isIban("BE68539007547034")).toBe(true);
    expect(isIban("NL91ABNA0417164301")).toBe(false);
    expect(isIban("NL91ABNA041716430")).toBe(false);
    expect(isIban("BE6853900754703")).toBe(false);
  });
  it("formats in groups of four", () => {
    expect(formatIban("NL91ABNA0417164300")).toBe("NL91 ABNA 0417 1643 00");
  });
  it("refuses an IBAN that fails its check with a Dutch message key naming it", () => {
    expect(requireIban(" nl91abna0417164300 ")).toBe("NL91ABNA0417164300");
    expect(refusalOf(() => requireIban("NL91 ABNA 0417 1643 01", "iban"))).toEqual({
      key: "payments.iban.invalid",
      vars: { iban: "NL91 ABNA 0417 1643 01" },
      field: "iban",
    });
  });
});
