/** What other modules and routes may use of partners (server side). */
export {
  contactsOfPartner,
  createPartner,
  invitePartnerContact,
  listPartners,
  MAX_LOGO_BYTES,
  partnerById,
  partnersOfContact,
  partnerLogo,
  savePartnerLogo,
  updatePartner,
  type Partner,
} from "./agreements/partners.server";
export { agreementsOfPartner, createAgreement, partnersOverview } from "./agreements/agreements.server";
export {
  activitiesOfAgreements,
  linkableActivities,
  linkActivity,
  supportersOfEvent,
  unlinkActivity,
  type SupportedActivity,
} from "./agreements/agreement-activities.server";
export { partnerHome, partnersOfPerson } from "./agreements/partner-home.server";
export { instalmentChargeKey, invoiceDueInstalments } from "./agreements/instalment-invoicing.server";
export {
  budgetOf,
  inKindList,
  locationCostList,
  partnerSettingsOf,
  recordInKind,
  recordSubsidy,
  saveBudgetLine,
  saveLocationCost,
  savePartnerSettings,
  subsidyList,
} from "./costs/costs.server";
export { financingOf } from "./costs/financing.server";
export { remindSubsidyDeadlines } from "./costs/subsidy-reminders.server";
export { economicsOf, costRows, inKindRows, ledgerRows, subsidyRows, type Economics } from "./figures/economics.server";
export { periodOf } from "./figures/period";
export { economicsRows } from "./figures/drill.server";
export { impactOf, publicImpact, publicImpactVersion, type Impact } from "./figures/impact.server";
export { impactTrend, type ImpactTrend } from "./figures/impact-trend.server";
export { impactWithRows } from "./figures/impact-drill.server";
export { coworkingKinds } from "./figures/economics-rules";
export { impactCsv, impactReport } from "./report/report.server";
export { impactReportPdf } from "./report/report-pdf.server";
export * from "./index";
