import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailTokens, outboxMessages, sessions, users } from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import {
  changePassword,
  confirmEmailChange,
  logIn,
  requestEmailChange,
  requestPasswordReset,
  resetPassword,
  signUp,
} from "~/modules/auth/accounts.server";
import { readSession, startSession } from "~/modules/auth/session.server";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";

let werkplaats: { id: string; name: string };

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Test" });
});

async function expectDomainError(work: Promise<unknown>, status: number, key: string, field?: string) {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ status, key, ...(field ? { field } : {}) });
}

function linkFrom(body: string) {
  const match = body.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`no link in ${body}`);
  return match[0];
}

async function lastMailTo(to: string) {
  const rows = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, to));
  return rows.sort((a, b) => +b.createdAt - +a.createdAt)[0];
}

describe("sign-up", () => {
  it("creates an unverified account with a hash, lower-cases the email and mails a verification link", async () => {
    await signUp({ name: "Sanne Visser", email: "Sanne@Studio-Noord.nl", password: "koffie met de buren", locale: "nl" }, werkplaats);
    const [user] = await db.select().from(users).where(eq(users.email, "sanne@studio-noord.nl"));
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user!.termsAcceptedAt).not.toBeNull();
    expect(user!.emailVerifiedAt).toBeNull();
    const mail = await lastMailTo("sanne@studio-noord.nl");
    expect(mail?.subject).toBe("Bevestig je e-mailadres voor DOC Test");
    expect(linkFrom(mail!.bodyText)).toContain("/verify-email/");
  });

  it("answers an address that exists in another case the same way, storing nothing and telling the owner", async () => {
    const before = await db.select().from(users);
    await signUp({ name: "Ander", email: "SANNE@studio-noord.nl", password: "nog een lange zin", locale: "nl" }, werkplaats);
    expect(await db.select().from(users)).toHaveLength(before.length);
    const mail = await lastMailTo("sanne@studio-noord.nl");
    expect(mail?.kind).toBe("mail.signupExisting");
    expect(mail?.bodyText).toContain("/forgot-password");
  });
});

describe("login", () => {
  it("accepts the right password", async () => {
    const user = await makeUser({ email: "daan@bitwerk.nl", password: "een lange zin voor daan" });
    const loggedIn = await logIn("daan@bitwerk.nl", "een lange zin voor daan", "10.0.0.1");
    expect(loggedIn.id).toBe(user.id);
  });

  it("gives one message for an unknown email and for a wrong password", async () => {
    await expectDomainError(logIn("niemand@example.nl", "wat dan ook hier", "10.0.0.2"), 400, "login.failed");
    await expectDomainError(logIn("daan@bitwerk.nl", "verkeerd wachtwoord", "10.0.0.2"), 400, "login.failed");
  });
  // Throttling itself: tests/integration/login-throttle.test.ts
});

describe("sessions", () => {
  it("start with a fresh id, validate, and end on password change", async () => {
    const user = await makeUser({ password: "eerste lange wachtwoord" });
    const cookie = await startSession(user.id);
    expect(cookie).toMatch(/werkplaats_session=\w+/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const second = await startSession(user.id, cookie.split(";")[0]!.split("=")[1]);
    expect(second).not.toBe(cookie);
    const read = await readSession(second.split(";")[0]);
    expect(read.user?.id).toBe(user.id);
    // the planted/previous session was invalidated by the new login
    expect((await readSession(cookie.split(";")[0])).user).toBeNull();

    await changePassword(user.id, "eerste lange wachtwoord", "tweede lange wachtwoord", werkplaats.id, "10.0.0.3");
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
    expect((await readSession(second.split(";")[0])).user).toBeNull();
  });

  it("refuses a password change with a wrong current password, on that field", async () => {
    const user = await makeUser({ password: "eerste lange wachtwoord" });
    await expectDomainError(
      changePassword(user.id, "niet het wachtwoord", "tweede lange wachtwoord", null, "10.0.0.3"),
      400,
      "account.wrongPassword",
      "currentPassword",
    );
  });
});

describe("password reset", () => {
  it("sends a single-use link valid for one hour that ends every session", async () => {
    const user = await makeUser({ email: "vergeten@example.nl", password: "oude lange zin hier" });
    await startSession(user.id);
    await requestPasswordReset("vergeten@example.nl", werkplaats.id);
    const mail = await lastMailTo("vergeten@example.nl");
    const token = linkFrom(mail!.bodyText).split("/reset-password/")[1]!;
    const [stored] = await db.select().from(emailTokens).where(eq(emailTokens.userId, user.id));
    expect(stored!.tokenHash).not.toContain(token);
    const minutes = (+stored!.expiresAt - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(58);
    expect(minutes).toBeLessThanOrEqual(60);

    await resetPassword(token, "nieuwe lange zin hier", werkplaats.id);
    expect((await logIn("vergeten@example.nl", "nieuwe lange zin hier", "10.2.0.1")).id).toBe(user.id);
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
    await expectDomainError(resetPassword(token, "nog een andere zin", werkplaats.id), 400, "reset.invalid");
  });

  it("refuses an expired link", async () => {
    const user = await makeUser({ email: "te-laat@example.nl" });
    await requestPasswordReset("te-laat@example.nl", null);
    const token = linkFrom((await lastMailTo("te-laat@example.nl"))!.bodyText).split("/reset-password/")[1]!;
    await db
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailTokens.userId, user.id));
    await expectDomainError(resetPassword(token, "nieuwe lange zin hier", null), 400, "reset.invalid");
  });

  it("answers the same for an unknown email: no link, but an email saying there is no account", async () => {
    await requestPasswordReset("onbekend@example.nl", null);
    const mail = await lastMailTo("onbekend@example.nl");
    expect(mail?.kind).toBe("mail.resetUnknown");
    expect(mail?.bodyText).not.toContain("/reset-password/");
  });
});

describe("email change", () => {
  it("changes only after confirmation from the new address, and tells the old one", async () => {
    const user = await makeUser({ email: "oud@example.nl" });
    await requestEmailChange(user.id, "nieuw@example.nl", werkplaats.id);
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]!.email).toBe("oud@example.nl");
    const token = linkFrom((await lastMailTo("nieuw@example.nl"))!.bodyText).split("/account/email/")[1]!;
    expect(await confirmEmailChange(token, werkplaats.id)).toBe("nieuw@example.nl");
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]!.email).toBe("nieuw@example.nl");
    expect((await lastMailTo("oud@example.nl"))?.kind).toBe("mail.emailChanged");
    await expectDomainError(confirmEmailChange(token, null), 400, "account.emailInvalidLink");
  });

  it("answers a taken address like any other, issues no link, and tells the owner of that address", async () => {
    const user = await makeUser();
    await makeUser({ email: "bezet@example.nl" });
    await expect(requestEmailChange(user.id, "bezet@example.nl", null)).resolves.toBeUndefined();
    const tokens = await db
      .select()
      .from(emailTokens)
      .where(and(eq(emailTokens.userId, user.id)));
    expect(tokens).toHaveLength(0);
    expect((await lastMailTo("bezet@example.nl"))?.kind).toBe("mail.emailChangeTaken");
  });
});
