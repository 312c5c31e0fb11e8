import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/utils/safe-redirect";
import { REDIRECT_BYPASSES } from "../support/redirect-bypasses";

const BYPASSES = REDIRECT_BYPASSES;

const APP = "http://127.0.0.1:3000";

describe("safeRedirect", () => {
  it.each(BYPASSES)("keeps %j on this site", (attempt) => {
    const target = safeRedirect(attempt);
    // What a browser does with the Location header: resolve it against the page's URL.
    expect(new URL(target, `${APP}/login`).origin).toBe(APP);
  });

  it("has at least 30 bypass strings to try", () => {
    expect(BYPASSES.length).toBeGreaterThanOrEqual(30);
  });

  it("keeps ordinary local paths, query and fragment", () => {
    expect(safeRedirect("/events/123?tab=info#top")).toBe("/events/123?tab=info#top");
    expect(safeRedirect("/membership/apply?plan=flex")).toBe("/membership/apply?plan=flex");
    expect(safeRedirect("/")).toBe("/");
  });

  it("falls back for anything that is not a local path", () => {
    expect(safeRedirect(undefined)).toBe("/");
    expect(safeRedirect("", "/home")).toBe("/home");
    expect(safeRedirect("events", "/home")).toBe("/home");
    expect(safeRedirect("/./\\evil.example", "/home")).toBe("/home");
  });
});
