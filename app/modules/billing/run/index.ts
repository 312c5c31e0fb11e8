/** The monthly billing run's rules, for the ledger that issues what they yield. */
export {
  isBillingMonth,
  membershipLines,
  monthPeriod,
  type BillingMonth,
  type LineDraft,
  type MembershipForBilling,
  type PlanForBilling,
} from "./membership-lines";
export { runActionSchema, runMonthQuerySchema, type RunAction } from "./run.schema";
