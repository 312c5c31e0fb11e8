// What the browser and the server may use of plans: client-safe code only, never a .server file.
export {
  btwRates,
  isMembershipKind,
  isRecurring,
  nameSaysKind,
  deskKindFor,
  needsDesk,
  planDescription,
  planFacts,
  type PlanKind,
  planKinds,
  planName,
  plural,
  priceAudience,
  priceUnit,
  usesFlexSpots,
} from "./plans";
export { planActionSchema, planSchema } from "./plans.schema";
