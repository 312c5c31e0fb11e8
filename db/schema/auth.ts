import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** A person with an account. Accounts are global; roles are per werkplaats. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    passwordHash: text("password_hash"),
    name: text("name").notNull(),
    phone: text("phone"),
    locale: text("locale").notNull().default("nl"),
    termsAcceptedAt: timestamp("terms_accepted_at", { withTimezone: true }),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    /**
     * When the owner proved the address (a verification, reset or invitation link). Null means
     * anyone could have typed it in: such an account gains nothing (no roles, memberships, passes).
     */
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    // Emails are stored lower-cased so the unique index is case-insensitive.
    check("users_email_lower", sql`${t.email} = lower(${t.email})`),
    check("users_locale", sql`${t.locale} in ('nl', 'en')`),
  ],
);

/** Lucia sessions. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Single-use tokens sent by email: password reset, email change and address verification.
 * Only the SHA-256 of the token is stored, so a database leak gives no working links; a token
 * works only for the purpose it was issued for.
 */
export const emailTokens = pgTable(
  "email_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    purpose: text("purpose").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    newEmail: text("new_email"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("email_tokens_user_idx").on(t.userId),
    check("email_tokens_purpose", sql`${t.purpose} in ('password_reset', 'email_change', 'email_verify')`),
    check("email_tokens_new_email", sql`(${t.purpose} = 'email_change') = (${t.newEmail} is not null)`),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
