import type { MessageKey } from "~/modules/i18n";
import type { Role } from "~/modules/auth";

/**
 * `jurors`: shown to whoever judges a hackathon whose scoring is open; `to` is the list, completed by
 * the id when there is one. `experts`: shown to whoever has a place on a student team as an expert.
 * `invoiced`: shown besides its roles to whoever was sent an invoice (any role can be invoiced).
 */
export type NavItem = { to: string; label: MessageKey; roles?: Role[]; jurors?: true; experts?: true; invoiced?: true };
/** What the menu knows of the user beyond their roles (from the session's one query). */
export type NavContext = { judging?: readonly string[]; expertTeams?: boolean; invoices?: boolean };
export type NavGroup = { label: MessageKey; items: NavItem[] };
export type NavEntry = NavItem | NavGroup;

export const isGroup = (entry: NavEntry): entry is NavGroup => "items" in entry;

/**
 * The main menu, grouped the way people think of the place: their own workplace, the agenda
 * (rooms, activities, consultation hours) and management. An item without roles is for every
 * logged-in user; everything else is denied by default.
 */
const menu: NavEntry[] = [
  { to: "/", label: "nav.home" },
  {
    label: "nav.group.workplace",
    items: [
      { to: "/membership", label: "nav.membership", roles: ["member"] },
      { to: "/reservations", label: "nav.reservations", roles: ["member"] },
      { to: "/checkin", label: "nav.checkin", roles: ["member"] },
      { to: "/company", label: "nav.company", roles: ["member"] },
      // Members and partners are invoiced for what they are (membership, sponsorship), so they
      // always find the list; anyone else once an invoice was sent to them (a student's training).
      { to: "/invoices", label: "billing.nav.myInvoices", roles: ["member", "partner"], invoiced: true },
      // A partner's contact: what their organisation supports and gives.
      { to: "/partner", label: "partners.home.nav", roles: ["partner"] },
      { to: "/directory", label: "nav.directory", roles: ["member", "staff", "manager"] },
    ],
  },
  {
    // Everything of the Digitale Werkplaats together: a resident asks for help or helps a team as
    // an expert; students and teachers find the experts (the directory shows them nothing else)
    // and the stage-opdrachten; their teams are on the start page.
    label: "workshop.nav.group",
    items: [
      { to: "/intake", label: "workshop.nav.ask", roles: ["member"] },
      // Only for a member on a team (invited, helping or done): to everyone else it was an empty page.
      { to: "/expert", label: "workshop.experts.nav.mine", roles: ["member"], experts: true },
      { to: "/directory", label: "workshop.experts.nav.directory", roles: ["student", "teacher"] },
      { to: "/werkplaats/intake", label: "workshop.nav.intake", roles: ["staff", "manager"] },
      { to: "/werkplaats/trajecten", label: "workshop.nav.trajectories", roles: ["staff", "manager"] },
      { to: "/werkplaats/hackathons", label: "workshop.hackathon.nav", roles: ["staff", "manager"] },
      { to: "/werkplaats/stage-opdrachten", label: "workshop.internship.nav", roles: ["staff", "manager"] },
      { to: "/stage-opdrachten", label: "workshop.internship.nav", roles: ["teacher", "student"] },
      // The manager's workshop pages sit with the workshop, not among the space's and the money's.
      { to: "/admin/experts", label: "workshop.experts.nav.pool", roles: ["manager"] },
      { to: "/admin/impact", label: "impact.nav", roles: ["manager"] },
      // What a partner's support achieves: the figures the werkplaats publishes.
      { to: "/impact", label: "impact.public.title", roles: ["partner"] },
      // Jurors need no role (anyone with an account can be asked), so this follows the jury.
      { to: "/hackathons", label: "workshop.hackathon.navJudging", jurors: true },
    ],
  },
  {
    label: "nav.group.agenda",
    items: [
      { to: "/calendar", label: "nav.calendar", roles: ["member", "staff", "manager"] },
      { to: "/bookings", label: "nav.bookings", roles: ["member", "staff", "manager"] },
      { to: "/events", label: "nav.events" },
      // Booking a talk is what most people come for; publishing one's own hours is the second link.
      { to: "/spreekuur", label: "nav.consultations" },
      { to: "/spreekuur/beheer", label: "nav.myConsultations", roles: ["staff", "manager", "member"] },
    ],
  },
  {
    label: "nav.group.manage",
    items: [
      { to: "/reception", label: "nav.reception", roles: ["staff", "manager"] },
      { to: "/admin/memberships", label: "nav.adminMemberships", roles: ["manager"] },
      { to: "/admin/plans", label: "nav.adminPlans", roles: ["manager"] },
      { to: "/admin/desks", label: "nav.adminDesks", roles: ["manager"] },
      { to: "/admin/floor", label: "desksAdmin.tab.floor", roles: ["manager"] },
      { to: "/admin/occupancy", label: "desksAdmin.tab.occupancy", roles: ["manager"] },
      { to: "/admin/reports", label: "desksAdmin.tab.reports", roles: ["manager"] },
      { to: "/admin/rooms", label: "nav.rooms", roles: ["manager"] },
      { to: "/admin/events", label: "nav.adminEvents", roles: ["staff", "manager"] },
      { to: "/admin/people", label: "nav.people", roles: ["manager"] },
      { to: "/admin/outbox", label: "nav.outbox", roles: ["manager"] },
    ],
  },
  {
    // The money apart from running the space: one list of 22 was too long to scan (and on a
    // phone ran off the screen), and the monthly billing work is a job of its own.
    label: "nav.group.finance",
    items: [
      { to: "/admin/billing", label: "billing.run.nav", roles: ["manager"] },
      { to: "/admin/invoices", label: "billing.nav.invoices", roles: ["manager"] },
      { to: "/admin/receivables", label: "receivables.nav", roles: ["manager"] },
      { to: "/admin/payments", label: "payments.nav.payments", roles: ["manager"] },
      { to: "/admin/billing/payouts", label: "stripe.payouts.nav", roles: ["manager"] },
      { to: "/admin/partners", label: "partners.nav", roles: ["manager"] },
      { to: "/admin/economics", label: "economics.nav", roles: ["manager"] },
      { to: "/admin/billing/export", label: "billing.export.nav", roles: ["manager"] },
      { to: "/admin/billing/settings", label: "billing.nav.settings", roles: ["manager"] },
    ],
  },
];

/** The public pages a visitor without an account moves between, shown in the header. */
export const publicMenu: NavItem[] = [
  { to: "/plans", label: "nav.plans" },
  { to: "/events", label: "nav.events" },
  { to: "/spreekuur", label: "nav.consultations" },
];

const allowed = (item: NavItem, roles: readonly Role[]) => !item.roles || item.roles.some((r) => roles.includes(r));

/**
 * The item as this user sees it, or nothing: a jurors' item links to the hackathon they judge, or to
 * the list when several; an experts' item needs a place on a team besides the role; an invoiced
 * item is there for its roles and for whoever was sent an invoice.
 */
function itemFor(item: NavItem, roles: readonly Role[], { judging = [], expertTeams = false, invoices = false }: NavContext): NavItem[] {
  if (item.experts && !expertTeams) return [];
  if (item.invoiced && invoices) return [item];
  if (item.jurors) {
    if (judging.length === 0) return [];
    return [{ to: judging.length === 1 ? `${item.to}/${judging[0]}` : item.to, label: item.label }];
  }
  return allowed(item, roles) ? [item] : [];
}

/**
 * The menu for these roles and, for a juror, the hackathons they judge (event ids, two at most), for an
 * expert their teams: empty groups disappear, a group with one item becomes that item.
 */
export function navigationFor(roles: readonly Role[], context: NavContext = {}): NavEntry[] {
  return menu.flatMap((entry): NavEntry[] => {
    if (!isGroup(entry)) return itemFor(entry, roles, context);
    const items = entry.items.flatMap((item) => itemFor(item, roles, context));
    if (items.length === 0) return [];
    return items.length === 1 ? items : [{ ...entry, items }];
  });
}

const matches = (to: string, pathname: string) => (to === "/" ? pathname === "/" : pathname === to || pathname.startsWith(`${to}/`));

/**
 * The link of the page we are on: the longest one that matches, so on /spreekuur/beheer it is
 * "Mijn spreekuren", not also "Spreekuur".
 */
export function currentLink(items: readonly NavItem[], pathname: string) {
  return items
    .filter((item) => matches(item.to, pathname))
    .reduce<string | undefined>((best, item) => (!best || item.to.length > best.length ? item.to : best), undefined);
}
