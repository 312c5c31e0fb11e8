import { describe, expect, it } from "vitest";
import { isCommonPassword } from "~/modules/auth/password-blocklist.server";

describe("password blocklist", () => {
  it("refuses the passwords people use when told 'a capital, a digit and a symbol'", () => {
    for (const password of ["Password1!", "Zomer2026!!", "qwertyuiop1"]) expect(isCommonPassword(password), password).toBe(true);
  });

  it("sees through case, a year or digits around the word, and leetspeak", () => {
    for (const password of [
      "Wachtwoord123",
      "1234567890",
      "P@ssw0rd2026",
      "W3lk0m!2025",
      "!!Feyenoord1908",
      "december2026",
      "Dr@g0n-1234",
    ]) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it("knows the whole breach list, not just a handful (tens of thousands of entries)", () => {
    for (const password of ["trustno1", "1qaz2wsx3edc", "iloveyou", "letmein", "superman"])
      expect(isCommonPassword(password), password).toBe(true);
  });

  it("leaves passphrases and random passwords alone, also ones that start with a common word", () => {
    for (const password of [
      "koffie met de buren",
      "fietsbel onder de appelboom",
      "welkom-bij-doc",
      "dragon84736251!",
      "Kp9!x#2$7&qZ",
      "sanne-visser-2026",
    ]) {
      expect(isCommonPassword(password), password).toBe(false);
    }
  });
});
