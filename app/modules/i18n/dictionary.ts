import * as common from "./common-messages";
import * as auth from "~/modules/auth/messages";
import * as verification from "~/modules/auth/verification-messages";
import * as calendar from "~/modules/calendar/messages";
import * as companies from "~/modules/companies/messages";
import * as consultations from "~/modules/consultations/messages";
import * as dashboard from "~/modules/dashboard/messages";
import * as desks from "~/modules/desks/messages";
import * as directory from "~/modules/directory/messages";
import * as events from "~/modules/events/messages";
import * as eventAdmin from "~/modules/events/admin-messages";
import * as eventRegistrations from "~/modules/events/registration-messages";
import * as ticketCheckout from "~/modules/events/checkout-messages";
import * as paymentRequests from "~/modules/billing/checkout/messages";
import * as stripePurchases from "~/modules/stripe/purchases/messages";
import * as stripeAccount from "~/modules/stripe/account/messages";
import * as stripePayouts from "~/modules/stripe/payouts/messages";
import * as invitations from "~/modules/invitations/messages";
import * as memberships from "~/modules/memberships/messages";
import * as membershipPages from "~/modules/memberships/page-messages";
import * as notifications from "~/modules/notifications/messages";
import * as plans from "~/modules/plans/messages";
import * as presence from "~/modules/presence/messages";
import * as dayPassCheckout from "~/modules/presence/checkout-messages";
import * as rateLimits from "~/modules/rate-limits/messages";
import * as reporting from "~/modules/reporting/messages";
import * as rooms from "~/modules/rooms/messages";
import * as bookings from "~/modules/rooms/booking-messages";
import * as werkplaats from "~/modules/werkplaats/messages";
import * as invoiceDocument from "~/modules/billing/documents/messages";
import * as billingRun from "~/modules/billing/run/messages";
import * as billingExport from "~/modules/billing/export/messages";
import * as billingSales from "~/modules/billing/sales/messages";
import * as payments from "~/modules/payments/messages";
import * as billing from "~/modules/billing/messages";
import * as billingSending from "~/modules/billing/sending/messages";
import * as receivables from "~/modules/billing/receivables/messages";
import * as workshop from "~/modules/workshop/messages";
import * as workshopExperts from "~/modules/workshop/experts/messages";
import * as stripe from "~/modules/stripe/messages";
import * as stripeCollections from "~/modules/stripe/collections/messages";
import * as stripeRefunds from "~/modules/stripe/refunds/messages";
import * as partnerAgreements from "~/modules/partners/agreements/messages";
import * as partnerCosts from "~/modules/partners/costs/messages";
import * as partnerFigures from "~/modules/partners/figures/messages";
import * as impactView from "~/modules/partners/figures/impact-view-messages";
import * as partnerReport from "~/modules/partners/report/messages";
import * as workshopTrajectories from "~/modules/workshop/trajectories/messages";
import * as workshopHackathons from "~/modules/workshop/hackathons/messages";
import * as workshopInternships from "~/modules/workshop/internships/messages";
import * as workshopHome from "~/modules/workshop/home-messages";
import * as workshopDeliverables from "~/modules/workshop/deliverables/messages";
import * as workshopHours from "~/modules/workshop/hours/messages";
import * as workshopEvaluations from "~/modules/workshop/evaluations/messages";
import type { Locale } from "./locales";

// Each module owns its words in <module>/messages.ts (large ones split into <part>-messages.ts):
// the Dutch source and the English translation side by side, the English typed
// Record<keyof typeof nl, string>, so a missing key fails the type check. Words no single module
// owns (the shell, buttons, weekdays, error pages) are in common-messages.ts. This file only
// merges them; one line per file in each half.
const nl = {
  ...common.nl,
  ...dashboard.nl,
  ...auth.nl,
  ...verification.nl,
  ...invitations.nl,
  ...notifications.nl,
  ...werkplaats.nl,
  ...plans.nl,
  ...memberships.nl,
  ...membershipPages.nl,
  ...companies.nl,
  ...desks.nl,
  ...presence.nl,
  ...dayPassCheckout.nl,
  ...reporting.nl,
  ...directory.nl,
  ...rooms.nl,
  ...bookings.nl,
  ...calendar.nl,
  ...events.nl,
  ...ticketCheckout.nl,
  ...paymentRequests.nl,
  ...stripePurchases.nl,
  ...stripeAccount.nl,
  ...stripePayouts.nl,
  ...eventAdmin.nl,
  ...eventRegistrations.nl,
  ...consultations.nl,
  ...rateLimits.nl,
  ...invoiceDocument.nl,
  ...billingRun.nl,
  ...billingExport.nl,
  ...billingSales.nl,
  ...payments.nl,
  ...billing.nl,
  ...billingSending.nl,
  ...receivables.nl,
  ...workshop.nl,
  ...workshopExperts.nl,
  ...stripe.nl,
  ...stripeCollections.nl,
  ...stripeRefunds.nl,
  ...partnerAgreements.nl,
  ...partnerCosts.nl,
  ...partnerFigures.nl,
  ...impactView.nl,
  ...partnerReport.nl,
  ...workshopTrajectories.nl,
  ...workshopHackathons.nl,
  ...workshopInternships.nl,
  ...workshopHome.nl,
  ...workshopDeliverables.nl,
  ...workshopHours.nl,
  ...workshopEvaluations.nl,
};
const en: Record<keyof typeof nl, string> = {
  ...common.en,
  ...dashboard.en,
  ...auth.en,
  ...verification.en,
  ...invitations.en,
  ...notifications.en,
  ...werkplaats.en,
  ...plans.en,
  ...memberships.en,
  ...membershipPages.en,
  ...companies.en,
  ...desks.en,
  ...presence.en,
  ...dayPassCheckout.en,
  ...reporting.en,
  ...directory.en,
  ...rooms.en,
  ...bookings.en,
  ...calendar.en,
  ...events.en,
  ...ticketCheckout.en,
  ...paymentRequests.en,
  ...stripePurchases.en,
  ...stripeAccount.en,
  ...stripePayouts.en,
  ...eventAdmin.en,
  ...eventRegistrations.en,
  ...consultations.en,
  ...rateLimits.en,
  ...invoiceDocument.en,
  ...billingRun.en,
  ...billingExport.en,
  ...billingSales.en,
  ...payments.en,
  ...billing.en,
  ...billingSending.en,
  ...receivables.en,
  ...workshop.en,
  ...workshopExperts.en,
  ...stripe.en,
  ...stripeCollections.en,
  ...stripeRefunds.en,
  ...partnerAgreements.en,
  ...partnerCosts.en,
  ...partnerFigures.en,
  ...impactView.en,
  ...partnerReport.en,
  ...workshopTrajectories.en,
  ...workshopHackathons.en,
  ...workshopInternships.en,
  ...workshopHome.en,
  ...workshopDeliverables.en,
  ...workshopHours.en,
  ...workshopEvaluations.en,
};

export type MessageKey = keyof typeof nl;
/**
 * Both languages, for the server (pages, mails, PDFs in the reader's language). The browser never
 * imports this file: it gets one language per visit as a script (see browser-tables.ts).
 */
export const dictionaries: Record<Locale, Record<MessageKey, string>> = { nl, en };
