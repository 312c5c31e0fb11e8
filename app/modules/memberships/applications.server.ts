import { and, eq, or, sql } from "drizzle-orm";
import { memberships, membershipPeriods } from "#db/schema";
import { inForce } from "./in-force.server";
import { grantRole } from "~/modules/auth/index.server";
import { companyOf } from "~/modules/companies/index.server";
import { assignDesk } from "~/modules/desks/index.server";
import { addDays, maxDate, type IsoDate } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db, pgErrorOf, PG, type Tx } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, invalid } from "~/utils/errors";
import { recordEvent } from "./history.server";
import type { ApplyInput } from "./memberships.schema";
import { stripValidUntil } from "./memberships";
import { mailMember, managersOf, recipient } from "./notify.server";
import { deskKindFor, isMembershipKind, needsDesk } from "~/modules/plans";
import { getPlan } from "~/modules/plans/index.server";
import { lockMembership, periodsOf } from "./rows.server";

type Werkplaats = { id: string; name: string };

/**
 * Invoices a bought strippenkaart inside the approval's transaction. Billing provides it (the
 * caller passes it in): billing depends on memberships, so memberships cannot import billing.
 */
export type SellStrippenkaart = (
  tx: Tx,
  werkplaatsId: string,
  actorId: string | null,
  card: { membershipId: string; startDate: IsoDate; plan: { nameNl: string; nameEn: string; priceCents: number; btwRate: number } },
  holder: { userId: string; companyId: string | null; name: string; email: string; locale: string | null },
  now: Date,
) => Promise<{ id: string; werkplaatsId: string; status: string }>;
type Actor = { id: string; name: string };

/** Applications may start at most this far ahead. */
const MAX_START_DAYS = 366;

/**
 * A person applies for a plan from a start date, billed to their company or to themselves.
 * The application waits for a manager; the applicant and the managers get an email.
 */
/** The plan applied for, when it may be applied for from that start date (also a strippenkaart bought online). */
export async function applicablePlan(werkplaatsId: string, input: Pick<ApplyInput, "planId" | "startDate">, now: Date) {
  const today = todayIn(now);
  const plan = await getPlan(werkplaatsId, input.planId);
  if (plan.archivedAt) throw conflict("membership.errors.planArchived", undefined, "planId");
  if (!isMembershipKind(plan.kind)) throw invalid("membership.errors.dayPassIsNotMembership", undefined, "planId");
  if (input.startDate < today) throw invalid("membership.errors.startInPast", undefined, "startDate");
  if (input.startDate > addDays(today, MAX_START_DAYS)) throw invalid("membership.errors.startTooFar", undefined, "startDate");
  return plan;
}

/**
 * Refuses a second application or card while one is pending or in force from that date, and
 * finds the company that pays when the applicant asks to be billed to it.
 */
export async function applicantCheck(tx: Tx, werkplaatsId: string, userId: string, input: Pick<ApplyInput, "billing" | "startDate">) {
  const company = input.billing === "company" ? await companyOf(werkplaatsId, userId, tx) : undefined;
  if (input.billing === "company" && !company) throw invalid("membership.errors.noCompany", undefined, "billing");
  const [open] = await tx
    .select({ status: memberships.status })
    .from(memberships)
    .where(
      and(
        eq(memberships.werkplaatsId, werkplaatsId),
        eq(memberships.userId, userId),
        or(eq(memberships.status, "pending"), inForce(input.startDate, null)),
      ),
    )
    .limit(1);
  if (open) throw conflict(open.status === "pending" ? "membership.errors.alreadyPending" : "membership.errors.alreadyMember");
  return company;
}

export async function applyForMembership(werkplaats: Werkplaats, applicant: Actor, input: ApplyInput, now = new Date()) {
  const plan = await applicablePlan(werkplaats.id, input, now);
  try {
    return await db.transaction(async (tx) => {
      const company = await applicantCheck(tx, werkplaats.id, applicant.id, input);

      const endDate = plan.kind === "strippenkaart" ? stripValidUntil(input.startDate, plan.stripValidityMonths ?? 1) : null;
      const [membership] = await tx
        .insert(memberships)
        .values({
          werkplaatsId: werkplaats.id,
          userId: applicant.id,
          companyId: company?.id ?? null,
          startDate: input.startDate,
          endDate,
          motivation: input.motivation ?? null,
        })
        .returning();
      await tx.insert(membershipPeriods).values({ membershipId: membership!.id, planId: plan.id, startsOn: input.startDate, endsOn: null });
      await recordEvent(tx, membership!.id, applicant.id, "applied", {
        planId: plan.id,
        startDate: input.startDate,
        company: company?.name ?? null,
      });
      await mailMember(tx, werkplaats, await recipient(tx, applicant.id), "mail.membershipApplied", {
        plan,
        dates: { start: input.startDate },
      });
      for (const manager of await managersOf(tx, werkplaats.id)) {
        await mailMember(tx, werkplaats, manager, "mail.membershipApplication", {
          text: { applicant: applicant.name, link: `${appUrl()}/admin/memberships/${membership!.id}` },
          plan,
          dates: { start: input.startDate },
        });
      }
      return membership!;
    });
  } catch (error) {
    // Two submits at once: the partial unique index lets only one application through.
    if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("membership.errors.alreadyPending");
    throw error;
  }
}

/**
 * A manager approves an application: it becomes active (from today if its start has passed), the
 * person becomes a member, a plan that needs a desk gets one assigned and a strippenkaart is
 * invoiced (a sale: unpaid until paid), all in the same transaction.
 */
export async function approveMembership(
  werkplaats: Werkplaats,
  actor: Actor,
  membershipId: string,
  input: { deskId?: string },
  sellStrippenkaart: SellStrippenkaart,
  now = new Date(),
) {
  const today = todayIn(now);
  return db.transaction(async (tx) => {
    const m = await lockMembership(tx, werkplaats.id, membershipId);
    if (m.status !== "pending") throw conflict("membership.errors.notPending");
    const [period] = await periodsOf(tx, m.id);
    const plan = period!.plan;
    const startDate = maxDate(m.startDate, today);
    const endDate = plan.kind === "strippenkaart" ? stripValidUntil(startDate, plan.stripValidityMonths ?? 1) : m.endDate;
    if (startDate !== m.startDate) {
      await tx.update(membershipPeriods).set({ startsOn: startDate }).where(eq(membershipPeriods.id, period!.id));
    }
    let deskLabel: string | null = null;
    if (needsDesk(plan.kind)) {
      if (!input.deskId) throw invalid("membership.errors.deskRequired", undefined, "deskId");
      const assigned = await assignDesk(tx, {
        werkplaatsId: werkplaats.id,
        deskId: input.deskId,
        membershipId: m.id,
        from: startDate,
        to: endDate,
        actorId: actor.id,
        kind: deskKindFor(plan.kind),
      });
      deskLabel = assigned.label;
    }
    await tx
      .update(memberships)
      .set({ status: "active", startDate, endDate, decidedAt: sql`now()`, decidedBy: actor.id, updatedAt: sql`now()` })
      .where(eq(memberships.id, m.id));
    await grantRole(tx, { werkplaatsId: werkplaats.id, userId: m.userId, role: "member", grantedBy: actor.id });
    const to = await recipient(tx, m.userId);
    if (plan.kind === "strippenkaart") {
      await sellStrippenkaart(
        tx,
        werkplaats.id,
        actor.id,
        { membershipId: m.id, startDate, plan },
        { ...to, userId: m.userId, companyId: m.companyId },
        now,
      );
    }
    await recordEvent(tx, m.id, actor.id, "approved", { planId: plan.id, startDate });
    if (deskLabel) await recordEvent(tx, m.id, actor.id, "desk_assigned", { desk: deskLabel, from: startDate, to: endDate });
    await mailMember(tx, werkplaats, to, deskLabel ? "mail.membershipApprovedDesk" : "mail.membershipApproved", {
      text: { desk: deskLabel ?? "", link: `${appUrl()}/membership` },
      plan,
      dates: { start: startDate },
    });
    return { name: to.name };
  });
}

/** A manager declines an application with a reason the applicant reads in the email. */
export async function declineMembership(werkplaats: Werkplaats, actor: Actor, membershipId: string, reason: string) {
  return db.transaction(async (tx) => {
    const m = await lockMembership(tx, werkplaats.id, membershipId);
    if (m.status !== "pending") throw conflict("membership.errors.notPending");
    const [period] = await periodsOf(tx, m.id);
    await tx
      .update(memberships)
      .set({ status: "declined", declineReason: reason, decidedAt: sql`now()`, decidedBy: actor.id, updatedAt: sql`now()` })
      .where(eq(memberships.id, m.id));
    await recordEvent(tx, m.id, actor.id, "declined", { reason });
    const to = await recipient(tx, m.userId);
    await mailMember(tx, werkplaats, to, "mail.membershipDeclined", { plan: period!.plan, text: { reason } });
    return { name: to.name };
  });
}

/** The applicant withdraws their own application before a decision. */
export async function withdrawApplication(werkplaatsId: string, userId: string, membershipId: string) {
  return db.transaction(async (tx) => {
    const m = await lockMembership(tx, werkplaatsId, membershipId, userId);
    if (m.status !== "pending") throw conflict("membership.errors.notPending");
    await tx.update(memberships).set({ status: "withdrawn", updatedAt: sql`now()` }).where(eq(memberships.id, m.id));
    await recordEvent(tx, m.id, userId, "withdrawn");
  });
}
