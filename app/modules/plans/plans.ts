import type { PriceAudience } from "~/utils/money";
/** What a plan (abonnement) is and what each kind entitles a member to. Pure: no I/O. */
import { type DeskKind, planKinds } from "#db/schema/enums";

export { planKinds };
export type PlanKind = (typeof planKinds)[number];

export const btwRates = [21, 9, 0] as const;

/** The plan's name in the reader's language. */
export function planName(plan: { nameNl: string; nameEn: string }, locale: "nl" | "en") {
  return locale === "en" ? plan.nameEn : plan.nameNl;
}

export function planDescription(plan: { descriptionNl: string; descriptionEn: string }, locale: "nl" | "en") {
  return locale === "en" ? plan.descriptionEn : plan.descriptionNl;
}

/**
 * Whether a plan's name already says its kind ("10-day card" is a day card): then the kind is
 * not shown beside it, which read as "10-day card (Multi-day card)".
 */
export function nameSaysKind(name: string, kindLabel: string) {
  return name.toLocaleLowerCase().includes(kindLabel.toLocaleLowerCase());
}

/** Fixed desks and private offices are a specific desk: approving one assigns it. */
/** The kind of desk a plan's members get: a desk for a vaste werkplek, an office for an office plan. */
export function deskKindFor(kind: PlanKind): DeskKind {
  return kind === "office" ? "office" : "desk";
}

export function needsDesk(kind: PlanKind) {
  return kind === "fixed" || kind === "office";
}

/** Kinds whose holders reserve a flex spot per day. */
export function usesFlexSpots(kind: PlanKind) {
  return kind === "flex" || kind === "strippenkaart" || kind === "day_pass";
}

/** Kinds billed every month; a day pass and a strippenkaart are paid once. */
export function isRecurring(kind: PlanKind) {
  return kind === "flex" || kind === "fixed" || kind === "office" || kind === "virtual";
}

/** Kinds you become a member with; a day pass is bought per day without membership. */
export function isMembershipKind(kind: PlanKind) {
  return kind !== "day_pass";
}

/** Included meeting-room time is edited in hours (halves allowed) and stored in minutes. */
function minutesToHours(minutes: number) {
  return minutes / 60;
}

type PlanTerms = {
  kind: PlanKind;
  includedRoomMinutes: number;
  accessDaysPerWeek: number | null;
  stripDays: number | null;
  stripValidityMonths: number | null;
  minimumTermMonths: number;
  noticePeriodMonths: number;
  depositCents: number;
};

/** What a plan includes, as dictionary messages (amounts stay cents; the page formats them). */
export function planFacts(plan: PlanTerms): { key: string; vars?: Record<string, string | number> }[] {
  const facts: { key: string; vars?: Record<string, string | number> }[] = [{ key: `plan.includes.${plan.kind}` }];
  if (plan.kind === "strippenkaart")
    facts.push({ key: "plan.includes.strips", vars: { days: plan.stripDays ?? 0, months: plan.stripValidityMonths ?? 0 } });
  if (plan.kind === "flex") {
    facts.push(
      plan.accessDaysPerWeek
        ? { key: plural("plan.includes.accessDays", plan.accessDaysPerWeek), vars: { days: plan.accessDaysPerWeek } }
        : { key: "plan.includes.allDays" },
    );
  }
  if (plan.includedRoomMinutes > 0) {
    const hours = minutesToHours(plan.includedRoomMinutes);
    facts.push({ key: plural("plan.includes.roomHours", hours), vars: { hours: String(hours).replace(".", ",") } });
  }
  if (isRecurring(plan.kind)) {
    facts.push(
      plan.minimumTermMonths > 0
        ? { key: plural("plan.includes.minimumTerm", plan.minimumTermMonths), vars: { months: plan.minimumTermMonths } }
        : { key: "plan.includes.noTerm" },
    );
    facts.push({ key: plural("plan.includes.notice", plan.noticePeriodMonths), vars: { months: plan.noticePeriodMonths } });
  }
  if (plan.depositCents > 0) facts.push({ key: "plan.includes.deposit", vars: { cents: plan.depositCents } });
  return facts;
}

/** The dictionary has "<key>One" for a count of exactly 1 ("1 maand") and "<key>" for the rest ("3 maanden"). */
export function plural(key: string, count: number) {
  return count === 1 ? `${key}One` : key;
}

/**
 * Who a plan's price is shown to, for `shownPrice`: passes and flex desks are bought by people
 * (often consumers), who must see the price incl. BTW; fixed desks, offices and virtual offices
 * are bought by businesses, who compare prices excl. BTW.
 */
export function priceAudience(kind: PlanKind): PriceAudience {
  return kind === "day_pass" || kind === "strippenkaart" || kind === "flex" ? "consumer" : "business";
}

/** The unit the price is per: month, day or card. */
export function priceUnit(kind: PlanKind): "perMonth" | "perDay" | "perCard" {
  return kind === "day_pass" ? "perDay" : kind === "strippenkaart" ? "perCard" : "perMonth";
}
