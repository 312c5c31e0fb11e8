/** The words the monthly billing run puts on invoice lines. */
export const nl = {
  "billing.run.membershipMonth": "Abonnement {plan}",
  "billing.run.membershipDays": "Abonnement {plan} ({days} van {daysInMonth} dagen)",
  "billing.run.deposit": "Borg {plan}",
  "billing.run.depositRefund": "Terugbetaling borg {plan}",
};

export const en: Record<keyof typeof nl, string> = {
  "billing.run.membershipMonth": "Membership {plan}",
  "billing.run.membershipDays": "Membership {plan} ({days} of {daysInMonth} days)",
  "billing.run.deposit": "Deposit {plan}",
  "billing.run.depositRefund": "Deposit refund {plan}",
};
