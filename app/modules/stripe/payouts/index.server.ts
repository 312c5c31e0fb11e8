/** Stripe's payouts to the bank: stored from `payout.paid` with their balance transactions, and the manager's page. */
export { payoutsOf } from "./list.server";
export { payoutHandlers } from "./record.server";
