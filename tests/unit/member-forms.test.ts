import { describe, expect, it } from "vitest";
import { companySchema } from "~/modules/companies/companies.schema";
import { profileSchema } from "~/modules/directory/directory.schema";
import { normalizeTags, sniffImageType } from "~/modules/directory/directory";
import { membershipFilterSchema } from "~/modules/memberships/memberships.schema";
import { planSchema } from "~/modules/plans/plans.schema";

const company = {
  name: "Studio Noord",
  kvkNumber: "2447 8562",
  btwId: "nl 8104.33941 b01",
  street: "Voorstraat 1",
  postalCode: "3311aa",
  city: "Dordrecht",
  billingEmail: "Admin@Studio.nl",
  iban: "nl91 abna 0417 1643 00",
};

function keys(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("the company form", () => {
  it("normalises KvK, BTW-id, IBAN, postcode and email", () => {
    expect(companySchema.parse(company)).toMatchObject({
      kvkNumber: "24478562",
      btwId: "NL810433941B01",
      iban: "NL91ABNA0417164300",
      postalCode: "3311 AA",
      billingEmail: "admin@studio.nl",
    });
  });
  it("names what is wrong with each number, as dictionary keys", () => {
    const bad = companySchema.safeParse({ ...company, kvkNumber: "1234567", btwId: "NL810433942B01", iban: "NL91ABNA0417164301" });
    expect(keys(bad)).toEqual({ kvkNumber: "company.errors.kvk", btwId: "company.errors.btwChecksum", iban: "company.errors.iban" });
    expect(keys(companySchema.safeParse({ ...company, btwId: "NL12" }))).toEqual({ btwId: "company.errors.btwFormat" });
    expect(companySchema.safeParse({ ...company, btwId: "DE123456789" }).success).toBe(true);
  });
});

describe("the plan form", () => {
  const plan = {
    nameNl: "Flexplek",
    nameEn: "Hot desk",
    kind: "flex",
    price: "175",
    btwRate: "21",
    includedRoomHours: "4",
    minimumTermMonths: "1",
    noticePeriodMonths: "1",
  };
  it("reads Dutch amounts and hours into cents and minutes", () => {
    expect(planSchema.parse({ ...plan, includedRoomHours: "1,5", deposit: "275,00" })).toMatchObject({
      priceCents: 17500,
      includedRoomMinutes: 90,
      depositCents: 27500,
      btwRate: 21,
      accessDaysPerWeek: null,
    });
  });
  it("requires days and validity for a strippenkaart and refuses a 15% BTW rate", () => {
    expect(keys(planSchema.safeParse({ ...plan, kind: "strippenkaart" }))).toEqual({
      stripDays: "plan.errors.stripDaysRequired",
      stripValidityMonths: "plan.errors.stripDaysRequired",
    });
    expect(keys(planSchema.safeParse({ ...plan, btwRate: "15" }))).toEqual({ btwRate: "plan.errors.btwRate" });
    expect(keys(planSchema.safeParse({ ...plan, price: "veel" }))).toEqual({ price: "errors.money" });
  });
});

describe("the directory profile", () => {
  it("normalises tags and asks for hours when helping student teams", () => {
    expect(normalizeTags("Data, AI;  webshops,data")).toEqual(["data", "ai", "webshops"]);
    expect(keys(profileSchema.safeParse({ helpsStudents: "on" }))).toEqual({ helpHoursPerMonth: "directory.errors.hoursRequired" });
    expect(
      profileSchema.parse({
        visible: "on",
        website: "studio-noord.nl",
        expertise: "UX, data",
        helpsStudents: "on",
        helpHoursPerMonth: "4",
      }),
    ).toMatchObject({
      website: "https://studio-noord.nl",
      expertise: ["ux", "data"],
      helpHoursPerMonth: 4,
    });
    expect(keys(profileSchema.safeParse({ website: "javascript:alert(1)" }))).toEqual({ website: "directory.errors.website" });
  });
  it("recognises images by their bytes, not their name", () => {
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBe("image/png");
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffImageType(new TextEncoder().encode("<svg onload=alert(1)>"))).toBeUndefined();
  });
});

describe("the member list's query", () => {
  const plan = "0b7f2a4e-3c1d-4f5a-9e8b-2d6c4a1f0e93";
  const company = "6f1e9d2c-8b7a-4c3d-a5e6-f708192a3b4c";

  it("reads the address's plan and company into the filter's planId and companyId", () => {
    expect(membershipFilterSchema.parse({ q: "Vos", plan, company, status: "active", view: "ending", page: "2" })).toEqual({
      q: "Vos",
      planId: plan,
      companyId: company,
      status: "active",
      view: "ending",
      page: 2,
    });
  });

  it("drops what it cannot use instead of refusing the page", () => {
    expect(membershipFilterSchema.parse({ plan: "flex", company: "1", view: "everything", page: "0" })).toEqual({
      q: undefined,
      planId: undefined,
      companyId: undefined,
      status: undefined,
      view: undefined,
      page: undefined,
    });
  });
});
