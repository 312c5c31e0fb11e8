import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { internshipFeeStatuses } from "./enums";
import { werkplaatsen } from "./werkplaats";
import { workshopIntakes } from "./workshop";

/**
 * A stage-opdracht: an ad-hoc assignment for one student, with a pay-what-you-want fee (a
 * minimum and a suggested amount, in cents). The fee's status is the seam with the payment rail:
 * it marks the fee paid (with the amount); staff may waive it instead, with a reason.
 */
export const internshipAssignments = pgTable(
  "internship_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    /** The intake it came from (route internship_assignment); same werkplaats, checked by the module. */
    intakeId: uuid("intake_id").references(() => workshopIntakes.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    description: text("description").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    feeMinimumCents: integer("fee_minimum_cents").notNull(),
    feeSuggestedCents: integer("fee_suggested_cents").notNull(),
    feeStatus: text("fee_status", { enum: internshipFeeStatuses }).notNull().default("open"),
    feePaidCents: integer("fee_paid_cents"),
    feeWaivedBy: uuid("fee_waived_by").references(() => users.id, { onDelete: "set null" }),
    feeWaivedReason: text("fee_waived_reason"),
    studentId: uuid("student_id").references(() => users.id, { onDelete: "set null" }),
    matchedAt: timestamp("matched_at", { withTimezone: true }),
    /** The teacher (or staff member) who claimed the assignment for the student. */
    claimedBy: uuid("claimed_by").references(() => users.id, { onDelete: "set null" }),
    /** Set when staff mark the work handed over; the SME is then asked to pay what it wants. */
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("internship_assignments_werkplaats_idx").on(t.werkplaatsId, t.startsOn),
    index("internship_assignments_student_idx").on(t.studentId),
    check("internship_assignments_period", sql`${t.startsOn} <= ${t.endsOn}`),
    check("internship_assignments_fee", sql`${t.feeMinimumCents} >= 0 and ${t.feeSuggestedCents} >= ${t.feeMinimumCents}`),
    check("internship_assignments_fee_status", sql`${t.feeStatus} in ('open', 'paid', 'waived')`),
    check(
      "internship_assignments_paid",
      sql`(${t.feeStatus} = 'paid') = (${t.feePaidCents} is not null) and coalesce(${t.feePaidCents}, ${t.feeMinimumCents}) >= ${t.feeMinimumCents}`,
    ),
    check("internship_assignments_waived", sql`(${t.feeStatus} = 'waived') = (${t.feeWaivedReason} is not null)`),
    check("internship_assignments_matched", sql`(${t.studentId} is null) = (${t.matchedAt} is null)`),
  ],
);
