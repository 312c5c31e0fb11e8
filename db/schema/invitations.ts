import { sql } from "drizzle-orm";
import { check, foreignKey, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { companies } from "./companies";
import { roleEnum } from "./roles";
import { werkplaatsen } from "./werkplaats";
import { trajectoryMembers } from "./workshop";

/**
 * What an invitation invites to. Each scope has its own target column (the role, the company);
 * a new scope (a student team, an expert, a partner contact) adds a value here, a nullable target
 * column and its CHECK, not a new table.
 */
export const invitationScopeValues = ["role", "company", "trajectory_member"] as const;
export type InvitationScope = (typeof invitationScopeValues)[number];

/**
 * An emailed invitation: the link proves the address and lets its holder take what the scope
 * offers. Only the token's hash is stored; a token works for its own scope only, once, until
 * it expires or is revoked.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    scope: text("scope", { enum: invitationScopeValues }).notNull(),
    /** Target of scope `role`: the role the invitee gets. */
    role: roleEnum("role"),
    /** Target of scope `company`: the team the invitee joins (of the same werkplaats). */
    companyId: uuid("company_id"),
    /** Target of scope `trajectory_member`: the place on a student team (with its role) the invitee takes. */
    trajectoryMemberId: uuid("trajectory_member_id"),
    email: text("email").notNull(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("invitations_werkplaats_idx").on(t.werkplaatsId, t.createdAt),
    index("invitations_company_idx").on(t.companyId, t.createdAt),
    // The company must be one of this werkplaats: a team invitation cannot cross tenants.
    foreignKey({
      name: "invitations_company_fk",
      columns: [t.companyId, t.werkplaatsId],
      foreignColumns: [companies.id, companies.werkplaatsId],
    }).onDelete("cascade"),
    check("invitations_email_lower", sql`${t.email} = lower(${t.email})`),
    foreignKey({
      name: "invitations_trajectory_member_fk",
      columns: [t.trajectoryMemberId, t.werkplaatsId],
      foreignColumns: [trajectoryMembers.id, trajectoryMembers.werkplaatsId],
    }).onDelete("cascade"),
    check("invitations_scope", sql`${t.scope} in ('role', 'company', 'trajectory_member')`),
    // Exactly the target of its own scope is set, so a row always says what it invites to.
    check("invitations_role_target", sql`(${t.scope} = 'role') = (${t.role} is not null)`),
    check("invitations_company_target", sql`(${t.scope} = 'company') = (${t.companyId} is not null)`),
    check("invitations_trajectory_member_target", sql`(${t.scope} = 'trajectory_member') = (${t.trajectoryMemberId} is not null)`),
  ],
);
