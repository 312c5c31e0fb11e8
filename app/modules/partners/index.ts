/** What pages may use of partners (client-safe): the forms' schemas, the value lists, the pure rules. */
export * from "./terms";
export {
  agreementSchema,
  budgetSchema,
  contactSchema,
  costSchema,
  costsFormSchema,
  inKindSchema,
  partnerEditSchema,
  partnerFormSchema,
  partnerSchema,
  impactQuerySchema,
  periodQuerySchema,
  publishSchema,
  subsidySchema,
  type AgreementInput,
  type PartnerInput,
} from "./partners.schema";
export { BENCHMARK, budgetDrill, drillFigures, incomeGroups, type DrillFigure, type IncomeGroup } from "./figures/economics-rules";
export { committedCents, instalmentPlan } from "./agreements/instalment-plan";
export {
  averageOf,
  formatFigure,
  NATIONAL,
  percentOf,
  publishableFigures,
  trendFigures,
  type PublishableFigure,
  type TrendFigure,
  type TrendStep,
} from "./figures/impact-rules";
export type { Period } from "./figures/period";
export {
  activityKinds,
  impactDrills,
  impactSizes,
  impactThemes,
  studentLevels,
  type ActivityKind,
  type ImpactDrill,
  type ImpactFilter,
} from "./figures/impact-filter";
export type { DrillRow } from "./figures/drill-row";
export type { ImpactMark, ImpactRow } from "./figures/impact-row";
