/** The partner side's value lists, owned by the schema (the database enforces them) and offered in forms. */
export {
  agreementForms,
  budgetKinds,
  costKinds,
  incomeKinds,
  inKindKinds,
  instalmentSchedules,
  partnerKinds,
  subsidySources,
  type AgreementForm,
  type BudgetKind,
  type CostKind,
  type InKindKind,
  type InstalmentSchedule,
  type PartnerKind,
  type SubsidySource,
} from "#db/schema/partner-enums";
