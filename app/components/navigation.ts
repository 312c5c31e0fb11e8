import type { MessageKey } from "~/modules/i18n/dictionary";
import type { Role } from "~/modules/auth/roles";

export type NavItem = { to: string; label: MessageKey; roles?: Role[] };

/** The main menu; an item without roles is for every logged-in user. Deny by default. */
const items: NavItem[] = [
  { to: "/", label: "nav.home" },
  { to: "/membership", label: "nav.membership", roles: ["member"] },
  { to: "/reservations", label: "nav.reservations", roles: ["member"] },
  { to: "/checkin", label: "nav.checkin", roles: ["member"] },
  { to: "/company", label: "nav.company", roles: ["member"] },
  { to: "/admin/memberships", label: "nav.adminMemberships", roles: ["manager"] },
  { to: "/admin/plans", label: "nav.adminPlans", roles: ["manager"] },
  { to: "/admin/desks", label: "nav.adminDesks", roles: ["manager"] },
  { to: "/reception", label: "nav.reception", roles: ["staff", "manager"] },
  { to: "/directory", label: "nav.directory", roles: ["member", "staff", "manager"] },
  { to: "/calendar", label: "nav.calendar", roles: ["member", "staff", "manager"] },
  { to: "/bookings", label: "nav.bookings", roles: ["member", "staff", "manager"] },
  { to: "/events", label: "nav.events" },
  { to: "/admin/events", label: "nav.adminEvents", roles: ["staff", "manager"] },
  { to: "/spreekuur/beheer", label: "nav.consultations", roles: ["staff", "manager", "member"] },
  { to: "/admin/rooms", label: "nav.rooms", roles: ["manager"] },
  { to: "/admin/people", label: "nav.people", roles: ["manager"] },
  { to: "/admin/outbox", label: "nav.outbox", roles: ["manager"] },
];

export function navigationFor(roles: readonly Role[]): NavItem[] {
  return items.filter((item) => !item.roles || item.roles.some((r) => roles.includes(r)));
}
