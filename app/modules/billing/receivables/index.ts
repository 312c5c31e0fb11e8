// Receivables rules that need no database (aging, the WIK staffel, the reminder schedule) and the forms.
export { agingBucket, agingBuckets, agingOf, daysPastDue, type AgingBucket } from "./aging";
export { collectionCostsCents, MAX_COLLECTION_COSTS_CENTS, MIN_COLLECTION_COSTS_CENTS } from "./collection-costs";
export {
  DEFAULT_REMINDER_SCHEDULE,
  FOURTEEN_DAY_TERM,
  isConsumer,
  nextReminderOn,
  payByOf,
  stepKind,
  type ReminderSchedule,
  type ReminderStep,
} from "./schedule";
export { receivablesFilterSchema, receivablesFormSchema, auditFilterSchema } from "./receivables.schema";
