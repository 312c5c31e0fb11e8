import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { invitations, outboxMessages } from "#db/schema";
import { giveRoles, makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { addRole, listPeople, removeRole, rolesOf } from "~/modules/auth/access.server";
import { acceptInvitation, findOpenInvitation, inviteToRole, revokeInvitation } from "~/modules/invitations/index.server";
import { requireRole } from "~/modules/auth/session.server";
import type { RequestContext } from "~/server/context";
import { db } from "~/utils/db.server";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let manager: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Test" });
  manager = await makePerson(werkplaats.id, ["manager"], { name: "Marieke de Vries" });
});

async function tokenFor(email: string) {
  const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, email));
  const last = mails.sort((a, b) => +b.createdAt - +a.createdAt)[0]!;
  return last.bodyText.match(/\/invite\/(\S+)/)![1]!;
}

describe("invitations", () => {
  it("invite → accept creates the account with the chosen password and grants the role, once", async () => {
    await inviteToRole(werkplaats, manager, { name: "Jeroen Bakker", email: "jeroen@example.nl", role: "staff" }, "nl");
    const token = await tokenFor("jeroen@example.nl");
    const open = await findOpenInvitation(token, null);
    expect(open).toMatchObject({ name: "Jeroen Bakker", role: "staff", step: "new", inviterName: "Marieke de Vries" });

    const { user } = await acceptInvitation(token, { password: "een lange zin voor jeroen", locale: "nl", currentUserId: null });
    expect(await rolesOf(user.id, werkplaats.id)).toEqual(["staff"]);
    await expect(
      acceptInvitation(token, { password: "een lange zin voor jeroen", locale: "nl", currentUserId: null }),
    ).rejects.toMatchObject({
      status: 400,
      key: "invite.invalid",
    });
  });

  it("adds the role to an existing account without touching its password", async () => {
    const existing = await makePerson(werkplaats.id, ["member"], { email: "bestaand@example.nl" });
    await inviteToRole(werkplaats, manager, { name: "Bestaand", email: "bestaand@example.nl", role: "partner" }, "nl");
    const token = await tokenFor("bestaand@example.nl");
    expect((await findOpenInvitation(token, null))?.step).toBe("login");
    expect((await findOpenInvitation(token, existing.id))?.step).toBe("confirm");
    await acceptInvitation(token, { locale: "nl", currentUserId: existing.id });
    expect((await rolesOf(existing.id, werkplaats.id)).sort()).toEqual(["member", "partner"]);
  });

  it("refuses a second open invitation and an invitation for a role already held (409), and revoked links", async () => {
    await inviteToRole(werkplaats, manager, { name: "Twee", email: "twee@example.nl", role: "student" }, "nl");
    await expect(
      inviteToRole(werkplaats, manager, { name: "Twee", email: "twee@example.nl", role: "student" }, "nl"),
    ).rejects.toMatchObject({
      status: 409,
      key: "invite.alreadyPending",
    });
    await expect(inviteToRole(werkplaats, manager, { name: "M", email: manager.email, role: "manager" }, "nl")).rejects.toMatchObject({
      status: 409,
      key: "invite.alreadyHasRole",
    });
    const token = await tokenFor("twee@example.nl");
    const [row] = await db.select().from(invitations).where(eq(invitations.email, "twee@example.nl"));
    await revokeInvitation(werkplaats.id, row!.id);
    expect(await findOpenInvitation(token, null)).toBeUndefined();
  });

  it("does not let another werkplaats' manager revoke an invitation", async () => {
    const other = await makeWerkplaats();
    await inviteToRole(werkplaats, manager, { name: "Drie", email: "drie@example.nl", role: "teacher" }, "nl");
    const [row] = await db.select().from(invitations).where(eq(invitations.email, "drie@example.nl"));
    await expect(revokeInvitation(other.id, row!.id)).rejects.toMatchObject({ status: 404 });
  });
});

describe("roles", () => {
  it("grants, refuses a duplicate, lists and revokes", async () => {
    const person = await makeUser({ name: "Noor Hendriks", email: "noor@example.nl" });
    await addRole(werkplaats.id, manager.id, person.id, "student");
    await expect(addRole(werkplaats.id, manager.id, person.id, "student")).rejects.toMatchObject({
      status: 409,
      key: "people.alreadyHasRole",
    });
    expect((await listPeople(werkplaats.id, "noor")).map((p) => [p.name, p.roles])).toEqual([["Noor Hendriks", ["student"]]]);
    await removeRole(werkplaats.id, person.id, "student");
    expect(await listPeople(werkplaats.id, "noor")).toEqual([]);
  });

  it("escapes LIKE wildcards in the search", async () => {
    expect(await listPeople(werkplaats.id, "%")).toEqual([]);
  });

  it("never removes the last manager, also when two managers remove each other at the same time", async () => {
    const wp = await makeWerkplaats();
    const a = await makePerson(wp.id, ["manager"]);
    const b = await makePerson(wp.id, ["manager"]);
    const results = await Promise.allSettled([removeRole(wp.id, a.id, "manager"), removeRole(wp.id, b.id, "manager")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ status: 409, key: "people.lastManager" });
    const left = (await rolesOf(a.id, wp.id)).length + (await rolesOf(b.id, wp.id)).length;
    expect(left).toBe(1);
  });

  it("requireRole denies by default: a member gets 403 on a manager page, a manager passes", async () => {
    const member = await makePerson(werkplaats.id, ["member"]);
    const context = async (user: { id: string; email: string; name: string }) =>
      ({
        user: { ...user, locale: "nl" },
        werkplaats,
        roles: await rolesOf(user.id, werkplaats.id),
      }) as unknown as RequestContext;
    const request = new Request("http://localhost/admin/people");
    const denied = (() => {
      try {
        return requireRole({ request, context: { user: null, werkplaats, roles: [] } as unknown as RequestContext }, "manager");
      } catch (e) {
        return e;
      }
    })();
    expect((denied as Response).status).toBe(302);
    expect((denied as Response).headers.get("Location")).toBe("/login?redirectTo=%2Fadmin%2Fpeople");
    const forbidden = await context(member).then((ctx) => {
      try {
        requireRole({ request, context: ctx }, "manager");
      } catch (e) {
        return e as { init?: { status?: number } };
      }
    });
    expect(forbidden?.init?.status).toBe(403);
    const ok = requireRole({ request, context: await context(manager) }, "manager");
    expect(ok.user.id).toBe(manager.id);
  });

  it("keeps roles per werkplaats", async () => {
    const other = await makeWerkplaats();
    const person = await makeUser();
    await giveRoles(other.id, person.id, ["manager"]);
    expect(await rolesOf(person.id, werkplaats.id)).toEqual([]);
    expect(await rolesOf(person.id, other.id)).toEqual(["manager"]);
  });
});
