import { describe, expect, it } from "vitest";
import { checkDigit, formatPaymentReference, isPaymentReference, newPaymentReference } from "~/modules/billing/payment-reference";

describe("betalingskenmerk", () => {
  it("computes the check digit with weights 2, 4, 8, 5, 10, 9, 7, 3, 6, 1 from the right", () => {
    // 000000000000001: the last digit weighs 2 → 11 - 2 = 9.
    expect(checkDigit("000000000000001")).toBe(9);
    // 000000000000010: weight 4 → 7.
    expect(checkDigit("000000000000010")).toBe(7);
    // 000010000000000 (11th from the right, weight 2 again) → 9.
    expect(checkDigit("000010000000000")).toBe(9);
    // All zeros: 11 - 0 = 11 counts as 0.
    expect(checkDigit("000000000000000")).toBe(0);
    // 000000000000005: 10 → 11 - 10 = 1.
    expect(checkDigit("000000000000005")).toBe(1);
    // 000000000000006: 12 mod 11 = 1 → 10 counts as 1.
    expect(checkDigit("000000000000006")).toBe(1);
  });

  it("accepts what it generates and refuses one changed digit (where the check digit is not 1, which stands for two remainders)", () => {
    for (let i = 0; i < 200; i++) {
      const reference = newPaymentReference();
      expect(reference).toMatch(/^\d{16}$/);
      expect(isPaymentReference(reference)).toBe(true);
      if (reference[0] === "1") continue;
      const position = 1 + (i % 15);
      const changed = reference.slice(0, position) + String((Number(reference[position]) + 1) % 10) + reference.slice(position + 1);
      expect(isPaymentReference(changed)).toBe(false);
    }
    expect(isPaymentReference("9000000000000001")).toBe(true);
    expect(isPaymentReference("9000000000000010")).toBe(false);
  });

  it("reads it as people type it and refuses other lengths or letters", () => {
    expect(isPaymentReference("9000 0000 0000 0001")).toBe(true);
    expect(isPaymentReference("900000000000001")).toBe(false);
    expect(isPaymentReference("9000000000000A01")).toBe(false);
    expect(formatPaymentReference("9000000000000001")).toBe("9000 0000 0000 0001");
  });
});
