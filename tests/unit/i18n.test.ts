import { describe, expect, it } from "vitest";
import { dictionaries } from "~/modules/i18n/dictionary";
import { translate } from "~/modules/i18n";
import { negotiateLocale } from "~/modules/i18n/locales";
import { formatMoney } from "~/utils/money";
import { formatDate, formatDateTime } from "~/utils/dates";

describe("translate", () => {
  it("looks a key up in the chosen language", () => {
    expect(translate("nl", "login.title")).toBe("Inloggen");
    expect(translate("en", "login.title")).toBe("Log in");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("nl", "home.greeting", { name: "Sanne" })).toBe("Goedendag, Sanne");
    expect(translate("nl", "home.greeting")).toBe("Goedendag, {name}");
  });

  it("turns a string that is not a key into the generic message, never library English", () => {
    expect(translate("nl", "Invalid input: expected string")).toBe("Deze waarde klopt niet.");
    expect(translate("en", "nonsense.key")).toBe("This value is not valid.");
  });

  it("has every Dutch key in English, none empty, and no extra English keys", () => {
    const nlKeys = Object.keys(dictionaries.nl).sort();
    expect(Object.keys(dictionaries.en).sort()).toEqual(nlKeys);
    for (const key of nlKeys) {
      expect(dictionaries.nl[key as keyof typeof dictionaries.nl].trim(), key).not.toBe("");
      expect(dictionaries.en[key as keyof typeof dictionaries.en].trim(), key).not.toBe("");
    }
  });

  it("uses the same placeholders in both languages", () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(dictionaries.nl) as (keyof typeof dictionaries.nl)[]) {
      expect(names(dictionaries.en[key]), key).toEqual(names(dictionaries.nl[key]));
    }
  });
});

describe("negotiateLocale", () => {
  it("picks the best supported language by quality", () => {
    expect(negotiateLocale("en-US,en;q=0.9,nl;q=0.8")).toBe("en");
    expect(negotiateLocale("de-DE,de;q=0.9,nl;q=0.5,en;q=0.4")).toBe("nl");
    expect(negotiateLocale("fr;q=0.9, en;q=0.95")).toBe("en");
  });

  it("falls through when nothing is supported or the header is missing", () => {
    expect(negotiateLocale("de-DE,fr")).toBeUndefined();
    expect(negotiateLocale(undefined)).toBeUndefined();
    expect(negotiateLocale("nl;q=0")).toBeUndefined();
  });
});

describe("formatting", () => {
  it("shows amounts as nl-NL euros", () => {
    expect(formatMoney(123456, "nl").replace(/\s/g, " ")).toBe("€ 1.234,56");
    expect(formatMoney(-2500, "nl").replace(/\s/g, " ")).toBe("€ -25,00");
    expect(() => formatMoney(1.5, "nl")).toThrow();
  });

  it("shows UTC instants in Europe/Amsterdam, summer and winter", () => {
    // 12:00 UTC is 14:00 in summer (CEST) and 13:00 in winter (CET).
    expect(formatDateTime("2026-07-01T12:00:00Z", "nl")).toContain("14:00");
    expect(formatDateTime("2026-01-15T12:00:00Z", "nl")).toContain("13:00");
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
    expect(formatDate("2026-12-31T23:30:00Z", "nl")).toBe("1 januari 2027");
    expect(formatDate("2026-12-31T23:30:00Z", "en")).toBe("1 January 2027");
  });
});
