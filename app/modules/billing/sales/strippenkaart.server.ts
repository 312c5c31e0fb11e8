import { isLocale, translate } from "~/modules/i18n";
import type { IsoDate } from "~/utils/calendar";
import type { Tx } from "~/utils/db.server";
import { invoiceSale } from "./sales.server";

type StripPlan = { nameNl: string; nameEn: string; priceCents: number; btwRate: number };
type CardHolder = { userId: string; companyId: string | null; name: string; email: string; locale: string | null };

/**
 * A strippenkaart is a sale, not a subscription: invoiced once, in the transaction that makes it
 * a bought card (the manager's approval), with charge key `strippenkaart:<membershipId>`. The
 * monthly run uses the same key, so the unique index on invoice lines lets only one of them bill it.
 * The memberships module gets this function from its caller (billing depends on memberships
 * through the rooms it bills, so memberships may not import billing).
 */
export async function invoiceStrippenkaart(
  tx: Tx,
  werkplaatsId: string,
  actorId: string | null,
  card: { membershipId: string; startDate: IsoDate; plan: StripPlan },
  holder: CardHolder,
  now: Date,
) {
  const locale = isLocale(holder.locale) ? holder.locale : "nl";
  return invoiceSale(
    tx,
    werkplaatsId,
    actorId,
    {
      chargeKey: `strippenkaart:${card.membershipId}`,
      buyer: { userId: holder.userId, companyId: holder.companyId, name: holder.name, email: holder.email, locale },
      description: translate(locale, "billing.sales.line.strippenkaart", { plan: locale === "en" ? card.plan.nameEn : card.plan.nameNl }),
      exclCents: card.plan.priceCents,
      btwRate: card.plan.btwRate as 21 | 9 | 0,
      revenueKind: "strippenkaart",
      period: { start: card.startDate, end: card.startDate },
    },
    now,
  );
}
