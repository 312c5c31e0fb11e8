import { index, pgEnum, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { werkplaatsen } from "./werkplaats";
import { roleValues } from "./enums";

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
  (t) => [primaryKey({ columns: [t.werkplaatsId, t.userId, t.role] }), index("role_assignments_user_idx").on(t.userId)],
);
