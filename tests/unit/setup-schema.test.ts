import { describe, expect, it } from "vitest";
import { setupSchema } from "~/modules/werkplaats/setup.schema";
import { formDataToObject } from "~/utils/forms.server";

const form = (extra: [string, string][] = []) => {
  const fd = new FormData();
  const fields: [string, string][] = [
    ["name", "DOC Dordrecht"],
    ["slug", "doc-dordrecht"],
    ["street", "Noordendijk 250"],
    ["postalCode", "3311 RR"],
    ["city", "Dordrecht"],
    ["kvkNumber", "24478562"],
    ["btwId", "NL858234105B01"],
    ["iban", "NL44RABO0123456789"],
    ["werkplaatsEmail", "info@example.nl"],
    ["managerName", "Eerste Beheerder"],
    ["managerEmail", "beheer@example.nl"],
    ["password", "de eerste lange zin"],
    ["terms", "on"],
    ...extra,
  ];
  for (const [k, v] of fields) fd.append(k, v);
  return formDataToObject(fd);
};

describe("the set-up form's time zone", () => {
  it("is Europe/Amsterdam when the form sends none, and any zone the runtime knows otherwise", () => {
    expect(setupSchema.parse(form()).timezone).toBe("Europe/Amsterdam");
    expect(setupSchema.parse(form([["timezone", "Europe/Brussels"]])).timezone).toBe("Europe/Brussels");
  });

  it("refuses a name that is no zone", () => {
    const parsed = setupSchema.safeParse(form([["timezone", "Europe/Dordrecht"]]));
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["timezone", "setup.timeZone"]]);
  });
});
