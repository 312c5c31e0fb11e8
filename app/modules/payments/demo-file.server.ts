import { DEMO_SLUG } from "#db/seed/demo-slug";
import { billingSettingsOf } from "~/modules/billing/index.server";
import type { IsoDate } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { demoStatement } from "./demo-statement";
import { invoicesToMatch } from "./open-invoices.server";

/**
 * The sample statement is offered in the demo werkplaats only: imported anywhere else it would
 * book money that never came in.
 */
export const offersDemoStatement = (werkplaats: { slug: string }) => werkplaats.slug === DEMO_SLUG;

/**
 * A CAMT.053 statement, made now from the demo's open invoices, that pays most of them: the
 * manager downloads it and imports it to see matching at work. Made on request rather than
 * written once by the seed, so it still matches after the demo's invoices have moved on.
 */
export async function demoStatementFile(werkplaats: { id: string; slug: string }, today: IsoDate) {
  if (!offersDemoStatement(werkplaats)) return null;
  const settings = await billingSettingsOf(werkplaats.id);
  const open = (await invoicesToMatch(db, werkplaats.id)).filter((i) => i.openCents > 0);
  if (!settings?.iban || open.length === 0) return null;
  return {
    filename: `voorbeeldafschrift-${today}.xml`,
    contentType: "application/xml; charset=utf-8",
    body: demoStatement(open, { bookingDate: today, accountIban: settings.iban }),
  };
}
