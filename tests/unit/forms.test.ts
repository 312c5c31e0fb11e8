import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/utils/safe-redirect";
import { backoffSeconds } from "~/modules/notifications/outbox.server";
import { domainErrorReply, formDataToObject } from "~/utils/forms.server";
import { conflict, invalid } from "~/utils/errors";

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

describe("domainErrorReply", () => {
  const body = (r: ReturnType<typeof domainErrorReply>) =>
    r.data as { formErrors: { key: string }[]; fieldErrors: Record<string, unknown> };

  it("heads the summary with a refusal about the state of things, and still marks its field", () => {
    const reply = body(domainErrorReply(conflict("desk.errors.takenNow", { desk: "1.04" }, "deskId")));
    expect(reply.formErrors.map((m) => m.key)).toEqual(["desk.errors.takenNow"]);
    expect(Object.keys(reply.fieldErrors)).toEqual(["deskId"]);
  });

  it("leaves a typing mistake to its field, under 'check the marked fields'", () => {
    const reply = body(domainErrorReply(invalid("desk.errors.endBeforeStart", undefined, "to")));
    expect(reply.formErrors).toEqual([]);
    expect(Object.keys(reply.fieldErrors)).toEqual(["to"]);
  });
});
