import { and, asc, desc, eq, gt, lte, type SQL } from "drizzle-orm";
import { areas, dayPasses, users } from "../schema";
import { invoiceSale, paySaleAtDesk } from "../../app/modules/billing/index.server";
import { translate } from "../../app/modules/i18n";
import { formatDay } from "../../app/utils/calendar";
import { todayIn } from "../../app/utils/zoned-time";
import { db } from "../../app/utils/db.server";

/**
 * Day passes of the demo as the reception handles them: the four latest guests up to today paid
 * at the desk (two by pin, two in cash), the passes of the coming days invoiced and still open,
 * so /reception shows the Pin and Contant buttons. Issued today, after the billing seed's
 * invoices, so the numbers keep following the calendar.
 */
export async function seedDeskSales(werkplaatsId: string) {
  const today = todayIn();
  const [desk] = await db.select({ id: users.id }).from(users).where(eq(users.email, "jeroen@doc-dordrecht.nl"));
  const passes = (where: SQL | undefined, order: SQL, limit: number) =>
    db
      .select({
        id: dayPasses.id,
        day: dayPasses.day,
        name: dayPasses.guestName,
        email: dayPasses.guestEmail,
        priceCents: dayPasses.priceCents,
        btwRate: dayPasses.btwRate,
        area: areas.name,
      })
      .from(dayPasses)
      .innerJoin(areas, eq(areas.id, dayPasses.areaId))
      .where(and(eq(dayPasses.werkplaatsId, werkplaatsId), eq(dayPasses.status, "valid"), where))
      .orderBy(order)
      .limit(limit);
  const paid = await passes(lte(dayPasses.day, today), desc(dayPasses.day), 4);
  const open = await passes(gt(dayPasses.day, today), asc(dayPasses.day), 3);
  const staffId = desk?.id ?? null;
  for (const pass of [...paid, ...open]) {
    await db.transaction((tx) =>
      invoiceSale(tx, werkplaatsId, staffId, {
        chargeKey: `daypass:${pass.id}`,
        buyer: { userId: null, name: pass.name, email: pass.email, locale: "nl" },
        description: translate("nl", "billing.sales.line.dayPass", { date: formatDay(pass.day, "nl"), area: pass.area }),
        exclCents: pass.priceCents,
        btwRate: pass.btwRate as 21 | 9 | 0,
        revenueKind: "day_pass",
        period: { start: pass.day, end: pass.day },
      }),
    );
  }
  for (const [index, pass] of paid.entries()) {
    if (staffId) await paySaleAtDesk(werkplaatsId, staffId, `daypass:${pass.id}`, index % 2 === 0 ? "pin" : "cash");
  }
}
