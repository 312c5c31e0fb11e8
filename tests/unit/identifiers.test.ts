import { describe, expect, it } from "vitest";
import {
  btwIdProblem,
  formatIban,
  isBtwId,
  isDutchBtwId,
  isIban,
  isKvkNumber,
  normalizeBtwId,
  normalizeIban,
  normalizeKvk,
} from "~/modules/companies/identifiers";

describe("KvK number", () => {
  it("is exactly 8 digits after removing spaces and dots", () => {
    expect(isKvkNumber(normalizeKvk("2447 8562"))).toBe(true);
    expect(isKvkNumber(normalizeKvk("24.47.85.62"))).toBe(true);
    expect(isKvkNumber("1234567")).toBe(false);
    expect(isKvkNumber("123456789")).toBe(false);
    expect(isKvkNumber("1234567a")).toBe(false);
  });
});

describe("Dutch BTW-id", () => {
  it("accepts numbers passing the eleven-test (company numbers)", () => {
    // 8·9+1·8+0·7+4·6+3·5+3·4+9·3+4·2 = 166; 166 − 1 = 165 = 15 × 11
    expect(isDutchBtwId("NL810433941B01")).toBe(true);
    expect(isDutchBtwId("NL123456782B01")).toBe(true);
  });
  it("accepts numbers passing the mod-97 check (sole traders since 2020)", () => {
    expect(isDutchBtwId("NL000099998B57")).toBe(true);
    expect(isDutchBtwId("NL002455799B11")).toBe(true);
  });
  it("refuses a wrong check digit, a B00 suffix and a bad shape", () => {
    expect(isDutchBtwId("NL810433942B01")).toBe(false);
    expect(isDutchBtwId("NL810433941B00")).toBe(false);
    expect(btwIdProblem("NL810433942B01")).toBe("checksum");
    expect(btwIdProblem("NL81043394B01")).toBe("format");
    expect(btwIdProblem("NL810433941")).toBe("format");
  });
  it("is normalised: spaces and dots removed, upper case", () => {
    expect(normalizeBtwId("nl 8104.33941 b01")).toBe("NL810433941B01");
  });
});

describe("other EU BTW-ids", () => {
  it("accepts the formats of other member states", () => {
    for (const id of [
      "DE123456789",
      "BE0123456789",
      "ATU12345678",
      "FR40303265045",
      "ESX1234567X",
      "IE1234567T",
      "SE123456789001",
      "EL123456789",
    ]) {
      expect(isBtwId(id), id).toBe(true);
    }
  });
  it("refuses unknown countries and wrong shapes", () => {
    for (const id of ["DE12345678", "BE2123456789", "US123456789", "XX123", "AT12345678", ""]) {
      expect(isBtwId(id), id).toBe(false);
    }
  });
});

describe("IBAN", () => {
  it("accepts valid IBANs (mod 97 = 1) and checks the country's length", () => {
    expect(isIban(normalizeIban("nl91 abna 0417 1643 00"))).toBe(true);
    expect(isIban("DE89370400440532013000")).toBe(true);
    expect(isIban("BE71096123456769")).toBe(true);
    expect(isIban("NL91ABNA041716430")).toBe(false);
  });
  it("refuses a changed digit or swapped digits", () => {
    expect(isIban("NL91ABNA0417164301")).toBe(false);
    expect(isIban("NL91ABNA0417164030")).toBe(false);
    expect(isIban("NL19ABNA0417164300")).toBe(false);
  });
  it("prints in groups of four", () => {
    expect(formatIban("NL91ABNA0417164300")).toBe("NL91 ABNA 0417 1643 00");
  });
});
