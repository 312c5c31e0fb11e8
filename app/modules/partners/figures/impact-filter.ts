import { EVENT_KINDS } from "~/modules/events";
import { organisationSizes, workshopThemes, type OrganisationSize, type WorkshopTheme } from "~/modules/workshop";
import { publishableFigures } from "./impact-rules";

/**
 * What the Impactmonitor can be narrowed to: the activity kinds of the events module, a booked
 * spreekuur, and the workshop's trajectories. An activity kind narrows every figure: reach to
 * visits of that kind, the trajectory figures to nothing unless the kind is "trajectory".
 */
export const activityKinds = [...EVENT_KINDS, "spreekuur", "trajectory"] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** A theme, a target group (size class) and an activity kind; each one left out means all. */
export type ImpactFilter = { theme?: WorkshopTheme; size?: OrganisationSize; kind?: ActivityKind };
export { organisationSizes as impactSizes, workshopThemes as impactThemes };

/** Every Impactmonitor number that opens to the rows it counts: the publishable figures and three more. */
export const impactDrills = [...publishableFigures, "peopleReached", "smesReached", "teamVoice"] as const;
export type ImpactDrill = (typeof impactDrills)[number];

/** A student's level as the figures group it: a member without one is "unknown". */
export const studentLevels = ["mbo", "hbo", "wo", "unknown"] as const;

/**
 * One SME however often it asked: its KvK number (as given, or its member company's), else the
 * asker's email (case and spaces ignored), else the organisation name (likewise). Two intakes or
 * two trajectories of one firm are one SME helped; a visitor of an activity recognised by the
 * same email or KvK number is the same SME reached.
 */
export function smeKey(sme: { kvkNumber: string | null; email: string | null; organisation: string | null }): string | null {
  if (sme.kvkNumber) return `kvk:${sme.kvkNumber}`;
  const email = sme.email?.trim().toLowerCase();
  if (email) return `email:${email}`;
  const name = sme.organisation?.trim().toLowerCase().replace(/\s+/g, " ");
  return name ? `name:${name}` : null;
}

/** Whether a record of a trajectory (its themes and SME's size class) passes the filter. */
export function trajectoryPasses(filter: ImpactFilter, record: { themes: string[]; sizeClass: string }): boolean {
  if (filter.kind && filter.kind !== "trajectory") return false;
  if (filter.theme && !record.themes.includes(filter.theme)) return false;
  return !filter.size || record.sizeClass === filter.size;
}

/** Whether a visit of an activity (its kind, themes and, when known, the SME's size class) passes the filter. */
export function visitPasses(filter: ImpactFilter, visit: { kind: string; themes: string[]; sizeClass: string | null }): boolean {
  if (filter.kind && filter.kind !== visit.kind) return false;
  if (filter.theme && !visit.themes.includes(filter.theme)) return false;
  return !filter.size || visit.sizeClass === filter.size;
}
