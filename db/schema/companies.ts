import { sql } from "drizzle-orm";
import { check, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { werkplaatsen } from "./werkplaats";

/** A member's business: who is invoiced. A zzp'er without a company is billed in their own name. */
export const companies = pgTable(
  "companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kvkNumber: text("kvk_number").notNull(),
    /** Normalised: upper case, no spaces. Null for a business without one. */
    btwId: text("btw_id"),
    street: text("street").notNull(),
    postalCode: text("postal_code").notNull(),
    city: text("city").notNull(),
    billingEmail: text("billing_email").notNull(),
    /** Normalised: upper case, no spaces. */
    iban: text("iban"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("companies_kvk_key").on(t.werkplaatsId, t.kvkNumber),
    // Lets rows that name a company and a werkplaats prove, by foreign key, that the two belong together.
    unique("companies_id_werkplaats_key").on(t.id, t.werkplaatsId),
    check("companies_kvk_format", sql`${t.kvkNumber} ~ '^[0-9]{8}$'`),
    check("companies_btw_format", sql`${t.btwId} is null or ${t.btwId} ~ '^[A-Z]{2}[0-9A-Z+*]{2,13}$'`),
    check("companies_iban_format", sql`${t.iban} is null or ${t.iban} ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'`),
  ],
);

/** Who belongs to a company; one owner at least. A person is in at most one company per werkplaats. */
export const companyMembers = pgTable(
  "company_members",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    role: text("role").notNull().default("member"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.userId] }),
    uniqueIndex("company_members_one_company").on(t.werkplaatsId, t.userId),
    check("company_members_role", sql`${t.role} in ('owner', 'member')`),
  ],
);

export type CompanyRow = typeof companies.$inferSelect;
export type NewCompanyRow = typeof companies.$inferInsert;
