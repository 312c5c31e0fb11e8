import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { werkplaatsen } from "./werkplaats";
import { roleValues } from "../../app/modules/auth/roles";

export { roleValues };
export const roleEnum = pgEnum("role", roleValues);

/** Which roles a user holds in a werkplaats; one user may hold several. */
export const roleAssignments = pgTable(
  "role_assignments",
  {
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    grantedBy: uuid("granted_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.werkplaatsId, t.userId, t.role] }),
    index("role_assignments_user_idx").on(t.userId),
  ],
);

/** An emailed invitation to take a role; the link lets the invitee set a password. */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: roleEnum("role").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("invitations_werkplaats_idx").on(t.werkplaatsId, t.createdAt),
    check("invitations_email_lower", sql`${t.email} = lower(${t.email})`),
  ],
);
