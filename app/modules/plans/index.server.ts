// What other modules and routes may use of plans on the server (with everything in index.ts).
export {
  applicablePlans,
  createPlan,
  dayPassPlan,
  getPlan,
  listPlans,
  offerablePlans,
  publicPlans,
  publicPlansVersion,
  setPlanArchived,
  updatePlan,
} from "./plans.server";
export * from "./index";
