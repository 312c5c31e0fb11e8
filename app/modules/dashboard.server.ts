import type { Role } from "~/modules/auth/roles";
import { countOpenInvitations, countPeople } from "~/modules/auth/access.server";
import { outboxCounts } from "~/modules/notifications/outbox.server";
import { roomsAndEventsDashboard } from "~/modules/rooms/dashboard.server";

/** The figures on a user's start page, only for the roles they hold. */
export async function dashboardFor(werkplaatsId: string, roles: readonly Role[], userId?: string) {
  const manager = roles.includes("manager")
    ? await Promise.all([countPeople(werkplaatsId), countOpenInvitations(werkplaatsId), outboxCounts(werkplaatsId)]).then(
        ([people, openInvitations, outbox]) => ({ people, openInvitations, outboxPending: outbox.pending, outboxFailed: outbox.failed }),
      )
    : null;
  const roomsAndEvents = userId ? await roomsAndEventsDashboard(werkplaatsId, userId, roles) : null;
  return { manager, roomsAndEvents };
}
