import { and, asc, eq } from "drizzle-orm";
import { billingSettings, companies, companyMembers, invoiceLines, users } from "../schema";
import { makeBillingSettings } from "../billing-factories";
import { seedBank } from "./bank";
import { seedDeskSales } from "./desk-sales";
import {
  addBusinessParty,
  createDraftInvoice,
  creditInvoice,
  issueInvoice,
  partyForCompany,
  recordPayment,
  type DraftLine,
} from "../../app/modules/billing/index.server";
import { addDays, addMonths, monthOf, type IsoDate } from "../../app/utils/calendar";
import { todayIn, zonedToUtc } from "../../app/utils/zoned-time";
import { db } from "../../app/utils/db.server";
import { seedConsumerInArrears, seedReminders } from "./receivables";

const flexMonth = (month: { start: IsoDate; end: IsoDate }): DraftLine => ({
  description: "Lidmaatschap Flexplek",
  period: month,
  quantity: "1",
  unitCode: "MON",
  unitCents: 175_00,
  btw: { rate: 21 },
  revenueKind: "membership",
});

async function companyOfMember(werkplaatsId: string, email: string) {
  const [row] = await db
    .select({ id: companies.id })
    .from(companies)
    .innerJoin(companyMembers, eq(companyMembers.companyId, companies.id))
    .innerJoin(users, eq(users.id, companyMembers.userId))
    .where(and(eq(companies.werkplaatsId, werkplaatsId), eq(users.email, email)));
  return row?.id;
}

/**
 * Invoicing for the demo: DOC's billing settings and three months of invoices so the pages
 * are not empty: paid ones, an open and an overdue one, a credit note, and a Belgian firm
 * under reverse charge. Issued on their own dates, in order, so numbers follow the calendar.
 * Runs once: a werkplaats with billing settings is left alone.
 */
export async function seedBilling(werkplaatsId: string) {
  const [existing] = await db
    .select({ id: billingSettings.werkplaatsId })
    .from(billingSettings)
    .where(eq(billingSettings.werkplaatsId, werkplaatsId));
  if (existing) return;
  await makeBillingSettings(werkplaatsId, {
    legalName: "Stichting DOC Dordrecht",
    tradeName: "DOC Dordrecht",
    street: "Noordendijk 250",
    postalCode: "3311 RR",
    city: "Dordrecht",
    kvkNumber: "24478562",
    btwId: "NL858234105B01",
    iban: "NL44RABO0123456789",
    bic: "RABONL2U",
    invoicePrefix: "DOC",
    paymentTermDays: 14,
    footer: "Betaal binnen 14 dagen onder vermelding van het betalingskenmerk. Vragen? facturen@doc-dordrecht.nl",
    colour: "#0f5fa8",
    senderEmail: "facturen@doc-dordrecht.nl",
  });

  const today = todayIn();
  const thisMonth = monthOf(today);
  const months = [-2, -1, 0].map((n) => monthOf(addMonths(thisMonth.start, n)));
  const at = (date: IsoDate) => (date >= today ? new Date() : zonedToUtc(date, "09:00"));
  const studio = await companyOfMember(werkplaatsId, "sanne@studio-noord.nl");
  const bitwerk = await companyOfMember(werkplaatsId, "daan@bitwerk.nl");
  if (!studio || !bitwerk) return;
  const studioParty = await partyForCompany(werkplaatsId, studio);
  const bitwerkParty = await partyForCompany(werkplaatsId, bitwerk);
  const gent = await addBusinessParty(werkplaatsId, {
    name: "Atelier Gent BV",
    email: "boekhouding@ateliergent.be",
    street: "Korenmarkt 16",
    postalCode: "9000",
    city: "Gent",
    countryCode: "BE",
    btwId: "BE0477472701",
    language: "nl",
    buyerReference: "PO-2026-118",
  });

  const issue = async (partyId: string, period: { start: IsoDate; end: IsoDate }, lines: DraftLine[], on: IsoDate) => {
    const draft = await createDraftInvoice(werkplaatsId, null, { partyId, period, lines });
    return issueInvoice(werkplaatsId, null, draft.id, at(on));
  };
  const pay = (invoice: { id: string; grossCents: number; issueDate: string | null }, method: "transfer" | "incasso" = "transfer") =>
    recordPayment(werkplaatsId, null, invoice.id, {
      amountCents: invoice.grossCents,
      method,
      receivedOn: addDays(invoice.issueDate!, 6),
      reference: "Demo-betaling",
    });

  // Two months ago: both members paid.
  const [older, last, current] = months as [(typeof months)[0], (typeof months)[0], (typeof months)[0]];
  await pay(await issue(studioParty.id, older, [flexMonth(older)], older.start));
  await pay(await issue(bitwerkParty.id, older, [flexMonth(older)], older.start), "incasso");
  await seedConsumerInArrears(werkplaatsId, addDays(older.start, 1));
  // Last month: Studio Noord paid; Bitwerk is overdue and one line was credited.
  await pay(await issue(studioParty.id, last, [flexMonth(last)], last.start));
  const bitwerkLast = await issue(
    bitwerkParty.id,
    last,
    [
      flexMonth(last),
      {
        description: "Vergaderruimte De Merwede, 2 uur",
        quantity: "2",
        unitCode: "HUR",
        unitCents: 35_00,
        btw: { rate: 21 },
        revenueKind: "room_hours",
      },
    ],
    last.start,
  );
  const [, roomLine] = await db
    .select()
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, bitwerkLast.id))
    .orderBy(asc(invoiceLines.position));
  await creditInvoice(werkplaatsId, null, bitwerkLast.id, [roomLine!.id], at(addDays(last.start, 3)));
  // A Belgian firm hired the big room for a day: reverse charge, paid.
  const gentOn = addDays(last.start, 14);
  await pay(
    await issue(
      gent.id,
      { start: gentOn, end: gentOn },
      [
        {
          description: "Zaalhuur De Grote Zaal, hele dag",
          period: { start: gentOn, end: gentOn },
          quantity: "1",
          unitCode: "DAY",
          unitCents: 450_00,
          btw: { rate: 21 },
          revenueKind: "one_off",
        },
      ],
      gentOn,
    ),
  );
  // This month: both open.
  await issue(studioParty.id, current, [flexMonth(current)], current.start);
  await issue(bitwerkParty.id, current, [flexMonth(current)], current.start);
  await seedReminders(werkplaatsId);
  await seedBank(werkplaatsId, bitwerkParty.id, today);
  await seedDeskSales(werkplaatsId);
}
