// Receivables on the server: the debtors list, reminders and their schedule, collection costs, the audit trail.
export { receivablesPage, type PartyStanding } from "./receivables.server";
export { sendDueReminders, sendReminder } from "./reminders.server";
export { reminderScheduleOf, saveReminderSchedule } from "./schedule-settings.server";
export { chargeCollectionCosts } from "./collection-costs.server";
export { moneyEventsPage } from "./audit-trail.server";
export { openInvoicesOfMember } from "./member-summary.server";
