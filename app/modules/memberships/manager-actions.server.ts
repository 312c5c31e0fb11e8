import type { Message } from "~/utils/errors";
import { approveMembership, declineMembership, type SellStrippenkaart } from "./applications.server";
import { cancelMembership, changePlan, pauseMembership } from "./changes.server";
import { assignDeskToMembership, endDeskOfMembership } from "./desk-actions.server";
import type { ManageMembershipInput } from "./memberships.schema";

/** Runs one of the manager's actions on a membership and says what happened. */
export async function runManagerAction(
  werkplaats: { id: string; name: string },
  actor: { id: string; name: string },
  membershipId: string,
  input: ManageMembershipInput,
  sellStrippenkaart: SellStrippenkaart,
): Promise<Message> {
  switch (input.intent) {
    case "approve": {
      const { name } = await approveMembership(werkplaats, actor, membershipId, { deskId: input.deskId }, sellStrippenkaart);
      return { key: "manage.approved", vars: { name } };
    }
    case "decline": {
      const { name } = await declineMembership(werkplaats, actor, membershipId, input.reason);
      return { key: "manage.declined", vars: { name } };
    }
    case "change-plan":
      await changePlan(werkplaats, actor, membershipId, { planId: input.planId, effectiveOn: input.effectiveOn, deskId: input.deskId });
      return { key: "manage.planChanged" };
    case "pause":
      await pauseMembership(werkplaats, actor, membershipId, { from: input.from, to: input.to, reason: input.reason });
      return { key: "manage.paused" };
    case "assign-desk": {
      const desk = await assignDeskToMembership(werkplaats.id, actor.id, membershipId, {
        deskId: input.deskId,
        from: input.from,
        to: input.to,
      });
      return { key: "manage.deskAssigned", vars: { desk } };
    }
    case "end-desk": {
      const desk = await endDeskOfMembership(werkplaats.id, actor.id, membershipId, input.assignmentId, input.lastDay);
      return { key: "manage.deskEnded", vars: { desk } };
    }
    case "cancel":
      await cancelMembership(werkplaats, actor, membershipId, input.requestedEnd);
      return { key: "manage.cancelled" };
  }
}
