import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/utils/safe-redirect";
import { backoffSeconds } from "~/modules/notifications/outbox.server";
import { formDataToObject } from "~/utils/forms.server";

describe("formDataToObject", () => {
  it("trims, drops empty strings and collects repeated names", () => {
    const fd = new FormData();
    fd.append("name", "  Sanne ");
    fd.append("phone", "   ");
    fd.append("tags", "data");
    fd.append("tags", "ai");
    expect(formDataToObject(fd)).toEqual({ name: "Sanne", phone: undefined, tags: ["data", "ai"] });
  });
});

describe("safeRedirect", () => {
  it("allows local paths only", () => {
    expect(safeRedirect("/account?x=1")).toBe("/account?x=1");
    expect(safeRedirect("//evil.example")).toBe("/");
    expect(safeRedirect("https://evil.example")).toBe("/");
    expect(safeRedirect("/\\evil.example")).toBe("/");
    expect(safeRedirect(null, "/home")).toBe("/home");
  });
});

describe("outbox backoff", () => {
  it("doubles from 30 seconds and caps at 6 hours", () => {
    expect([1, 2, 3, 4].map(backoffSeconds)).toEqual([30, 60, 120, 240]);
    expect(backoffSeconds(30)).toBe(6 * 3600);
  });
});
