import { and, eq, inArray, lte } from "drizzle-orm";
import { memberships, membershipPeriods, saleHolds, werkplaatsen, type SaleHold } from "#db/schema";
import { grantRole } from "~/modules/auth/index.server";
import { maxDate, type IsoDate } from "~/utils/calendar";
import { db, pgErrorOf, PG, type Executor, type Tx } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, DomainError } from "~/utils/errors";
import { isUuid } from "~/utils/ids";
import { lineFromExcl, type BtwPercent } from "~/utils/money";
import { todayIn } from "~/utils/zoned-time";
import { applicablePlan, applicantCheck, type SellStrippenkaart } from "./applications.server";
import { recordEvent } from "./history.server";
import type { ApplyInput } from "./memberships.schema";
import { stripValidUntil } from "./memberships";
import { mailMember, recipient } from "./notify.server";
import { getPlan } from "~/modules/plans/index.server";

type Werkplaats = { id: string; name: string };
type Buyer = { id: string; name: string; email: string; locale: string };
/** Books the Checkout's money on the card's invoice (the payment rail knows how). */
type PayInvoice = (tx: Tx, invoice: { id: string; werkplaatsId: string }) => Promise<unknown>;

/**
 * A strippenkaart bought online is held while its buyer pays at Checkout: the same `sale_holds`
 * row a ticket or day pass is held by, for thirty minutes. The checks are an application's (the
 * plan, the start, no card or membership pending or in force); the card itself exists only once
 * paid. A second tab is refused by a unique index; a lapsed hold of the same buyer is let go first.
 * The payment rail says how long the hold lives (`expiresAt`, its Checkout's life and a margin).
 */
export async function holdStrippenkaart(
  werkplaats: Werkplaats,
  buyer: Buyer,
  input: ApplyInput,
  expiresAt: Date,
  now = new Date(),
): Promise<SaleHold> {
  const plan = await applicablePlan(werkplaats.id, input, now);
  if (plan.kind !== "strippenkaart") throw conflict("membership.strippenkaart.notACard", undefined, "planId");
  try {
    return await db.transaction(async (tx) => {
      const company = await applicantCheck(tx, werkplaats.id, buyer.id, input);
      await tx
        .update(saleHolds)
        .set({ status: "released", settledAt: now })
        .where(and(ofBuyer(werkplaats.id, buyer.id), eq(saleHolds.status, "pending"), lte(saleHolds.expiresAt, now)));
      const [hold] = await tx
        .insert(saleHolds)
        .values({
          werkplaatsId: werkplaats.id,
          kind: "strippenkaart",
          planId: plan.id,
          day: input.startDate,
          companyId: company?.id ?? null,
          userId: buyer.id,
          name: buyer.name,
          email: buyer.email.toLowerCase(),
          locale: buyer.locale === "en" ? "en" : "nl",
          priceCents: plan.priceCents,
          amountCents: lineFromExcl({ unitCents: plan.priceCents, rate: plan.btwRate as BtwPercent }).inclCents,
          expiresAt,
        })
        .returning();
      return hold!;
    });
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("membership.strippenkaart.pending", undefined, "planId");
    throw error;
  }
}

const ofBuyer = (werkplaatsId: string, userId: string) =>
  and(eq(saleHolds.werkplaatsId, werkplaatsId), eq(saleHolds.userId, userId), eq(saleHolds.kind, "strippenkaart"));

export type StrippenkaartHoldOutcome = { kind: "sold"; membershipId: string; invoiceId: string } | { kind: "gone"; hold: SaleHold };

/**
 * The buyer paid: in one transaction the card becomes an active strippenkaart (paying is buying
 * it, as at the desk), the buyer a member, the card invoiced by `sell` and the money booked by
 * `pay`. The conditional update of the hold is the claim, so five deliveries sell one card. Paid
 * after the hold lapsed, the card is still sold; when it cannot be (meanwhile another card or
 * membership, an invoice that cannot be issued) nothing is sold ("gone") and the caller gives the
 * money back.
 */
export async function confirmStrippenkaartHold(
  holdId: string,
  sell: SellStrippenkaart,
  pay: PayInvoice,
  now = new Date(),
  outer: Executor = db,
) {
  if (!isUuid(holdId)) return null;
  return outer.transaction(async (tx): Promise<StrippenkaartHoldOutcome | null> => {
    const [claimed] = await tx
      .update(saleHolds)
      .set({ status: "confirmed", settledAt: now })
      .where(and(eq(saleHolds.id, holdId), eq(saleHolds.kind, "strippenkaart"), inArray(saleHolds.status, ["pending", "released"])))
      .returning();
    if (!claimed) return null;
    const sold = await sellHeld(tx, claimed, sell, now);
    if (!sold) {
      await tx.update(saleHolds).set({ status: "refunded" }).where(eq(saleHolds.id, claimed.id));
      return { kind: "gone", hold: claimed };
    }
    await tx.update(saleHolds).set({ membershipId: sold.membershipId }).where(eq(saleHolds.id, claimed.id));
    await pay(tx, { id: sold.invoiceId, werkplaatsId: claimed.werkplaatsId });
    return { kind: "sold", ...sold };
  });
}

/** Makes the card in a savepoint; a refusal leaves nothing behind. */
async function sellHeld(tx: Tx, hold: SaleHold, sell: SellStrippenkaart, now: Date) {
  try {
    return await tx.transaction(async (sp) => {
      if (!hold.userId || !hold.planId || !hold.day) throw conflict("membership.strippenkaart.gone");
      const startDate = maxDate(hold.day as IsoDate, todayIn(now));
      await applicantCheck(sp, hold.werkplaatsId, hold.userId, { billing: "self", startDate });
      const plan = await getPlan(hold.werkplaatsId, hold.planId, sp);
      const endDate = stripValidUntil(startDate, plan.stripValidityMonths ?? 1);
      const [card] = await sp
        .insert(memberships)
        .values({
          werkplaatsId: hold.werkplaatsId,
          userId: hold.userId,
          companyId: hold.companyId,
          startDate,
          endDate,
          status: "active",
          decidedAt: now,
        })
        .returning({ id: memberships.id });
      await sp.insert(membershipPeriods).values({ membershipId: card!.id, planId: plan.id, startsOn: startDate, endsOn: null });
      await grantRole(sp, { werkplaatsId: hold.werkplaatsId, userId: hold.userId, role: "member", grantedBy: null });
      const to = await recipient(sp, hold.userId);
      // The price the buyer paid, not a price the plan may have got since.
      const cardPlan = { ...plan, priceCents: hold.priceCents };
      const invoice = await sell(
        sp,
        hold.werkplaatsId,
        null,
        { membershipId: card!.id, startDate, plan: cardPlan },
        { ...to, userId: hold.userId, companyId: hold.companyId },
        now,
      );
      if (invoice.status === "draft") throw conflict("membership.strippenkaart.gone");
      await recordEvent(sp, card!.id, null, "approved", { planId: plan.id, startDate, paidOnline: 1 });
      const [werkplaats] = await sp
        .select({ id: werkplaatsen.id, name: werkplaatsen.name })
        .from(werkplaatsen)
        .where(eq(werkplaatsen.id, hold.werkplaatsId));
      await mailMember(sp, werkplaats!, to, "mail.membershipApproved", {
        text: { desk: "", link: `${appUrl()}/membership` },
        plan,
        dates: { start: startDate },
      });
      return { membershipId: card!.id, invoiceId: invoice.id };
    });
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** Lets a card being paid go (the session expired). Releasing twice, or after it was sold, does nothing. */
export async function releaseStrippenkaartHold(holdId: string, now = new Date(), outer: Executor = db) {
  if (!isUuid(holdId)) return false;
  const released = await outer
    .update(saleHolds)
    .set({ status: "released", settledAt: now })
    .where(and(eq(saleHolds.id, holdId), eq(saleHolds.kind, "strippenkaart"), eq(saleHolds.status, "pending")))
    .returning({ id: saleHolds.id });
  return released.length > 0;
}
