import { randomInt } from "node:crypto";
import { and, count, desc, eq, gte, isNull, or, sql } from "drizzle-orm";
import { areas, checkIns, dayPasses, flexReservations } from "#db/schema";
import { lockAreaWithSpace } from "~/modules/desks/index.server";
import { canCancel, MAX_UNPAID_PASSES, reservableDayProblem, unpaidReleasedThrough } from "~/modules/desks";
import { isLocale, type Locale } from "~/modules/i18n";
import { dayPassPlan } from "~/modules/plans/index.server";
import { enqueueMail } from "~/modules/notifications/index.server";
import { formatDay, type IsoDate } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { creditSale, receiptsOf } from "~/modules/billing/index.server";
import { invoiceDayPass } from "./day-pass-sales.server";
import { appUrl } from "~/utils/env.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import { formatMoney, inclBtw } from "~/utils/money";

/** Letters and digits that cannot be mistaken for each other when read out at the desk. */
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function newCheckInCode() {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

async function freeCode(tx: Executor, werkplaatsId: string) {
  for (;;) {
    const code = newCheckInCode();
    const [used] = await tx
      .select({ id: dayPasses.id })
      .from(dayPasses)
      .where(and(eq(dayPasses.werkplaatsId, werkplaatsId), eq(dayPasses.code, code)));
    if (!used) return code;
  }
}

/**
 * Until payment exists a guest holds at most MAX_UNPAID_PASSES unpaid passes from today on (one
 * per day: a unique index). Counted under a transaction-level lock on the guest's address, so
 * passes asked for at the same moment are counted one after the other and cannot slip past it.
 */
async function withinUnpaidLimit(tx: Executor, werkplaatsId: string, guest: { userId: string | null; email: string }, now: Date) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`day-pass-guest:${werkplaatsId}:${guest.email}`}))`);
  const today = todayIn(now);
  const [row] = await tx
    .select({ n: count() })
    .from(dayPasses)
    .where(
      and(
        eq(dayPasses.werkplaatsId, werkplaatsId),
        eq(dayPasses.status, "valid"),
        isNull(dayPasses.paidAt),
        gte(dayPasses.day, today),
        guest.userId
          ? or(eq(dayPasses.guestEmail, guest.email), eq(dayPasses.userId, guest.userId))
          : eq(dayPasses.guestEmail, guest.email),
      ),
    );
  if ((row?.n ?? 0) >= MAX_UNPAID_PASSES) throw conflict("daypass.errors.unpaidLimit", { max: MAX_UNPAID_PASSES });
}

export type DayPassBuyer = { userId: string | null; name: string; email: string; locale: Locale };

/**
 * A day pass for one day: a flex spot (the area's capacity holds, as for members) and a check-in
 * code, mailed to the guest. Invoiced at once (see invoiceDayPass); the price is kept as sold.
 * `paidAtCheckout`: the hold whose payment issues it (in the webhook's transaction); the pass is
 * paid a moment later in that transaction, so the unpaid-pass limit does not apply, and it is sold
 * at the price the buyer was shown when the spot was held.
 */
export async function issueDayPass(
  werkplaats: { id: string; name: string },
  buyer: DayPassBuyer,
  input: { day: IsoDate; areaId?: string },
  options: { issuedBy?: string; now?: Date; outer?: Executor; paidAtCheckout?: { priceCents: number } } = {},
) {
  const problem = reservableDayProblem(input.day, todayIn(options.now ?? new Date()));
  if (problem) throw invalid(`reservation.errors.${problem}`, undefined, "day");
  const now = options.now ?? new Date();
  const email = buyer.email.toLowerCase();
  try {
    // Inside an outer transaction (the desk's walk-in sale) this is a savepoint.
    return await (options.outer ?? db).transaction(async (tx) => {
      const plan = await dayPassPlan(werkplaats.id, tx);
      if (!plan) throw conflict("daypass.errors.notOnSale");
      if (!options.paidAtCheckout) await withinUnpaidLimit(tx, werkplaats.id, { userId: buyer.userId, email }, now);
      const priceCents = options.paidAtCheckout?.priceCents ?? plan.priceCents;
      const area = await lockAreaWithSpace(tx, werkplaats.id, input.day, input.areaId, now);
      const code = await freeCode(tx, werkplaats.id);
      const [pass] = await tx
        .insert(dayPasses)
        .values({
          werkplaatsId: werkplaats.id,
          planId: plan.id,
          userId: buyer.userId,
          guestName: buyer.name,
          guestEmail: email,
          day: input.day,
          areaId: area.id,
          code,
          priceCents,
          btwRate: plan.btwRate,
          createdBy: options.issuedBy ?? buyer.userId,
        })
        .returning();
      await tx
        .insert(flexReservations)
        .values({ werkplaatsId: werkplaats.id, areaId: area.id, day: input.day, userId: buyer.userId, dayPassId: pass!.id });
      const locale = isLocale(buyer.locale) ? buyer.locale : "nl";
      const invoice = await invoiceDayPass(
        tx,
        werkplaats.id,
        options.issuedBy ?? buyer.userId,
        pass!,
        { ...buyer, email, locale },
        area.name,
        now,
      );
      await enqueueMail(tx, {
        werkplaatsId: werkplaats.id,
        to: pass!.guestEmail,
        locale,
        template: options.paidAtCheckout ? "mail.dayPassPaid" : "mail.dayPass",
        vars: {
          name: buyer.name,
          werkplaats: werkplaats.name,
          date: formatDay(input.day, locale, "weekday"),
          area: area.name,
          code,
          price: formatMoney(inclBtw(priceCents, plan.btwRate), locale),
          link: `${appUrl()}/daypass`,
        },
      });
      return { ...pass!, areaName: area.name, invoiceId: invoice.id, invoiceStatus: invoice.status };
    });
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("daypass.errors.alreadyHasSpot", undefined, "day");
    throw error;
  }
}

const passColumns = {
  id: dayPasses.id,
  day: dayPasses.day,
  code: dayPasses.code,
  area: areas.name,
  guestName: dayPasses.guestName,
  guestEmail: dayPasses.guestEmail,
  priceCents: dayPasses.priceCents,
  btwRate: dayPasses.btwRate,
  status: dayPasses.status,
  paidAt: dayPasses.paidAt,
};

/** The holder's passes, newest first, with their invoice; `lapsed`: unpaid, not checked in, and its spot released. */
export async function myDayPasses(werkplaatsId: string, userId: string, now = new Date()) {
  const releasedThrough = unpaidReleasedThrough(now);
  const rows = await db
    .select({ ...passColumns, checkedIn: sql<boolean>`exists (select 1 from ${checkIns} where ${checkIns.dayPassId} = ${dayPasses.id})` })
    .from(dayPasses)
    .innerJoin(areas, eq(areas.id, dayPasses.areaId))
    .where(and(eq(dayPasses.werkplaatsId, werkplaatsId), eq(dayPasses.userId, userId)))
    .orderBy(desc(dayPasses.day))
    .limit(20);
  const receipts = await receiptsOf(
    werkplaatsId,
    rows.map((p) => `daypass:${p.id}`),
  );
  return rows.map((p) => ({
    ...p,
    lapsed: p.status === "valid" && !p.paidAt && !p.checkedIn && p.day <= releasedThrough,
    receipt: receipts.get(`daypass:${p.id}`) ?? null,
  }));
}

/**
 * The holder cancels a day pass until 09:00 on the day; its flex spot is freed and, when it was
 * not paid, its invoice is credited (after the cancellation commits: a credit note that fails
 * leaves an open invoice the manager sees, never a pass that is both cancelled and kept).
 */
export async function cancelDayPass(werkplaatsId: string, userId: string, dayPassId: string, now = new Date()) {
  const day = await db.transaction(async (tx) => {
    const [pass] = await tx
      .select({ id: dayPasses.id, day: dayPasses.day, status: dayPasses.status })
      .from(dayPasses)
      .where(and(eq(dayPasses.id, dayPassId), eq(dayPasses.werkplaatsId, werkplaatsId), eq(dayPasses.userId, userId)))
      .for("update");
    if (!pass) throw notFound("daypass.errors.notFound");
    if (pass.status !== "valid") throw conflict("daypass.errors.alreadyCancelled");
    if (!canCancel(pass.day, now)) throw conflict("reservation.errors.tooLate");
    await tx.update(dayPasses).set({ status: "cancelled" }).where(eq(dayPasses.id, pass.id));
    await tx
      .update(flexReservations)
      .set({ status: "cancelled", cancelledAt: sql`now()`, cancelledBy: userId })
      .where(and(eq(flexReservations.dayPassId, pass.id), eq(flexReservations.status, "reserved")));
    return pass.day;
  });
  await creditSale(werkplaatsId, userId, `daypass:${dayPassId}`, now);
  return day;
}
