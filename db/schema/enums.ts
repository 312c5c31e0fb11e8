/**
 * Value lists that the database enforces (enum types and check constraints) and the app offers in
 * forms. They live here so that db/schema imports nothing from app/; the app re-exports them from
 * the module that owns the concept.
 */

/** The roles a user can hold in a werkplaats. */
export const roleValues = ["manager", "staff", "member", "student", "teacher", "partner"] as const;

/** What a plan (abonnement) is: a kind of desk, an office, an address, a day or a card of days. */
export const planKinds = ["flex", "fixed", "office", "virtual", "day_pass", "strippenkaart"] as const;
export type PlanKind = (typeof planKinds)[number];

/** The decision stored on a membership; what it means today (upcoming, paused, ended) is computed. */
export const membershipStatuses = ["pending", "active", "declined", "withdrawn"] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

/** What the history of a membership records. */
export const membershipEventKinds = [
  "applied",
  "approved",
  "declined",
  "withdrawn",
  "plan_changed",
  "paused",
  "cancelled",
  "desk_assigned",
  "desk_ended",
] as const;
export type MembershipEventKind = (typeof membershipEventKinds)[number];
