import { describe, expect, it } from "vitest";
import { nameSaysKind } from "~/modules/plans";
import { translate } from "~/modules/i18n";

describe("a plan's kind beside its name", () => {
  it("is left out when the name already says it, in both languages", () => {
    expect(nameSaysKind("10-day card", translate("en", "plan.kind.strippenkaart"))).toBe(true);
    expect(nameSaysKind("Strippenkaart 10 dagen", translate("nl", "plan.kind.strippenkaart"))).toBe(true);
    expect(nameSaysKind("Hot desk 2 days", translate("en", "plan.kind.flex"))).toBe(true);
  });

  it("is shown when the name is something else", () => {
    expect(nameSaysKind("Starterspakket", translate("nl", "plan.kind.flex"))).toBe(false);
  });
});
