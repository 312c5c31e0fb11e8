import { and, eq } from "drizzle-orm";
import { dayPasses } from "#db/schema";
import { invoiceSale, paySaleAtDesk, type Buyer, type DeskMethod } from "~/modules/billing/index.server";
import { translate, type Locale } from "~/modules/i18n";
import { formatDay, type IsoDate } from "~/utils/calendar";
import { db, type Executor, type Tx } from "~/utils/db.server";
import { notFound } from "~/utils/errors";

/**
 * A day pass is invoiced in the transaction that issues it (charge key `daypass:<id>`), in the
 * buyer's language, at the price and rate kept on the pass. Paid or not is the invoice's status;
 * the pass's paid_at follows it (a trigger in the database), so the unpaid rules keep working.
 */
export async function invoiceDayPass(
  tx: Tx,
  werkplaatsId: string,
  actorId: string | null,
  pass: { id: string; day: IsoDate; priceCents: number; btwRate: number },
  buyer: Buyer,
  areaName: string,
  now: Date,
) {
  const locale: Locale = buyer.locale;
  return invoiceSale(
    tx,
    werkplaatsId,
    actorId,
    {
      chargeKey: `daypass:${pass.id}`,
      buyer,
      description: translate(locale, "billing.sales.line.dayPass", { date: formatDay(pass.day, locale), area: areaName }),
      exclCents: pass.priceCents,
      btwRate: pass.btwRate as 21 | 9 | 0,
      revenueKind: "day_pass",
      period: { start: pass.day, end: pass.day },
    },
    now,
  );
}

/**
 * The reception takes the money for a pass of this werkplaats (pin or cash); another's pass is 404.
 * `outer` is the walk-in sale's transaction when the pass was issued a moment ago in it.
 */
export async function payDayPassAtDesk(
  werkplaatsId: string,
  staffId: string,
  dayPassId: string,
  method: DeskMethod,
  now = new Date(),
  outer: Executor = db,
) {
  const [pass] = await outer
    .select({ id: dayPasses.id, guestName: dayPasses.guestName })
    .from(dayPasses)
    .where(and(eq(dayPasses.id, dayPassId), eq(dayPasses.werkplaatsId, werkplaatsId)));
  if (!pass) throw notFound("daypass.errors.notFound");
  await paySaleAtDesk(werkplaatsId, staffId, `daypass:${pass.id}`, method, now, outer);
  return pass.guestName;
}
