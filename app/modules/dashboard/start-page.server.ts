import type { Role } from "~/modules/auth";
import { countPeople } from "~/modules/auth/index.server";
import { countOpenInvitations } from "~/modules/invitations/index.server";
import type { Locale } from "~/modules/i18n";
import { openInvoicesOfMember } from "~/modules/billing/index.server";
import { memberHome, spaceFigures } from "./member-home.server";
import { outboxCounts } from "~/modules/notifications/index.server";
import { roomsAndEventsDashboard } from "~/modules/rooms/index.server";
import { workshopHome } from "~/modules/workshop/index.server";

/**
 * The figures on a user's start page, only for the roles they hold. `hasInvoices` is what the
 * session's read already found (an invoice sent to the person's own or their company's party):
 * without one, and without the partner role (a partner's contact pays the partner's invoices,
 * which that read does not ask about), there is nothing open to list and the page asks one
 * statement less.
 */
export async function dashboardFor(
  werkplaatsId: string,
  roles: readonly Role[],
  userId: string,
  locale: Locale,
  { hasInvoices }: { hasInvoices: boolean },
) {
  const manager = roles.includes("manager")
    ? await Promise.all([countPeople(werkplaatsId), countOpenInvitations(werkplaatsId), outboxCounts(werkplaatsId)]).then(
        ([people, openInvitations, outbox]) => ({ people, openInvitations, outboxPending: outbox.pending, outboxFailed: outbox.failed }),
      )
    : null;
  const [home, space, roomsAndEvents, openInvoices, workshop] = await Promise.all([
    memberHome(werkplaatsId, userId, locale),
    roles.includes("manager") || roles.includes("staff") ? spaceFigures(werkplaatsId, locale) : null,
    roomsAndEventsDashboard(werkplaatsId, userId, roles),
    hasInvoices || roles.includes("partner") ? openInvoicesOfMember(werkplaatsId, userId) : null,
    workshopHome(werkplaatsId, userId, roles),
  ]);
  return { manager, home, space, roomsAndEvents, openInvoices, workshop };
}
