import type { EventRow } from "#db/schema";
import { invoiceSale } from "~/modules/billing/index.server";
import { isLocale, translate } from "~/modules/i18n";
import { todayIn } from "~/utils/zoned-time";
import { formatDay } from "~/utils/calendar";
import type { Tx } from "~/utils/db.server";
import { TICKET_BTW_RATE } from "./event-rules";

/**
 * A paid ticket is invoiced when it gives a place (at registration, or when the waitlist moves
 * up), in that transaction, with charge key `ticket:<registrationId>`. Free tickets and places
 * on the waitlist are not invoiced.
 */
export async function invoiceTicket(
  tx: Tx,
  event: EventRow,
  registration: { id: string; userId: string | null; name: string; email: string; locale: string; priceCents: number },
  now: Date,
) {
  if (registration.priceCents <= 0) return null;
  const locale = isLocale(registration.locale) ? registration.locale : "nl";
  const day = todayIn(event.startsAt);
  return invoiceSale(
    tx,
    event.werkplaatsId,
    registration.userId,
    {
      chargeKey: `ticket:${registration.id}`,
      buyer: { userId: registration.userId, name: registration.name, email: registration.email, locale },
      description: translate(locale, "billing.sales.line.ticket", {
        event: (locale === "en" && event.titleEn) || event.titleNl,
        date: formatDay(day, locale),
      }),
      exclCents: registration.priceCents,
      btwRate: TICKET_BTW_RATE,
      revenueKind: "ticket",
      period: { start: day, end: day },
    },
    now,
  );
}
