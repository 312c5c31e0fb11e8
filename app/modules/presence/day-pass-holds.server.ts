import { and, eq, inArray, lte } from "drizzle-orm";
import { dayPasses, saleHolds, werkplaatsen, type SaleHold } from "#db/schema";
import { lockAreaWithSpace } from "~/modules/desks/index.server";
import { reservableDayProblem } from "~/modules/desks";
import { HOLD_MINUTES } from "~/modules/events/index.server";
import { missingForIssue } from "~/modules/billing";
import { billingSettingsOf, type PayInvoice } from "~/modules/billing/index.server";
import { dayPassPlan } from "~/modules/plans/index.server";
import type { IsoDate } from "~/utils/calendar";
import { db, pgErrorOf, PG, type Executor, type Tx } from "~/utils/db.server";
import { conflict, DomainError, invalid } from "~/utils/errors";
import { isUuid } from "~/utils/ids";
import { lineFromExcl, type BtwPercent } from "~/utils/money";
import { todayIn } from "~/utils/zoned-time";
import { issueDayPass, type DayPassBuyer } from "./day-passes.server";

type Werkplaats = { id: string; name: string };

/**
 * Holds a flex spot while its buyer pays for a day pass at Checkout: the same `sale_holds` row a
 * ticket is held by. Under the area lock (as issuing a pass takes it) the spot is given only when
 * reservations plus live holds leave room, so a guest at the payment page keeps it and nobody
 * else can take it; a second hold for the same day and address is refused (a unique index).
 */
export async function holdDayPass(werkplaats: Werkplaats, buyer: DayPassBuyer, input: { day: IsoDate; areaId?: string }, now = new Date()) {
  const problem = reservableDayProblem(input.day, todayIn(now));
  if (problem) throw invalid(`reservation.errors.${problem}`, undefined, "day");
  const email = buyer.email.toLowerCase();
  try {
    return await db.transaction(async (tx) => {
      const plan = await dayPassPlan(werkplaats.id, tx);
      if (!plan) throw conflict("daypass.errors.notOnSale");
      // Without an issued invoice there is nothing to book the payment on (see invoiceSale).
      if (missingForIssue(await billingSettingsOf(werkplaats.id, tx)).length > 0) throw conflict("daypass.hold.unavailable");
      const [already] = await tx
        .select({ id: dayPasses.id })
        .from(dayPasses)
        .where(
          and(
            eq(dayPasses.werkplaatsId, werkplaats.id),
            eq(dayPasses.guestEmail, email),
            eq(dayPasses.day, input.day),
            eq(dayPasses.status, "valid"),
          ),
        );
      if (already) throw conflict("daypass.errors.alreadyHasSpot", undefined, "day");
      // Said before counting: their own hold is what fills the day. Two at once: the unique index.
      const [paying] = await tx
        .select({ id: saleHolds.id })
        .from(saleHolds)
        .where(
          and(
            eq(saleHolds.werkplaatsId, werkplaats.id),
            eq(saleHolds.kind, "daypass"),
            eq(saleHolds.status, "pending"),
            eq(saleHolds.day, input.day),
            eq(saleHolds.email, email),
          ),
        );
      if (paying) throw conflict("daypass.hold.pending", undefined, "day");
      const area = await lockAreaWithSpace(tx, werkplaats.id, input.day, input.areaId, now);
      const [hold] = await tx
        .insert(saleHolds)
        .values({
          werkplaatsId: werkplaats.id,
          kind: "daypass",
          day: input.day,
          areaId: area.id,
          userId: buyer.userId,
          name: buyer.name,
          email,
          locale: buyer.locale,
          priceCents: plan.priceCents,
          amountCents: lineFromExcl({ unitCents: plan.priceCents, rate: plan.btwRate as BtwPercent }).inclCents,
          expiresAt: new Date(now.getTime() + HOLD_MINUTES * 60_000),
        })
        .returning();
      return hold!;
    });
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("daypass.hold.pending", undefined, "day");
    throw error;
  }
}

export type DayPassHoldOutcome = { kind: "issued"; dayPassId: string; invoiceId: string } | { kind: "gone"; hold: SaleHold };

/**
 * The buyer paid: the held spot becomes a day pass (mailed with its code), its invoice is issued
 * and `pay` books the payment on it, in one transaction. The conditional update of the hold is
 * the claim, so five deliveries of the webhook issue one pass. A payment that arrives after the
 * hold lapsed still gets a pass when the held area (or another) has room that day; when nothing
 * is left ("gone") nothing is sold and the caller gives the money back.
 */
export async function confirmDayPassHold(holdId: string, pay: PayInvoice, now = new Date(), outer: Executor = db) {
  if (!isUuid(holdId)) return null;
  return outer.transaction(async (tx): Promise<DayPassHoldOutcome | null> => {
    // From "released" too: a payment that arrives after the hold lapsed is still claimed, once.
    const [claimed] = await tx
      .update(saleHolds)
      .set({ status: "confirmed", settledAt: now })
      .where(and(eq(saleHolds.id, holdId), eq(saleHolds.kind, "daypass"), inArray(saleHolds.status, ["pending", "released"])))
      .returning();
    if (!claimed) return null;
    const [werkplaats] = await tx
      .select({ id: werkplaatsen.id, name: werkplaatsen.name })
      .from(werkplaatsen)
      .where(eq(werkplaatsen.id, claimed.werkplaatsId));
    const buyer: DayPassBuyer = {
      userId: claimed.userId,
      name: claimed.name,
      email: claimed.email,
      locale: claimed.locale === "en" ? "en" : "nl",
    };
    const pass =
      (await issueHeld(tx, werkplaats!, buyer, claimed, claimed.areaId!, now)) ??
      (await issueHeld(tx, werkplaats!, buyer, claimed, undefined, now));
    if (!pass) {
      await tx.update(saleHolds).set({ status: "refunded" }).where(eq(saleHolds.id, claimed.id));
      return { kind: "gone", hold: claimed };
    }
    await tx.update(saleHolds).set({ dayPassId: pass.id }).where(eq(saleHolds.id, claimed.id));
    await pay(tx, { id: pass.invoiceId, werkplaatsId: claimed.werkplaatsId });
    return { kind: "issued", dayPassId: pass.id, invoiceId: pass.invoiceId };
  });
}

/**
 * Issues the pass in a savepoint; a refusal (no room, a closed or past day, an invoice that could
 * not be issued and so cannot take the payment) leaves nothing behind.
 */
async function issueHeld(tx: Tx, werkplaats: Werkplaats, buyer: DayPassBuyer, hold: SaleHold, areaId: string | undefined, now: Date) {
  try {
    return await tx.transaction(async (sp) => {
      const pass = await issueDayPass(werkplaats, buyer, { day: hold.day as IsoDate, areaId }, { now, outer: sp, paidAtCheckout: hold });
      if (pass.invoiceStatus === "draft") throw conflict("daypass.hold.unavailable");
      return pass;
    });
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** Gives a held spot back (the session expired, or the hold lapsed). Releasing twice, or after confirming, does nothing. */
export async function releaseDayPassHold(holdId: string, now = new Date(), outer: Executor = db) {
  if (!isUuid(holdId)) return false;
  const released = await outer
    .update(saleHolds)
    .set({ status: "released", settledAt: now })
    .where(and(eq(saleHolds.id, holdId), eq(saleHolds.kind, "daypass"), eq(saleHolds.status, "pending")))
    .returning({ id: saleHolds.id });
  return released.length > 0;
}

/**
 * The maintenance job: day-pass holds past their expiry are marked released. They stopped counting
 * for the area's capacity at that moment already; this only tidies up. Returns how many.
 */
export async function releaseExpiredDayPassHolds(now = new Date()) {
  const released = await db
    .update(saleHolds)
    .set({ status: "released", settledAt: now })
    .where(and(eq(saleHolds.kind, "daypass"), eq(saleHolds.status, "pending"), lte(saleHolds.expiresAt, now)))
    .returning({ id: saleHolds.id });
  return released.length;
}

/** The buyer back from Checkout: what became of their own hold (another's hold reads as none). */
export async function dayPassHoldOf(werkplaatsId: string, userId: string, holdId: string) {
  if (!isUuid(holdId)) return null;
  const [hold] = await db
    .select({ status: saleHolds.status, day: saleHolds.day, code: dayPasses.code })
    .from(saleHolds)
    .leftJoin(dayPasses, eq(dayPasses.id, saleHolds.dayPassId))
    .where(
      and(eq(saleHolds.id, holdId), eq(saleHolds.werkplaatsId, werkplaatsId), eq(saleHolds.userId, userId), eq(saleHolds.kind, "daypass")),
    );
  return hold
    ? { status: hold.status as "pending" | "confirmed" | "released" | "refunded", day: hold.day as IsoDate, code: hold.code }
    : null;
}
