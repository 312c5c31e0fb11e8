import { describe, expect, it } from "vitest";
import { id } from "~/utils/fields";
import { isUuid } from "~/utils/ids";

describe("a row id from a URL or a form", () => {
  it("is a uuid in canonical form, of any version, in either case", () => {
    expect(isUuid("4f9e95f5-afdd-4ee9-ab6e-533b2b6266f5")).toBe(true);
    expect(isUuid("4F9E95F5-AFDD-4EE9-AB6E-533B2B6266F5")).toBe(true);
    expect(isUuid("00000000-0000-0000-0000-000000000000")).toBe(true);
  });
  it("is nothing else, so the query is never run with it", () => {
    for (const value of [
      undefined,
      "",
      "not-a-uuid",
      "4f9e95f5afdd4ee9ab6e533b2b6266f5",
      "4f9e95f5-afdd-4ee9-ab6e-533b2b6266f5 ",
      "{4f9e95f5-afdd-4ee9-ab6e-533b2b6266f5}",
      42,
    ]) {
      expect(isUuid(value)).toBe(false);
    }
  });
  it("is the same check in a form field as in a URL parameter", () => {
    expect(id().safeParse("00000000-0000-0000-0000-000000000000").success).toBe(true);
    expect(id().safeParse("not-a-uuid").error?.issues[0]?.message).toBe("errors.invalid");
  });
});
