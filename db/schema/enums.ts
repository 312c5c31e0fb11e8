/**
 * Value lists that the database enforces (enum types and check constraints) and the app offers in
 * forms. They live here so that db/schema imports nothing from app/; the app re-exports them from
 * the module that owns the concept.
 */

/** The roles a user can hold in a werkplaats. */
export const roleValues = ["manager", "staff", "member", "student", "teacher", "partner"] as const;

/** What a plan (abonnement) is: a kind of desk, an office, an address, a day or a card of days. */
export const planKinds = ["flex", "fixed", "office", "virtual", "day_pass", "strippenkaart"] as const;
