import type { MessageKey } from "~/modules/i18n/dictionary";
import type { Role } from "~/modules/auth/roles";

export type NavItem = { to: string; label: MessageKey; roles?: Role[] };

/** The main menu; an item without roles is for every logged-in user. Deny by default. */
const items: NavItem[] = [
  { to: "/", label: "nav.home" },
  { to: "/admin/people", label: "nav.people", roles: ["manager"] },
  { to: "/admin/outbox", label: "nav.outbox", roles: ["manager"] },
];

export function navigationFor(roles: readonly Role[]): NavItem[] {
  return items.filter((item) => !item.roles || item.roles.some((r) => roles.includes(r)));
}
