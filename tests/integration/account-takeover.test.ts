import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailTokens, outboxMessages, roleAssignments, sessions, users } from "#db/schema";
import { giveRoles, makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makePlan } from "#db/membership-factories";
import { addRole, rolesOf } from "~/modules/auth/access.server";
import {
  changePassword,
  claimAccount,
  confirmEmailChange,
  logIn,
  requestEmailChange,
  requestPasswordReset,
  resendVerificationLink,
  resetPassword,
  signUp,
  verifyEmail,
} from "~/modules/auth/accounts.server";
import { readSession, startSession } from "~/modules/auth/session.server";
import { companySchema } from "~/modules/companies/companies.schema";
import { createCompany } from "~/modules/companies/companies.server";
import { acceptInvitation, findOpenInvitation, inviteColleague, inviteToRole } from "~/modules/invitations/index.server";
import { db } from "~/utils/db.server";
import * as apply from "~/routes/membership.apply";
import * as daypass from "~/routes/daypass";
import * as signupRoute from "~/routes/signup";
import * as forgotRoute from "~/routes/forgot-password";
import * as verifyRoute from "~/routes/verify-email.$token";
import { outcome, routeArgs } from "../support/route-harness";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let manager: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Test" });
  manager = await makePerson(werkplaats.id, ["manager"], { name: "Marieke de Vries" });
});

async function lastMailTo(to: string) {
  const rows = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, to));
  return rows.sort((a, b) => +b.createdAt - +a.createdAt)[0];
}

async function tokenIn(to: string, path: string) {
  const body = (await lastMailTo(to))?.bodyText ?? "";
  const token = body.match(new RegExp(`${path}/(\\S+)`))?.[1];
  if (!token) throw new Error(`no ${path} link in mail to ${to}: ${body}`);
  return token;
}

const userByEmail = async (email: string) => (await db.select().from(users).where(eq(users.email, email)))[0]!;

describe("pre-account takeover", () => {
  it("an attacker who signs up with a colleague's address loses the account once the invitation is accepted", async () => {
    const email = "nieuwe-collega@example.nl";
    await signUp({ name: "Aanvaller", email, password: "het wachtwoord van de aanvaller", locale: "nl" }, werkplaats);
    const attacker = await userByEmail(email);
    expect(attacker.emailVerifiedAt).toBeNull();
    // The attacker can log in (to ask for the link again) but gains nothing.
    await logIn(email, "het wachtwoord van de aanvaller", "10.7.0.1");
    const attackerCookie = await startSession(attacker.id);

    await inviteToRole(werkplaats, manager, { name: "Nieuwe Collega", email, role: "staff" }, "nl");
    const token = await tokenIn(email, "/invite");
    // The attacker, logged in, has no invitation link; the owner opening it is asked for a new password.
    expect((await findOpenInvitation(token, null))?.step).toBe("claim");
    await expect(acceptInvitation(token, { locale: "nl", currentUserId: null })).rejects.toMatchObject({ status: 400 });

    const { user, startSession: login } = await acceptInvitation(token, {
      password: "de eigen zin van de collega",
      locale: "nl",
      currentUserId: null,
    });
    expect(user.id).toBe(attacker.id);
    expect(login).toBe(true);
    expect(await rolesOf(user.id, werkplaats.id)).toEqual(["staff"]);
    expect((await userByEmail(email)).emailVerifiedAt).not.toBeNull();
    // The attacker's password and session are gone.
    expect((await readSession(attackerCookie.split(";")[0])).user).toBeNull();
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
    await expect(logIn(email, "het wachtwoord van de aanvaller", "10.7.0.2")).rejects.toMatchObject({ key: "login.failed" });
    expect((await logIn(email, "de eigen zin van de collega", "10.7.0.3")).id).toBe(user.id);
  });

  it("an unverified account gains no role: the module says so (409) and the database refuses it too", async () => {
    const unverified = await makeUser({ emailVerifiedAt: null });
    await expect(addRole(werkplaats.id, manager.id, unverified.id, "member")).rejects.toMatchObject({
      status: 409,
      key: "people.unverified",
    });
    await expect(giveRoles(werkplaats.id, unverified.id, ["member"])).rejects.toThrow();
    expect(await db.select().from(roleAssignments).where(eq(roleAssignments.userId, unverified.id))).toHaveLength(0);
  });

  it("an invitation for a verified account needs that account logged in: the link alone logs nobody in", async () => {
    const owner = await makeUser({ email: "geverifieerd@example.nl" });
    const stranger = await makeUser();
    await inviteToRole(werkplaats, manager, { name: "Geverifieerd", email: owner.email, role: "partner" }, "nl");
    const token = await tokenIn(owner.email, "/invite");
    expect((await findOpenInvitation(token, null))?.step).toBe("login");
    for (const currentUserId of [null, stranger.id]) {
      await expect(acceptInvitation(token, { password: "een nieuw wachtwoord hier", locale: "nl", currentUserId })).rejects.toMatchObject({
        status: 403,
        key: "invite.loginFirst",
      });
    }
    expect(await rolesOf(owner.id, werkplaats.id)).toEqual([]);
    const accepted = await acceptInvitation(token, { locale: "nl", currentUserId: owner.id });
    expect(accepted.startSession).toBe(false);
    expect(await rolesOf(owner.id, werkplaats.id)).toEqual(["partner"]);
  });

  it("the verification link confirms only for the logged-in owner; anyone else must choose a new password", async () => {
    const email = "bevestigen@example.nl";
    await signUp({ name: "Bram", email, password: "bram zijn eerste zin", locale: "nl" }, werkplaats);
    const user = await userByEmail(email);
    const other = await makeUser();
    const token = await tokenIn(email, "/verify-email");
    await expect(verifyEmail(token, other.id)).rejects.toMatchObject({ status: 400, key: "verify.otherAccount" });
    await verifyEmail(token, user.id);
    expect((await userByEmail(email)).emailVerifiedAt).not.toBeNull();
    await expect(verifyEmail(token, user.id)).rejects.toMatchObject({ key: "verify.invalid" });

    // Someone who typed in another person's address: that person claims it from the link.
    const victim = "slachtoffer@example.nl";
    await signUp({ name: "Aanvaller", email: victim, password: "zin van de aanvaller", locale: "nl" }, werkplaats);
    const squatter = await userByEmail(victim);
    const cookie = await startSession(squatter.id);
    await resendVerificationLink(squatter.id, werkplaats);
    const fresh = await tokenIn(victim, "/verify-email");
    await claimAccount(fresh, "de zin van de eigenaar", werkplaats.id);
    expect((await readSession(cookie.split(";")[0])).user).toBeNull();
    await expect(logIn(victim, "zin van de aanvaller", "10.7.1.1")).rejects.toMatchObject({ key: "login.failed" });
    expect((await userByEmail(victim)).emailVerifiedAt).not.toBeNull();
  });

  it("the verification page: the logged-in owner confirms with a button, a visitor may only choose a new password", async () => {
    const email = "pagina@example.nl";
    await signUp({ name: "Pagina", email, password: "de zin van de aanmelder", locale: "nl" }, werkplaats);
    const user = await userByEmail(email);
    const token = await tokenIn(email, "/verify-email");
    const asVisitor = { user: null, roles: [], werkplaats };
    const asOwner = { user: { ...user, emailVerified: false }, roles: [], werkplaats };
    const post = (url: string, who: typeof asVisitor | typeof asOwner, fields: Record<string, string> = {}) =>
      routeArgs(url, who, { method: "POST", body: new URLSearchParams(fields), params: { token } });

    // Opening the link changes nothing; the visitor is not offered the one-button confirmation.
    const page = await outcome(() => verifyRoute.loader(routeArgs(`/verify-email/${token}`, asVisitor, { params: { token } })));
    expect(page.body).toMatchObject({ usable: true, ownerLoggedIn: false });
    expect((await userByEmail(email)).emailVerifiedAt).toBeNull();
    // Without a session the plain confirmation sends the visitor to log in first.
    expect(await outcome(() => verifyRoute.action(post(`/verify-email/${token}`, asVisitor)))).toMatchObject({ status: 302 });
    expect((await userByEmail(email)).emailVerifiedAt).toBeNull();

    const confirmed = await outcome(() => verifyRoute.action(post(`/verify-email/${token}`, asOwner)));
    expect(confirmed.status).toBe(200);
    expect((await userByEmail(email)).emailVerifiedAt).not.toBeNull();
    expect((await userByEmail(email)).passwordHash).toBe(user.passwordHash);

    const other = "pagina-claim@example.nl";
    await signUp({ name: "Claim", email: other, password: "de zin van de aanmelder", locale: "nl" }, werkplaats);
    const claimToken = await tokenIn(other, "/verify-email");
    const claimed = await outcome(() =>
      verifyRoute.action(
        routeArgs(`/verify-email/${claimToken}?claim`, asVisitor, {
          method: "POST",
          body: new URLSearchParams({ password: "de zin van de eigenaar", confirm: "de zin van de eigenaar" }),
          params: { token: claimToken },
        }),
      ),
    );
    expect(claimed).toMatchObject({ status: 302, location: "/login?reset=1" });
    expect((await logIn(other, "de zin van de eigenaar", "10.7.2.1")).email).toBe(other);
  });

  it("asking for the link again retires the earlier one", async () => {
    const email = "opnieuw@example.nl";
    await signUp({ name: "Opnieuw", email, password: "nog een lange zin", locale: "nl" }, werkplaats);
    const user = await userByEmail(email);
    const first = await tokenIn(email, "/verify-email");
    await resendVerificationLink(user.id, werkplaats);
    await expect(verifyEmail(first, user.id)).rejects.toMatchObject({ key: "verify.invalid" });
    await verifyEmail(await tokenIn(email, "/verify-email"), user.id);
  });

  it("a password reset link proves the address as well", async () => {
    const user = await makeUser({ email: "reset-bewijst@example.nl", emailVerifiedAt: null });
    await requestPasswordReset(user.email, werkplaats.id);
    await resetPassword(await tokenIn(user.email, "/reset-password"), "een nieuwe lange zin", werkplaats.id);
    expect((await userByEmail(user.email)).emailVerifiedAt).not.toBeNull();
  });

  it("an unverified account is sent to the verification page instead of applying or buying a day pass", async () => {
    const unverified = await makeUser({ emailVerifiedAt: null });
    const plan = await makePlan(werkplaats.id, "flex");
    const who = { user: { ...unverified, emailVerified: false }, roles: [], werkplaats };
    const form = (fields: Record<string, string>) => ({ method: "POST", body: new URLSearchParams(fields) });
    const applied = await outcome(() =>
      apply.action(routeArgs("/membership/apply", who, form({ planId: plan.id, startDate: "2027-01-04", billing: "self" }))),
    );
    expect(applied).toMatchObject({ status: 302, location: "/verify-email?redirectTo=%2Fmembership%2Fapply" });
    const bought = await outcome(() => daypass.action(routeArgs("/daypass", who, form({ intent: "buy", day: "2027-01-04" }))));
    expect(bought).toMatchObject({ status: 302, location: "/verify-email?redirectTo=%2Fdaypass" });
  });
});

describe("tokens are bound to their purpose", () => {
  it("an email-change token does not work on /reset-password, nor a reset token for an email change", async () => {
    const user = await makeUser({ email: "doel@example.nl", password: "het echte wachtwoord" });
    await requestEmailChange(user.id, "nieuw-doel@example.nl", werkplaats.id);
    const changeToken = await tokenIn("nieuw-doel@example.nl", "/account/email");
    await expect(resetPassword(changeToken, "overgenomen wachtwoord", null)).rejects.toMatchObject({ status: 400, key: "reset.invalid" });
    expect((await logIn(user.email, "het echte wachtwoord", "10.8.0.1")).id).toBe(user.id);

    await requestPasswordReset(user.email, werkplaats.id);
    const resetToken = await tokenIn(user.email, "/reset-password");
    await expect(confirmEmailChange(resetToken, null)).rejects.toMatchObject({ status: 400, key: "account.emailInvalidLink" });
    await expect(claimAccount(resetToken, "overgenomen wachtwoord", null)).rejects.toMatchObject({ status: 400, key: "verify.invalid" });
    // Each still works for its own purpose: the failed tries did not use them up.
    expect(await confirmEmailChange(changeToken, null)).toBe("nieuw-doel@example.nl");
    await resetPassword(resetToken, "een nieuwe lange zin", null);
  });

  it("a reset link issued before a password change no longer works after it", async () => {
    const user = await makeUser({ email: "voor-de-wijziging@example.nl", password: "het oude wachtwoord" });
    await requestPasswordReset(user.email, werkplaats.id);
    const token = await tokenIn(user.email, "/reset-password");
    await changePassword(user.id, "het oude wachtwoord", "het nieuwe wachtwoord", null, "10.8.0.3");
    await expect(resetPassword(token, "wachtwoord van een ander", null)).rejects.toMatchObject({ status: 400, key: "reset.invalid" });
    // Even when the change did not mark the link used (e.g. a change through another path).
    await db
      .update(emailTokens)
      .set({ usedAt: null })
      .where(and(eq(emailTokens.userId, user.id), eq(emailTokens.purpose, "password_reset")));
    await expect(resetPassword(token, "wachtwoord van een ander", null)).rejects.toMatchObject({ status: 400, key: "reset.invalid" });
    expect((await logIn(user.email, "het nieuwe wachtwoord", "10.8.0.2")).id).toBe(user.id);
  });
});

describe("no enumeration", () => {
  const post = (url: string, fields: Record<string, string>) =>
    routeArgs(url, { user: null, roles: [], werkplaats }, { method: "POST", body: new URLSearchParams(fields) });

  it("sign-up answers a known and an unknown address the same way, and the owner hears about it", async () => {
    const known = await makeUser({ email: "bekend@example.nl" });
    const answer = async (email: string) =>
      outcome(() => signupRoute.action(post("/signup", { name: "Iemand", email, password: "een heel lange zin", terms: "on" })));
    const forKnown = await answer(known.email);
    const forUnknown = await answer("onbekend-adres@example.nl");
    expect(forKnown.status).toBe(200);
    expect(JSON.stringify(forKnown.body).replace(known.email, "X")).toBe(
      JSON.stringify(forUnknown.body).replace("onbekend-adres@example.nl", "X"),
    );
    expect((await lastMailTo(known.email))?.kind).toBe("mail.signupExisting");
    expect((await lastMailTo("onbekend-adres@example.nl"))?.kind).toBe("mail.verify");
  });

  it("password reset answers a known and an unknown address the same way", async () => {
    const known = await makeUser({ email: "reset-bekend@example.nl" });
    const forKnown = await outcome(() => forgotRoute.action(post("/forgot-password", { email: known.email })));
    const forUnknown = await outcome(() => forgotRoute.action(post("/forgot-password", { email: "reset-onbekend@example.nl" })));
    expect(forKnown).toEqual(forUnknown);
    expect((await lastMailTo(known.email))?.kind).toBe("mail.reset");
    expect((await lastMailTo("reset-onbekend@example.nl"))?.kind).toBe("mail.resetUnknown");
  });

  it("a team invitation answers the same for someone already in a company, who gets an explanation instead of a link", async () => {
    const company = (name: string, kvkNumber: string) =>
      companySchema.parse({
        name,
        kvkNumber,
        street: "Voorstraat 1",
        postalCode: "3311 AA",
        city: "Dordrecht",
        billingEmail: "f@example.nl",
      });
    const ownerA = await makeUser({ name: "Eigenaar A" });
    const ownerB = await makeUser({ name: "Eigenaar B" });
    const a = await createCompany(werkplaats.id, ownerA.id, company("Alfa", "66666666"));
    await createCompany(werkplaats.id, ownerB.id, company("Beta", "77777777"));
    await expect(inviteColleague(werkplaats, ownerA, a.id, { name: "B", email: ownerB.email }, "nl")).resolves.toBeUndefined();
    await expect(
      inviteColleague(werkplaats, ownerA, a.id, { name: "Nieuw", email: "nog-niemand@example.nl" }, "nl"),
    ).resolves.toBeUndefined();
    const mail = await lastMailTo(ownerB.email);
    expect(mail?.kind).toBe("mail.companyInviteBlocked");
    expect(mail?.bodyText).toContain("Beta");
    expect(mail?.bodyText).not.toContain("/company/join/");
    expect((await lastMailTo("nog-niemand@example.nl"))?.bodyText).toContain("/company/join/");
  });
});
