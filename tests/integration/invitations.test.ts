import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { invitations, outboxMessages } from "#db/schema";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { rolesOf } from "~/modules/auth/access.server";
import { companySchema } from "~/modules/companies/companies.schema";
import { createCompany, teamOf } from "~/modules/companies/companies.server";
import {
  acceptCompanyInvitation,
  acceptInvitation,
  countOpenInvitations,
  findCompanyInvitation,
  findOpenInvitation,
  inviteColleague,
  inviteToRole,
  listOpenInvitations,
  openCompanyInvitations,
  revokeCompanyInvitation,
  revokeInvitation,
} from "~/modules/invitations/index.server";
import { db, pgErrorOf, PG } from "~/utils/db.server";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let manager: Awaited<ReturnType<typeof makeUser>>;
let owner: Awaited<ReturnType<typeof makeUser>>;
let company: Awaited<ReturnType<typeof createCompany>>;

const companyInput = (kvkNumber: string, name: string) =>
  companySchema.parse({
    name,
    kvkNumber,
    street: "Voorstraat 1",
    postalCode: "3311 ES",
    city: "Dordrecht",
    billingEmail: "admin@example.nl",
  });

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Test" });
  manager = await makePerson(werkplaats.id, ["manager"], { name: "Marieke de Vries" });
  owner = await makeUser({ name: "Sanne Visser" });
  company = await createCompany(werkplaats.id, owner.id, companyInput("61234567", "Merwe Media"));
});

async function linkTo(email: string, path: "/invite" | "/company/join") {
  const rows = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, email));
  const body = rows.sort((a, b) => +b.createdAt - +a.createdAt)[0]?.bodyText ?? "";
  const token = body.match(new RegExp(`${path}/(\\S+)`))?.[1];
  if (!token) throw new Error(`no ${path} link in mail to ${email}`);
  return token;
}

/** One open invitation of each scope, for a fresh address each. */
async function inviteBoth(label: string) {
  const roleEmail = `${label}-rol@example.nl`;
  const teamEmail = `${label}-team@example.nl`;
  await inviteToRole(werkplaats, manager, { name: "Rol", email: roleEmail, role: "staff" }, "nl");
  await inviteColleague(werkplaats, owner, company.id, { name: "Team", email: teamEmail }, "nl");
  return {
    roleEmail,
    teamEmail,
    roleToken: await linkTo(roleEmail, "/invite"),
    teamToken: await linkTo(teamEmail, "/company/join"),
  };
}

const rowOf = async (email: string) => (await db.select().from(invitations).where(eq(invitations.email, email)))[0]!;

async function constraintOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return pgErrorOf(error);
}

describe("invitations of both scopes in one table", () => {
  it("stores only the hash of a random token, with its scope and the scope's target", async () => {
    const { roleEmail, teamEmail, roleToken, teamToken } = await inviteBoth("opslag");
    const role = await rowOf(roleEmail);
    const team = await rowOf(teamEmail);
    expect(role).toMatchObject({ scope: "role", role: "staff", companyId: null, werkplaatsId: werkplaats.id });
    expect(team).toMatchObject({ scope: "company", role: null, companyId: company.id, werkplaatsId: werkplaats.id });
    expect(role.tokenHash).toBe(createHash("sha256").update(roleToken).digest("hex"));
    expect(team.tokenHash).toBe(createHash("sha256").update(teamToken).digest("hex"));
    expect(JSON.stringify([role, team])).not.toContain(roleToken);
    expect(roleToken).not.toBe(teamToken);
    expect(roleToken.length).toBeGreaterThanOrEqual(43);
  });

  it("binds a token to its scope: a role link does nothing on the team flow, nor a team link on the role flow", async () => {
    const { roleEmail, teamEmail, roleToken, teamToken } = await inviteBoth("doel");
    expect(await findCompanyInvitation(roleToken, null)).toBeUndefined();
    expect(await findOpenInvitation(teamToken, null)).toBeUndefined();
    await expect(
      acceptCompanyInvitation(roleToken, { password: "een lange zin voor de rol", locale: "nl", currentUserId: null }),
    ).rejects.toMatchObject({
      status: 400,
      key: "company.errors.inviteInvalid",
    });
    await expect(
      acceptInvitation(teamToken, { password: "een lange zin voor het team", locale: "nl", currentUserId: null }),
    ).rejects.toMatchObject({
      status: 400,
      key: "invite.invalid",
    });
    // Revoking goes by scope too: the people page cannot revoke a team invitation by its id.
    await expect(revokeInvitation(werkplaats.id, (await rowOf(teamEmail)).id)).rejects.toMatchObject({ status: 404 });
    expect((await rowOf(roleEmail)).acceptedAt).toBeNull();
    expect((await rowOf(teamEmail)).revokedAt).toBeNull();
    expect(await findOpenInvitation(roleToken, null)).toMatchObject({ role: "staff", step: "new" });
    expect(await findCompanyInvitation(teamToken, null)).toMatchObject({ companyName: "Merwe Media", step: "new" });
  });

  it("an expired invitation of either scope cannot be found, listed or accepted", async () => {
    const { roleEmail, teamEmail, roleToken, teamToken } = await inviteBoth("verlopen");
    const openBefore = await countOpenInvitations(werkplaats.id);
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(invitations.email, roleEmail));
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(invitations.email, teamEmail));
    expect(await findOpenInvitation(roleToken, null)).toBeUndefined();
    expect(await findCompanyInvitation(teamToken, null)).toBeUndefined();
    expect((await listOpenInvitations(werkplaats.id)).map((i) => i.email)).not.toContain(roleEmail);
    expect((await openCompanyInvitations(company.id)).map((i) => i.email)).not.toContain(teamEmail);
    expect(await countOpenInvitations(werkplaats.id)).toBe(openBefore - 1);
    await expect(
      acceptInvitation(roleToken, { password: "een lange zin voor de rol", locale: "nl", currentUserId: null }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      acceptCompanyInvitation(teamToken, { password: "een lange zin voor het team", locale: "nl", currentUserId: null }),
    ).rejects.toMatchObject({ status: 400 });
    // A team owner cannot revoke what has already expired; the people page still may (as before).
    await expect(revokeCompanyInvitation(werkplaats.id, owner.id, company.id, (await rowOf(teamEmail)).id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(revokeInvitation(werkplaats.id, (await rowOf(roleEmail)).id)).resolves.toBe(roleEmail);
  });

  it("a link is used once: a second acceptance and an acceptance after revoking fail, in both scopes", async () => {
    const first = await inviteBoth("eenmaal");
    await acceptInvitation(first.roleToken, { password: "een lange zin voor de rol", locale: "nl", currentUserId: null });
    await acceptCompanyInvitation(first.teamToken, { password: "een lange zin voor het team", locale: "nl", currentUserId: null });
    await expect(
      acceptInvitation(first.roleToken, { password: "nog een lange zin hier", locale: "nl", currentUserId: null }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      acceptCompanyInvitation(first.teamToken, { password: "nog een lange zin hier", locale: "nl", currentUserId: null }),
    ).rejects.toMatchObject({ status: 400 });
    expect(await findOpenInvitation(first.roleToken, null)).toBeUndefined();
    expect(await findCompanyInvitation(first.teamToken, null)).toBeUndefined();

    const second = await inviteBoth("ingetrokken");
    await revokeInvitation(werkplaats.id, (await rowOf(second.roleEmail)).id);
    await revokeCompanyInvitation(werkplaats.id, owner.id, company.id, (await rowOf(second.teamEmail)).id);
    await expect(
      acceptInvitation(second.roleToken, { password: "een lange zin voor de rol", locale: "nl", currentUserId: null }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      acceptCompanyInvitation(second.teamToken, { password: "een lange zin voor het team", locale: "nl", currentUserId: null }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it("logged in to the wrong account, neither scope accepts and the invitation stays open for its owner", async () => {
    const roleInvitee = await makeUser({ email: "fout-account-rol@example.nl" });
    const teamInvitee = await makeUser({ email: "fout-account-team@example.nl" });
    const intruder = await makeUser();
    await inviteToRole(werkplaats, manager, { name: "Rol", email: roleInvitee.email, role: "teacher" }, "nl");
    await inviteColleague(werkplaats, owner, company.id, { name: "Team", email: teamInvitee.email }, "nl");
    const roleToken = await linkTo(roleInvitee.email, "/invite");
    const teamToken = await linkTo(teamInvitee.email, "/company/join");

    expect((await findOpenInvitation(roleToken, intruder.id))?.step).toBe("login");
    expect((await findCompanyInvitation(teamToken, intruder.id))?.step).toBe("login");
    for (const password of [undefined, "een wachtwoord van de indringer"]) {
      await expect(acceptInvitation(roleToken, { password, locale: "nl", currentUserId: intruder.id })).rejects.toMatchObject({
        status: 403,
        key: "invite.loginFirst",
      });
      await expect(acceptCompanyInvitation(teamToken, { password, locale: "nl", currentUserId: intruder.id })).rejects.toMatchObject({
        status: 403,
        key: "invite.loginFirst",
      });
    }
    expect(await rolesOf(intruder.id, werkplaats.id)).toEqual([]);
    expect((await teamOf(company.id)).map((m) => m.userId)).not.toContain(intruder.id);

    await acceptInvitation(roleToken, { locale: "nl", currentUserId: roleInvitee.id });
    await acceptCompanyInvitation(teamToken, { locale: "nl", currentUserId: teamInvitee.id });
    expect(await rolesOf(roleInvitee.id, werkplaats.id)).toEqual(["teacher"]);
    expect((await teamOf(company.id)).map((m) => m.userId)).toContain(teamInvitee.id);
  });
});

describe("the invitations table keeps its own invariants", () => {
  const base = () => ({
    werkplaatsId: werkplaats.id,
    email: `regel-${Math.random().toString(36).slice(2)}@example.nl`,
    name: "Regel",
    tokenHash: Math.random().toString(36).repeat(4),
    expiresAt: new Date(Date.now() + 86400_000),
  });

  it("each scope has exactly its own target", async () => {
    const cases = [
      { values: { ...base(), scope: "role" as const }, constraint: "invitations_role_target" },
      {
        values: { ...base(), scope: "role" as const, role: "staff" as const, companyId: company.id },
        constraint: "invitations_company_target",
      },
      { values: { ...base(), scope: "company" as const }, constraint: "invitations_company_target" },
      {
        values: { ...base(), scope: "company" as const, companyId: company.id, role: "member" as const },
        constraint: "invitations_role_target",
      },
    ];
    for (const { values, constraint } of cases) {
      expect(await constraintOf(db.insert(invitations).values(values))).toMatchObject({ code: PG.checkViolation, constraint });
    }
    const unknownScope = { ...base(), scope: "expert" as never };
    expect(await constraintOf(db.insert(invitations).values(unknownScope))).toMatchObject({
      code: PG.checkViolation,
      constraint: "invitations_scope",
    });
  });

  it("a team invitation cannot point to a company of another werkplaats", async () => {
    const elsewhere = await makeWerkplaats({ name: "Elders" });
    const values = { ...base(), werkplaatsId: elsewhere.id, scope: "company" as const, companyId: company.id };
    expect(await constraintOf(db.insert(invitations).values(values))).toMatchObject({
      code: PG.foreignKeyViolation,
      constraint: "invitations_company_fk",
    });
  });
});
