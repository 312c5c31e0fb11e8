import { assignDesk, endAssignment } from "~/modules/desks/index.server";
import type { IsoDate } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";
import { conflict, invalid } from "~/utils/errors";
import { recordEvent } from "./history.server";
import { deskKindFor, needsDesk } from "~/modules/plans";
import { lockMembership, planOn } from "./rows.server";

/**
 * A manager assigns a desk to an approved membership whose plan has desks (fixed desk, private
 * office), for a period within the membership. Overlap with another assignment of that desk is
 * refused by the database (409 with the current holder).
 */
export async function assignDeskToMembership(
  werkplaatsId: string,
  actorId: string,
  membershipId: string,
  input: { deskId: string; from: IsoDate; to?: IsoDate },
  now = new Date(),
) {
  const today = todayIn(now);
  return db.transaction(async (tx) => {
    const m = await lockMembership(tx, werkplaatsId, membershipId);
    if (m.status !== "active") throw conflict("membership.errors.notActive");
    if (input.from < today) throw invalid("membership.errors.dateInPast", undefined, "from");
    if (input.from < m.startDate) throw invalid("membership.errors.beforeStart", undefined, "from");
    const to = input.to ?? m.endDate;
    if (m.endDate && (input.from > m.endDate || (to && to > m.endDate))) throw invalid("membership.errors.afterEnd", undefined, "to");
    const plan = await planOn(tx, m.id, input.from);
    if (!needsDesk(plan.kind)) throw invalid("desk.errors.planHasNoDesk", undefined, "deskId");
    const desk = await assignDesk(tx, {
      werkplaatsId,
      deskId: input.deskId,
      membershipId: m.id,
      from: input.from,
      to: to ?? null,
      actorId,
      kind: deskKindFor(plan.kind),
    });
    await recordEvent(tx, m.id, actorId, "desk_assigned", { desk: desk.label, from: input.from, to: to ?? null });
    return desk.label;
  });
}

/** A manager ends a desk assignment after a last day (today or later). */
export async function endDeskOfMembership(
  werkplaatsId: string,
  actorId: string,
  membershipId: string,
  assignmentId: string,
  lastDay: IsoDate,
  now = new Date(),
) {
  if (lastDay < todayIn(now)) throw invalid("membership.errors.dateInPast", undefined, "lastDay");
  return db.transaction(async (tx) => {
    await lockMembership(tx, werkplaatsId, membershipId);
    const label = await endAssignment(tx, werkplaatsId, membershipId, assignmentId, lastDay);
    await recordEvent(tx, membershipId, actorId, "desk_ended", { desk: label, lastDay });
    return label;
  });
}
