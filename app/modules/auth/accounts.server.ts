import { eq, sql } from "drizzle-orm";
import { sessions, users, type UserRow } from "#db/schema";
import type { Locale } from "~/modules/i18n";
import { enqueueMail } from "~/modules/notifications/index.server";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, invalid, isDomainError } from "~/utils/errors";
import { consumeEmailToken, findUsableEmailToken, issueEmailToken, retireEmailTokens } from "./email-tokens.server";
import { burnVerifyTime, hashPassword, verifyPassword } from "./password-hash.server";
import { endAllSessions } from "./session.server";
import { throttledPasswordCheck } from "./throttle.server";

export async function findUserByEmail(email: string, tx: Executor = db) {
  const [user] = await tx.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return user;
}

export async function getUser(id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}

type NewAccount = { name: string; email: string; password: string; locale: Locale };

/**
 * Inserts a user; a taken email is a 409 on the email field. `verified` only when the address
 * is proven (an invitation link) or vouched for (set-up by the first manager).
 */
export async function insertUser(tx: Executor, account: NewAccount & { termsAccepted: boolean; verified: boolean }) {
  const passwordHash = await hashPassword(account.password);
  try {
    const [user] = await tx
      .insert(users)
      .values({
        name: account.name,
        email: account.email.toLowerCase(),
        passwordHash,
        locale: account.locale,
        termsAcceptedAt: account.termsAccepted ? new Date() : null,
        emailVerifiedAt: account.verified ? new Date() : null,
      })
      .returning();
    return user!;
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("signup.emailTaken", undefined, "email");
    throw error;
  }
}

/**
 * Signs up without saying whether the address is known: a new address gets an unverified
 * account and a link to confirm it; a known address gets an email telling its owner that
 * someone tried (log in or reset). Both take a password hash, so they also take the same time.
 */
export async function signUp(account: NewAccount, werkplaats: { id: string; name: string }, next = "/") {
  const existing = await findUserByEmail(account.email);
  if (existing) {
    await hashPassword(account.password);
    await mailSignupAttempt(db, existing, werkplaats);
    return;
  }
  try {
    await db.transaction(async (tx) => {
      const user = await insertUser(tx, { ...account, termsAccepted: true, verified: false });
      await mailVerificationLink(tx, user, werkplaats, next);
    });
  } catch (error) {
    // Someone signed up with the same address a moment earlier: answer as for a known address.
    if (!isDomainError(error) || error.key !== "signup.emailTaken") throw error;
    const raced = await findUserByEmail(account.email);
    if (raced) await mailSignupAttempt(db, raced, werkplaats);
  }
}

function mailSignupAttempt(tx: Executor, user: UserRow, werkplaats: { id: string; name: string }) {
  return enqueueMail(tx, {
    werkplaatsId: werkplaats.id,
    to: user.email,
    locale: user.locale as Locale,
    template: "mail.signupExisting",
    vars: { name: user.name, werkplaats: werkplaats.name, loginLink: `${appUrl()}/login`, resetLink: `${appUrl()}/forgot-password` },
  });
}

/** `next`: a local path to continue at once the address is confirmed (e.g. the application). */
async function mailVerificationLink(tx: Executor, user: UserRow, werkplaats: { id: string | null; name: string }, next = "/") {
  const token = await issueEmailToken(tx, "email_verify", user.id);
  const query = next === "/" ? "" : `?redirectTo=${encodeURIComponent(next)}`;
  await enqueueMail(tx, {
    werkplaatsId: werkplaats.id,
    to: user.email,
    locale: user.locale as Locale,
    template: "mail.verify",
    vars: { name: user.name, werkplaats: werkplaats.name, link: `${appUrl()}/verify-email/${token}${query}` },
  });
}

/** "Send the link again": a fresh verification link; earlier ones stop working. */
export async function resendVerificationLink(userId: string, werkplaats: { id: string; name: string } | null) {
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!user || user.emailVerifiedAt) return;
    await retireEmailTokens(tx, user.id, "email_verify");
    await mailVerificationLink(tx, user, { id: werkplaats?.id ?? null, name: werkplaats?.name ?? "Werkplaats" });
  });
}

/** Who a verification link is for, while it can still be used (for its page). */
export async function verificationLinkOwner(token: string) {
  const row = await findUsableEmailToken(token, "email_verify");
  if (!row) return undefined;
  const user = await getUser(row.userId);
  return user ? { id: user.id, email: user.email } : undefined;
}

/**
 * The owner opened the link while logged in to the account: the address is proven and the
 * password they chose at sign-up stays. Anyone else must choose a new password instead.
 */
export async function verifyEmail(token: string, currentUserId: string) {
  await db.transaction(async (tx) => {
    const consumed = await consumeEmailToken(tx, token, "email_verify");
    if (!consumed) throw invalid("verify.invalid");
    if (consumed.userId !== currentUserId) throw invalid("verify.otherAccount");
    await markEmailVerified(tx, consumed.userId);
  });
}

export async function markEmailVerified(tx: Executor, userId: string) {
  const [user] = await tx
    .update(users)
    .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning();
  return user!;
}

/**
 * Sets a new password for an account whose address was just proven by a link. Whoever chose the
 * old password may have typed in someone else's address: the old password, every session and
 * every other open link of the account go, and the address counts as verified from now on.
 * Sessions are deleted in the same transaction, so none outlives the change.
 */
export async function replacePasswordOfProvenAddress(tx: Executor, userId: string, passwordHash: string) {
  const [user] = await tx
    .update(users)
    .set({
      passwordHash,
      passwordChangedAt: sql`now()`,
      emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
      updatedAt: sql`now()`,
    })
    .where(eq(users.id, userId))
    .returning();
  await retireEmailTokens(tx, userId);
  await tx.delete(sessions).where(eq(sessions.userId, userId));
  return user!;
}

/**
 * Checks the credentials, throttled per account and per IP. Unknown email and wrong password
 * get the same message and take the same time.
 */
export async function logIn(email: string, password: string, ip: string) {
  const user = await findUserByEmail(email);
  const ok = await throttledPasswordCheck(email, ip, async () => {
    if (user?.passwordHash) return verifyPassword(user.passwordHash, password);
    await burnVerifyTime(password);
    return false;
  });
  if (!ok || !user) throw invalid("login.failed");
  return user;
}

/**
 * Always answers the same. A known address gets a reset link; an unknown one an email saying
 * that there is no account with it (so its owner knows what happened and can sign up).
 */
export async function requestPasswordReset(email: string, werkplaatsId: string | null) {
  const user = await findUserByEmail(email);
  await db.transaction(async (tx) => {
    if (!user) {
      await enqueueMail(tx, {
        werkplaatsId,
        to: email.toLowerCase(),
        locale: "nl",
        template: "mail.resetUnknown",
        vars: { email: email.toLowerCase(), link: `${appUrl()}/signup` },
      });
      return;
    }
    const token = await issueEmailToken(tx, "password_reset", user.id);
    await enqueueMail(tx, {
      werkplaatsId,
      to: user.email,
      locale: user.locale as Locale,
      template: "mail.reset",
      vars: { name: user.name, link: `${appUrl()}/reset-password/${token}` },
    });
  });
}

export async function isResetTokenUsable(token: string) {
  return Boolean(await findUsableEmailToken(token, "password_reset"));
}

/** A reset link proves the address too: the account counts as verified afterwards. */
export async function resetPassword(token: string, password: string, werkplaatsId: string | null) {
  return setPasswordFromLink(token, "password_reset", password, werkplaatsId, "reset.invalid");
}

/**
 * Someone opened a verification link without being logged in to the account (it may not be the
 * one who signed up): they choose the password, and whoever typed the address in is out.
 */
export async function claimAccount(token: string, password: string, werkplaatsId: string | null) {
  return setPasswordFromLink(token, "email_verify", password, werkplaatsId, "verify.invalid");
}

async function setPasswordFromLink(
  token: string,
  purpose: "password_reset" | "email_verify",
  password: string,
  werkplaatsId: string | null,
  invalidKey: string,
) {
  const passwordHash = await hashPassword(password);
  const user = await db.transaction(async (tx) => {
    const consumed = await consumeEmailToken(tx, token, purpose);
    if (!consumed) throw invalid(invalidKey);
    const user = await replacePasswordOfProvenAddress(tx, consumed.userId, passwordHash);
    await enqueuePasswordChanged(tx, user, werkplaatsId);
    return user;
  });
  await endAllSessions(user.id);
  return user;
}

function enqueuePasswordChanged(tx: Executor, user: UserRow, werkplaatsId: string | null) {
  return enqueueMail(tx, {
    werkplaatsId,
    to: user.email,
    locale: user.locale as Locale,
    template: "mail.passwordChanged",
    vars: { name: user.name, link: `${appUrl()}/forgot-password` },
  });
}

/**
 * Changes the password after checking the current one, throttled like a login (a stolen session
 * must not become a password oracle); every session of the user ends and every link sent
 * before (reset, email change) stops working.
 */
export async function changePassword(userId: string, current: string, next: string, werkplaatsId: string | null, ip: string) {
  const user = await getUser(userId);
  const hash = user?.passwordHash;
  if (!user || !hash || !(await throttledPasswordCheck(user.email, ip, () => verifyPassword(hash, current)))) {
    throw invalid("account.wrongPassword", undefined, "currentPassword");
  }
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(users.id, userId));
    await retireEmailTokens(tx, userId, "password_reset");
    await retireEmailTokens(tx, userId, "email_change");
    await enqueuePasswordChanged(tx, user, werkplaatsId);
  });
  await endAllSessions(userId);
}

export async function updateProfile(userId: string, profile: { name: string; phone?: string; locale: Locale }) {
  await db
    .update(users)
    .set({ name: profile.name, phone: profile.phone ?? null, locale: profile.locale, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

export async function setLocale(userId: string, locale: Locale) {
  await db.update(users).set({ locale, updatedAt: sql`now()` }).where(eq(users.id, userId));
}

/**
 * Sends a confirmation link to the new address; nothing changes until it is used. An address
 * that already has an account gets an email saying so instead, and the answer is the same, so
 * this form does not tell anyone which addresses have an account.
 */
export async function requestEmailChange(userId: string, newEmail: string, werkplaatsId: string | null) {
  const user = await getUser(userId);
  if (!user) throw invalid("errors.invalid");
  if (user.email === newEmail) throw invalid("account.emailSame", undefined, "email");
  const owner = await findUserByEmail(newEmail);
  if (owner) {
    await enqueueMail(db, {
      werkplaatsId,
      to: owner.email,
      locale: owner.locale as Locale,
      template: "mail.emailChangeTaken",
      vars: { name: owner.name, link: `${appUrl()}/forgot-password` },
    });
    return;
  }
  await db.transaction(async (tx) => {
    const token = await issueEmailToken(tx, "email_change", userId, newEmail);
    await enqueueMail(tx, {
      werkplaatsId,
      to: newEmail,
      locale: user.locale as Locale,
      template: "mail.emailChange",
      vars: { name: user.name, email: newEmail, link: `${appUrl()}/account/email/${token}` },
    });
  });
}

export async function confirmEmailChange(token: string, werkplaatsId: string | null) {
  return db.transaction(async (tx) => {
    const consumed = await consumeEmailToken(tx, token, "email_change");
    if (!consumed?.newEmail) throw invalid("account.emailInvalidLink");
    const [before] = await tx.select().from(users).where(eq(users.id, consumed.userId));
    try {
      // The link reached the new address, so that address is proven.
      await tx
        .update(users)
        .set({ email: consumed.newEmail, emailVerifiedAt: sql`now()`, updatedAt: sql`now()` })
        .where(eq(users.id, consumed.userId));
    } catch (error) {
      if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("signup.emailTaken");
      throw error;
    }
    // The old address hears about it, in case the change was not theirs.
    await enqueueMail(tx, {
      werkplaatsId,
      to: before!.email,
      locale: before!.locale as Locale,
      template: "mail.emailChanged",
      vars: { name: before!.name, email: consumed.newEmail },
    });
    return consumed.newEmail;
  });
}
