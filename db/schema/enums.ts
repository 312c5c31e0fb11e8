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

/** What a fixed desk is: a desk in a shared area (for a vaste werkplek) or a private office. */
export const deskKinds = ["desk", "office"] as const;
export type DeskKind = (typeof deskKinds)[number];

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

/** The ledger: invoice kinds and states, what a line earns, units, BTW categories, how money came in, what the audit records. */
export const invoiceKinds = ["invoice", "credit_note"] as const;
export type InvoiceKind = (typeof invoiceKinds)[number];

/**
 * draft: being written, free to change and delete. issued: numbered and frozen, money still due.
 * paid: settled by payments. credited: settled (wholly or in part) by credit notes rather than money.
 */
export const invoiceStatuses = ["draft", "issued", "paid", "credited"] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

export const revenueKinds = [
  "membership",
  "deposit",
  "room_hours",
  "day_pass",
  "ticket",
  "strippenkaart",
  "one_off",
  "sponsorship",
] as const;
export type RevenueKind = (typeof revenueKinds)[number];

export const unitCodes = ["C62", "HUR", "MON", "DAY"] as const;
export type UnitCode = (typeof unitCodes)[number];

export const btwCategories = ["S", "Z", "E", "AE"] as const;

/** How the accountant's package tells BTW apart: per rate, exempt and reverse charge (verlegd). */
export const btwCodeTreatments = ["21", "9", "0", "exempt", "reverse_charge"] as const;
export type BtwCodeTreatment = (typeof btwCodeTreatments)[number];

export const paymentMethods = ["transfer", "incasso", "pin", "cash", "stripe"] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export const moneyEventKinds = [
  "issued",
  "sent",
  "paid",
  "reminded",
  "collection_costs",
  "credited",
  "exported",
  "payment_reversed",
  "statement_imported",
  "statement_line_ignored",
  "direct_debit_file",
  "stripe_collection",
  "stripe_refund",
] as const;
export type MoneyEventKind = (typeof moneyEventKinds)[number];

export const partyKinds = ["company", "person"] as const;
export type PartyKind = (typeof partyKinds)[number];

/** The Digitale Werkplaats: how large the asking organisation is, and the themes it works on. */
export const organisationSizes = ["zzp", "2-10", "10-50", "50-250", "foundation", "corporate"] as const;
export type OrganisationSize = (typeof organisationSizes)[number];

export const workshopThemes = ["ecommerce", "data", "automation", "cyber_security", "circular_economy", "energy_transition"] as const;
export type WorkshopTheme = (typeof workshopThemes)[number];

/** Where an SME's question stands, from the first form to closing the file. */
export const intakeStages = ["intake", "articulation", "matched", "running", "delivered", "evaluated", "closed"] as const;
export type IntakeStage = (typeof intakeStages)[number];

/** What staff decide to do with a clarified question. */
export const intakeRoutes = [
  "advisory_trajectory",
  "hackathon_challenge",
  "internship_assignment",
  "training_referral",
  "spreekuur",
  "market_referral",
] as const;
export type IntakeRoute = (typeof intakeRoutes)[number];

/** Education levels a student team is drawn from; a team may mix them. */
export const studyLevels = ["mbo", "hbo", "wo"] as const;
export type StudyLevel = (typeof studyLevels)[number];

export const trajectoryStatuses = ["forming", "running", "delivered", "closed"] as const;
export type TrajectoryStatus = (typeof trajectoryStatuses)[number];

export const trajectoryMemberRoles = ["student", "teacher", "coach"] as const;
export type TrajectoryMemberRole = (typeof trajectoryMemberRoles)[number];

export const milestoneKinds = ["kick_off", "interim", "final"] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

/** Staff's verdict on a version of a deliverable; only an accepted one reaches the SME. */
export const deliverableReviews = ["submitted", "accepted", "returned"] as const;
export type DeliverableReview = (typeof deliverableReviews)[number];

/** What a team hands over. */
export const deliverableKinds = ["advice_report", "prototype", "presentation", "other"] as const;
export type DeliverableKind = (typeof deliverableKinds)[number];

export const evaluationRespondents = ["sme", "student", "teacher"] as const;
export type EvaluationRespondent = (typeof evaluationRespondents)[number];

/** What an SME did with the advice, asked three months after delivery (and planned at evaluation). */
export const followUpSteps = ["implemented_advice", "hired_market_party", "followed_training", "nothing_yet"] as const;
export type FollowUpStep = (typeof followUpSteps)[number];

/** An expert's place on a trajectory: asked, said yes, said no, or done. */
export const trajectoryExpertStatuses = ["invited", "accepted", "declined", "ended"] as const;
export type TrajectoryExpertStatus = (typeof trajectoryExpertStatuses)[number];

/** What a hackathon jury scores each team on. */
export const juryCriteria = ["idea", "impact", "feasibility", "presentation"] as const;
export type JuryCriterion = (typeof juryCriteria)[number];

/** A stage-opdracht's pay-what-you-want fee: still to pay, paid (through the payment rail), or waived by staff. */
export const internshipFeeStatuses = ["open", "paid", "waived"] as const;
export type InternshipFeeStatus = (typeof internshipFeeStatuses)[number];
