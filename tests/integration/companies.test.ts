import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { companies, companyMembers, outboxMessages } from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import { createCompany, leaveCompany, listCompanies, removeTeamMember, teamOf, updateCompany } from "~/modules/companies/companies.server";
import { companySchema } from "~/modules/companies/companies.schema";
import { acceptCompanyInvitation, findCompanyInvitation, inviteColleague } from "~/modules/invitations/index.server";
import { db } from "~/utils/db.server";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
const input = (overrides: Record<string, string> = {}) =>
  companySchema.parse({
    name: "Studio Noord",
    kvkNumber: "24478562",
    btwId: "NL810433941B01",
    street: "Voorstraat 212",
    postalCode: "3311 ES",
    city: "Dordrecht",
    billingEmail: "admin@studio-noord.nl",
    iban: "NL91ABNA0417164300",
    ...overrides,
  });

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Test" });
});

async function tokenFor(email: string) {
  const [mail] = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, email));
  return mail!.bodyText.match(/\/company\/join\/(\S+)/)![1]!;
}

describe("companies", () => {
  it("registers a company with its owner, refuses a second one and a KvK number already here (409)", async () => {
    const owner = await makeUser();
    const company = await createCompany(werkplaats.id, owner.id, input());
    expect(company).toMatchObject({ kvkNumber: "24478562", btwId: "NL810433941B01", iban: "NL91ABNA0417164300" });
    expect((await teamOf(company.id)).map((m) => [m.userId, m.role])).toEqual([[owner.id, "owner"]]);
    await expect(createCompany(werkplaats.id, owner.id, input({ kvkNumber: "11111111" }))).rejects.toMatchObject({
      status: 409,
      key: "company.errors.alreadyInCompany",
    });
    await expect(createCompany(werkplaats.id, (await makeUser()).id, input())).rejects.toMatchObject({
      status: 409,
      key: "company.errors.kvkTaken",
      field: "kvkNumber",
    });
    expect(await listCompanies(werkplaats.id, "2447")).toHaveLength(1);
  });

  it("lets only the owner change the details: another company's member gets 403 and nothing changes", async () => {
    const owner = await makeUser();
    const company = await createCompany(werkplaats.id, owner.id, input({ kvkNumber: "22222222", name: "Bitwerk" }));
    const outsider = await makeUser();
    await createCompany(werkplaats.id, outsider.id, input({ kvkNumber: "33333333", name: "Ander Bedrijf" }));
    await expect(
      updateCompany(werkplaats.id, outsider.id, company.id, input({ kvkNumber: "22222222", name: "Gekaapt" })),
    ).rejects.toMatchObject({ status: 403, key: "company.errors.notYours" });
    const [row] = await db.select().from(companies).where(eq(companies.id, company.id));
    expect(row!.name).toBe("Bitwerk");
    await updateCompany(werkplaats.id, owner.id, company.id, input({ kvkNumber: "22222222", name: "Bitwerk B.V." }));
    expect((await db.select().from(companies).where(eq(companies.id, company.id)))[0]!.name).toBe("Bitwerk B.V.");
  });

  it("invites a colleague who creates an account through the link and joins; a team member cannot edit", async () => {
    const owner = await makeUser({ name: "Sanne Visser" });
    const company = await createCompany(werkplaats.id, owner.id, input({ kvkNumber: "44444444", name: "Merwe Media" }));
    await inviteColleague(werkplaats, owner, company.id, { name: "Bram Kok", email: "bram@merwe.nl" }, "nl");
    await expect(inviteColleague(werkplaats, owner, company.id, { name: "Bram Kok", email: "bram@merwe.nl" }, "nl")).rejects.toMatchObject({
      status: 409,
      key: "company.errors.invitePending",
    });
    const token = await tokenFor("bram@merwe.nl");
    expect(await findCompanyInvitation(token, null)).toMatchObject({
      companyName: "Merwe Media",
      inviterName: "Sanne Visser",
      step: "new",
    });
    const { user } = await acceptCompanyInvitation(token, { password: "een lange zin voor bram", locale: "nl", currentUserId: null });
    await expect(
      acceptCompanyInvitation(token, { password: "een lange zin voor bram", locale: "nl", currentUserId: null }),
    ).rejects.toMatchObject({ status: 400 });
    expect((await teamOf(company.id)).map((m) => m.role).sort()).toEqual(["member", "owner"]);
    await expect(updateCompany(werkplaats.id, user.id, company.id, input({ kvkNumber: "44444444" }))).rejects.toMatchObject({
      status: 403,
      key: "company.errors.ownerOnly",
    });
    await expect(inviteColleague(werkplaats, user, company.id, { name: "X", email: "x@merwe.nl" }, "nl")).rejects.toMatchObject({
      status: 403,
    });
    await expect(leaveCompany(werkplaats.id, owner.id, company.id)).rejects.toMatchObject({
      status: 409,
      key: "company.errors.ownerCannotLeave",
    });
    await removeTeamMember(werkplaats.id, owner.id, company.id, user.id);
    expect(
      await db
        .select()
        .from(companyMembers)
        .where(and(eq(companyMembers.companyId, company.id), eq(companyMembers.userId, user.id))),
    ).toHaveLength(0);
  });

  it("only lets the invited account accept", async () => {
    const owner = await makeUser();
    const company = await createCompany(werkplaats.id, owner.id, input({ kvkNumber: "55555555" }));
    const invitee = await makeUser({ email: "lieke@example.nl" });
    const other = await makeUser();
    await inviteColleague(werkplaats, owner, company.id, { name: "Lieke", email: "lieke@example.nl" }, "nl");
    const token = await tokenFor("lieke@example.nl");
    await expect(acceptCompanyInvitation(token, { locale: "nl", currentUserId: other.id })).rejects.toMatchObject({
      status: 403,
      key: "invite.loginFirst",
    });
    await expect(acceptCompanyInvitation(token, { locale: "nl", currentUserId: null })).rejects.toMatchObject({
      status: 403,
      key: "invite.loginFirst",
    });
    expect(await findCompanyInvitation(token, null)).toBeDefined();
    await acceptCompanyInvitation(token, { locale: "nl", currentUserId: invitee.id });
    expect((await teamOf(company.id)).map((m) => m.userId)).toContain(invitee.id);
  });
});
