/** The partner side's value lists: the database enforces them, forms offer them. No drizzle here, so pages may import them. */

/** Who finances the werkplaats besides its members: schools, governments, banks, IT firms, funds. */
export const partnerKinds = ["education", "municipality", "province", "bank", "it_firm", "fund", "other"] as const;
export type PartnerKind = (typeof partnerKinds)[number];

/** How an agreement's yearly amount is split over the year. */
export const instalmentSchedules = ["monthly", "quarterly", "yearly", "custom"] as const;
export type InstalmentSchedule = (typeof instalmentSchedules)[number];

/** Cash is invoiced through the ledger; in kind is valued, never invoiced. */
export const agreementForms = ["cash", "in_kind"] as const;
export type AgreementForm = (typeof agreementForms)[number];

export const inKindKinds = ["hours", "room", "goods"] as const;
export type InKindKind = (typeof inKindKinds)[number];

export const subsidySources = ["province", "municipality", "regiodeal", "rif", "eu", "fund"] as const;
export type SubsidySource = (typeof subsidySources)[number];

/** What a location costs per month; `workshop` holds the workshop's own project costs (coordination, materials). */
export const costKinds = ["rent", "service_costs", "energy", "cleaning", "other", "workshop"] as const;
export type CostKind = (typeof costKinds)[number];

/** What a yearly budget line may be about: every cost kind and every income stream. */
export const incomeKinds = ["coworking", "sponsorship_cash", "sponsorship_in_kind", "subsidies"] as const;
export const budgetKinds = [...costKinds, ...incomeKinds] as const;
export type BudgetKind = (typeof budgetKinds)[number];

/** What a partner gets in return at an activity it supports: its name on it, a seat on the jury, the room it lent, or plain support. */
export const supportRoles = ["named_event", "jury_seat", "room_lent", "supported"] as const;
export type SupportRole = (typeof supportRoles)[number];
