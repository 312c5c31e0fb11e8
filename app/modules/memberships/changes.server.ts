import { and, eq, gt, gte, isNull, lte, or, sql } from "drizzle-orm";
import { flexReservations, memberships, membershipPauses, membershipPeriods, type MembershipRow } from "#db/schema";
import { assignDesk, deskOn, endDesksOf } from "~/modules/desks/index.server";
import { addDays, daysBetween, maxDate, type IsoDate } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { conflict, invalid } from "~/utils/errors";
import { recordEvent } from "./history.server";
import { cancellationEndDate, periodOn } from "./memberships";
import { mailMember, managersOf, recipient } from "./notify.server";
import { deskKindFor, needsDesk, usesFlexSpots } from "~/modules/plans";
import { getPlan } from "~/modules/plans/index.server";
import { lockMembership, periodsOf } from "./rows.server";

type Werkplaats = { id: string; name: string };
type Actor = { id: string; name: string };

const MAX_PAUSE_DAYS = 183;

function requireRunning(m: MembershipRow, today: IsoDate) {
  if (m.status !== "active") throw conflict("membership.errors.notActive");
  if (m.endDate && m.endDate < today) throw conflict("membership.errors.ended");
}

/** Frees the flex spots a membership holds from `from` (to `to`, inclusive) on. */
async function releaseReservations(tx: Executor, membershipId: string, actorId: string, from: IsoDate, to?: IsoDate) {
  await tx
    .update(flexReservations)
    .set({ status: "cancelled", cancelledAt: sql`now()`, cancelledBy: actorId })
    .where(
      and(
        eq(flexReservations.membershipId, membershipId),
        eq(flexReservations.status, "reserved"),
        gte(flexReservations.day, from),
        to ? lte(flexReservations.day, to) : undefined,
      ),
    );
}

/**
 * Moves a membership to another plan from a date (today or later). Periods after that date are
 * replaced; a desk is released when the new plan has none and assigned when it needs one.
 */
export async function changePlan(
  werkplaats: Werkplaats,
  actor: Actor,
  membershipId: string,
  input: { planId: string; effectiveOn: IsoDate; deskId?: string },
  now = new Date(),
) {
  const today = todayIn(now);
  return db.transaction(async (tx) => {
    const m = await lockMembership(tx, werkplaats.id, membershipId);
    requireRunning(m, today);
    const on = input.effectiveOn;
    if (on < today) throw invalid("membership.errors.dateInPast", undefined, "effectiveOn");
    if (on < m.startDate) throw invalid("membership.errors.beforeStart", undefined, "effectiveOn");
    if (m.endDate && on > m.endDate) throw invalid("membership.errors.afterEnd", undefined, "effectiveOn");
    const periods = await periodsOf(tx, m.id);
    const from = periodOn(periods, on)!.plan;
    const to = await getPlan(werkplaats.id, input.planId, tx);
    if (to.archivedAt) throw conflict("membership.errors.planArchived", undefined, "planId");
    const changeable = (k: string) => k === "flex" || k === "fixed" || k === "office" || k === "virtual";
    if (!changeable(to.kind) || !changeable(from.kind)) throw invalid("membership.errors.planChangeKind", undefined, "planId");
    if (from.id === to.id) throw conflict("membership.errors.samePlan", undefined, "planId");

    await tx.delete(membershipPeriods).where(and(eq(membershipPeriods.membershipId, m.id), gte(membershipPeriods.startsOn, on)));
    await tx
      .update(membershipPeriods)
      .set({ endsOn: addDays(on, -1) })
      .where(and(eq(membershipPeriods.membershipId, m.id), or(isNull(membershipPeriods.endsOn), gte(membershipPeriods.endsOn, on))));
    await tx.insert(membershipPeriods).values({ membershipId: m.id, planId: to.id, startsOn: on, endsOn: null });
    await recordEvent(tx, m.id, actor.id, "plan_changed", { fromPlanId: from.id, toPlanId: to.id, effectiveOn: on });

    if (!needsDesk(to.kind)) {
      if (await endDesksOf(tx, m.id, addDays(on, -1))) await recordEvent(tx, m.id, actor.id, "desk_ended", { lastDay: addDays(on, -1) });
    } else if (!(await deskOn(tx, m.id, on))) {
      if (!input.deskId) throw invalid("membership.errors.deskRequired", undefined, "deskId");
      await endDesksOf(tx, m.id, addDays(on, -1));
      const desk = await assignDesk(tx, {
        werkplaatsId: werkplaats.id,
        deskId: input.deskId,
        membershipId: m.id,
        from: on,
        to: m.endDate,
        actorId: actor.id,
        kind: deskKindFor(to.kind),
      });
      await recordEvent(tx, m.id, actor.id, "desk_assigned", { desk: desk.label, from: on, to: m.endDate });
    }
    if (!usesFlexSpots(to.kind)) await releaseReservations(tx, m.id, actor.id, on);
  });
}

/** Pauses a membership from–to: no billing, no flex spots; reservations in the pause are freed. */
export async function pauseMembership(
  werkplaats: Werkplaats,
  actor: Actor,
  membershipId: string,
  input: { from: IsoDate; to: IsoDate; reason?: string },
  now = new Date(),
) {
  const today = todayIn(now);
  return db.transaction(async (tx) => {
    const m = await lockMembership(tx, werkplaats.id, membershipId);
    requireRunning(m, today);
    if (input.from < today) throw invalid("membership.errors.dateInPast", undefined, "from");
    if (input.to < input.from) throw invalid("membership.errors.endBeforeStart", undefined, "to");
    if (input.from < m.startDate) throw invalid("membership.errors.beforeStart", undefined, "from");
    if (m.endDate && input.to > m.endDate) throw invalid("membership.errors.afterEnd", undefined, "to");
    if (daysBetween(input.from, input.to) >= MAX_PAUSE_DAYS)
      throw invalid("membership.errors.pauseTooLong", { days: MAX_PAUSE_DAYS }, "to");
    try {
      await tx
        .insert(membershipPauses)
        .values({ membershipId: m.id, startsOn: input.from, endsOn: input.to, reason: input.reason ?? null, createdBy: actor.id });
    } catch (error) {
      if (pgErrorOf(error)?.code === PG.exclusionViolation) throw conflict("membership.errors.pauseOverlap", undefined, "from");
      throw error;
    }
    await releaseReservations(tx, m.id, actor.id, input.from, input.to);
    await recordEvent(tx, m.id, actor.id, "paused", { from: input.from, to: input.to, reason: input.reason ?? null });
  });
}

async function cancellationFor(tx: Executor, m: MembershipRow, requested: IsoDate, today: IsoDate) {
  requireRunning(m, today);
  if (m.cancelledAt) throw conflict("membership.errors.alreadyCancelled");
  if (requested < today) throw invalid("membership.errors.dateInPast", undefined, "requestedEnd");
  const plan = periodOn(await periodsOf(tx, m.id), maxDate(today, m.startDate))!.plan;
  if (plan.kind === "strippenkaart") throw conflict("membership.errors.stripNotCancellable");
  const outcome = cancellationEndDate({
    requested,
    startDate: m.startDate,
    minimumTermMonths: plan.minimumTermMonths,
    noticePeriodMonths: plan.noticePeriodMonths,
    today,
  });
  return { outcome, plan };
}

/**
 * What a cancellation would do, shown before the user confirms: the end date and the three dates
 * it is the latest of. A member may only ask about their own membership (`ownerId`).
 */
export async function previewCancellation(
  werkplaatsId: string,
  membershipId: string,
  requested: IsoDate,
  ownerId?: string,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const m = await lockMembership(tx, werkplaatsId, membershipId, ownerId);
    const { outcome, plan } = await cancellationFor(tx, m, requested, todayIn(now));
    return { ...outcome, minimumTermMonths: plan.minimumTermMonths, noticePeriodMonths: plan.noticePeriodMonths };
  });
}

/**
 * Cancels by the member (`ownerId` set) or a manager. The end date follows the rule above; later
 * plan periods, pauses, desks and flex reservations are trimmed to it. Emails go to the member and
 * the managers.
 */
export async function cancelMembership(
  werkplaats: Werkplaats,
  actor: Actor,
  membershipId: string,
  requested: IsoDate,
  options: { ownerId?: string; now?: Date } = {},
) {
  const today = todayIn(options.now ?? new Date());
  return db.transaction(async (tx) => {
    const m = await lockMembership(tx, werkplaats.id, membershipId, options.ownerId);
    const { outcome, plan } = await cancellationFor(tx, m, requested, today);
    const end = outcome.endDate;
    await tx
      .update(memberships)
      .set({ endDate: end, cancelledAt: sql`now()`, cancelledBy: actor.id, updatedAt: sql`now()` })
      .where(eq(memberships.id, m.id));
    await tx.delete(membershipPeriods).where(and(eq(membershipPeriods.membershipId, m.id), gt(membershipPeriods.startsOn, end)));
    await tx
      .update(membershipPeriods)
      .set({ endsOn: end })
      .where(and(eq(membershipPeriods.membershipId, m.id), or(isNull(membershipPeriods.endsOn), gt(membershipPeriods.endsOn, end))));
    await tx.delete(membershipPauses).where(and(eq(membershipPauses.membershipId, m.id), gt(membershipPauses.startsOn, end)));
    await tx
      .update(membershipPauses)
      .set({ endsOn: end })
      .where(and(eq(membershipPauses.membershipId, m.id), gt(membershipPauses.endsOn, end)));
    await endDesksOf(tx, m.id, end);
    await releaseReservations(tx, m.id, actor.id, addDays(end, 1));
    await recordEvent(tx, m.id, actor.id, "cancelled", {
      endDate: end,
      requested,
      decidedBy: outcome.decidedBy,
      by: options.ownerId ? "member" : "manager",
    });
    const member = await recipient(tx, m.userId);
    await mailMember(tx, werkplaats, member, "mail.membershipCancelled", { plan, dates: { end } });
    if (options.ownerId) {
      for (const manager of await managersOf(tx, werkplaats.id)) {
        await mailMember(tx, werkplaats, manager, "mail.membershipCancelledNotice", {
          text: { member: member.name },
          plan,
          dates: { end },
        });
      }
    }
    return outcome;
  });
}
