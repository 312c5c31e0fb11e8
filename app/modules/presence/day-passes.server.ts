import { randomInt } from "node:crypto";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { areas, dayPasses, flexReservations } from "#db/schema";
import { lockAreaWithSpace } from "~/modules/desks/capacity.server";
import { canCancel, reservableDayProblem } from "~/modules/desks/reservations";
import { isLocale, type Locale } from "~/modules/i18n/locales";
import { inclBtw } from "~/modules/memberships/plans";
import { dayPassPlan } from "~/modules/memberships/plans.server";
import { enqueueMail } from "~/modules/notifications/outbox.server";
import { formatDay, todayIn, type IsoDate } from "~/utils/calendar";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import { formatMoney } from "~/utils/money";

/** Letters and digits that cannot be mistaken for each other when read out at the desk. */
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function newCheckInCode() {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

async function freeCode(tx: Executor, werkplaatsId: string) {
  for (;;) {
    const code = newCheckInCode();
    const [used] = await tx.select({ id: dayPasses.id }).from(dayPasses).where(and(eq(dayPasses.werkplaatsId, werkplaatsId), eq(dayPasses.code, code)));
    if (!used) return code;
  }
}

export type DayPassBuyer = { userId: string | null; name: string; email: string; locale: Locale };

/**
 * A day pass for one day: a flex spot (the area's capacity holds, as for members) and a check-in
 * code, mailed to the guest. Unpaid until billing exists; the price is kept as sold.
 */
export async function issueDayPass(
  werkplaats: { id: string; name: string },
  buyer: DayPassBuyer,
  input: { day: IsoDate; areaId?: string },
  options: { issuedBy?: string; now?: Date } = {},
) {
  const problem = reservableDayProblem(input.day, todayIn(options.now ?? new Date()));
  if (problem) throw invalid(`reservation.errors.${problem}`, undefined, "day");
  try {
    return await db.transaction(async (tx) => {
      const plan = await dayPassPlan(werkplaats.id, tx);
      if (!plan) throw conflict("daypass.errors.notOnSale");
      const area = await lockAreaWithSpace(tx, werkplaats.id, input.day, input.areaId);
      const code = await freeCode(tx, werkplaats.id);
      const [pass] = await tx
        .insert(dayPasses)
        .values({
          werkplaatsId: werkplaats.id,
          planId: plan.id,
          userId: buyer.userId,
          guestName: buyer.name,
          guestEmail: buyer.email.toLowerCase(),
          day: input.day,
          areaId: area.id,
          code,
          priceCents: plan.priceCents,
          btwRate: plan.btwRate,
          createdBy: options.issuedBy ?? buyer.userId,
        })
        .returning();
      await tx.insert(flexReservations).values({ werkplaatsId: werkplaats.id, areaId: area.id, day: input.day, userId: buyer.userId, dayPassId: pass!.id });
      const locale = isLocale(buyer.locale) ? buyer.locale : "nl";
      await enqueueMail(tx, {
        werkplaatsId: werkplaats.id,
        to: pass!.guestEmail,
        locale,
        template: "mail.dayPass",
        vars: {
          name: buyer.name,
          werkplaats: werkplaats.name,
          date: formatDay(input.day, locale, "weekday"),
          area: area.name,
          code,
          price: formatMoney(inclBtw(plan.priceCents, plan.btwRate)),
          link: `${appUrl()}/daypass`,
        },
      });
      return { ...pass!, areaName: area.name };
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

export async function myDayPasses(werkplaatsId: string, userId: string) {
  return db
    .select(passColumns)
    .from(dayPasses)
    .innerJoin(areas, eq(areas.id, dayPasses.areaId))
    .where(and(eq(dayPasses.werkplaatsId, werkplaatsId), eq(dayPasses.userId, userId)))
    .orderBy(desc(dayPasses.day))
    .limit(20);
}

export async function dayPassesOn(werkplaatsId: string, day: IsoDate) {
  return db
    .select(passColumns)
    .from(dayPasses)
    .innerJoin(areas, eq(areas.id, dayPasses.areaId))
    .where(and(eq(dayPasses.werkplaatsId, werkplaatsId), eq(dayPasses.day, day), eq(dayPasses.status, "valid")))
    .orderBy(asc(dayPasses.guestName));
}

/** The holder cancels a day pass until 09:00 on the day; its flex spot is freed. */
export async function cancelDayPass(werkplaatsId: string, userId: string, dayPassId: string, now = new Date()) {
  return db.transaction(async (tx) => {
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
}
