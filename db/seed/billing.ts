import { and, asc, eq, sql } from "drizzle-orm";
import { billingSettings, companies, companyMembers, invoiceLines, invoices, users } from "../schema";
import { makeBillingSettings } from "../billing-factories";
import { seedBank } from "./bank";
import { seedDeskSales } from "./desk-sales";
import { creditInvoice, issueMonth, partyForCompany } from "../../app/modules/billing/index.server";
import { invoiceDueInstalments } from "../../app/modules/partners/index.server";
import { lateSponsorInvoices, paySponsorInvoices } from "./partners";
import { addDays, addMonths, monthOf, type IsoDate } from "../../app/utils/calendar";
import { todayIn, zonedToUtc } from "../../app/utils/zoned-time";
import { db } from "../../app/utils/db.server";
import { seedConsumerInArrears, seedReminders } from "./receivables";
import { settleDemoInvoices } from "./settle";

async function companyOfMember(werkplaatsId: string, email: string) {
  const [row] = await db
    .select({ id: companies.id })
    .from(companies)
    .innerJoin(companyMembers, eq(companyMembers.companyId, companies.id))
    .innerJoin(users, eq(users.id, companyMembers.userId))
    .where(and(eq(companies.werkplaatsId, werkplaatsId), eq(users.email, email)));
  return row?.id;
}

/** The invoices a month's run issued, in number order, with their party and line count. */
async function issuedOn(werkplaatsId: string, day: IsoDate) {
  return db
    .select({ id: invoices.id, partyId: invoices.partyId, lines: sql<number>`count(${invoiceLines.id})::int` })
    .from(invoices)
    .innerJoin(invoiceLines, eq(invoiceLines.invoiceId, invoices.id))
    .where(and(eq(invoices.werkplaatsId, werkplaatsId), eq(invoices.kind, "invoice"), eq(invoices.issueDate, day)))
    .groupBy(invoices.id)
    .orderBy(asc(invoices.number));
}

/**
 * Invoicing for the demo: DOC's billing settings and a year of invoices made by the monthly
 * billing run itself (memberships, room-hour overage, strippenkaarten, deposits and their
 * refunds), each month issued on its first day, in order, so numbers follow the calendar. Then
 * what a year brings: most invoices paid (Bitwerk by incasso), last month's partly overdue with
 * reminders, an older one long overdue, one line credited, a consumer who got the 14-dagenbrief,
 * and Atelier Gent (a Belgian member firm) under reverse charge. Runs once: a werkplaats with
 * billing settings is left alone.
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
  const at = (date: IsoDate) => (date >= today ? new Date() : zonedToUtc(date, "09:00"));
  const firsts = Array.from({ length: 12 }, (_, i) => addMonths(monthOf(today).start, i - 11));
  const [older, last] = firsts.slice(-3) as [IsoDate, IsoDate, IsoDate];
  let arrears: { id: string } | undefined;
  for (const first of firsts) {
    await issueMonth(werkplaatsId, null, first.slice(0, 7), { now: at(first) });
    // The maintenance job invoices sponsor instalments on their day, between the month's invoices.
    await invoiceDueInstalments(at(first));
    if (first === older) arrears = await seedConsumerInArrears(werkplaatsId, addDays(older, 1));
    if (first === last) await creditOneLine(werkplaatsId, last, at(addDays(last, 3)));
  }

  const bitwerk = await companyOfMember(werkplaatsId, "daan@bitwerk.nl");
  const bitwerkParty = bitwerk ? await partyForCompany(werkplaatsId, bitwerk) : undefined;
  if (bitwerkParty) await seedBank(werkplaatsId, bitwerkParty.id, today);
  // Left open: Bitwerk's and two others' invoices of last month (overdue, reminded), one of two
  // months ago (long overdue) and the consumer's ticket; everything older than twelve days paid.
  const lastMonth = await issuedOn(werkplaatsId, last);
  const keepOpen = [
    ...lastMonth.filter((i, n) => i.partyId === bitwerkParty?.id || n === 2 || n === 6),
    ...(await issuedOn(werkplaatsId, older)).filter((_, n) => n === 4),
  ].map((i) => i.id);
  if (arrears) keepOpen.push(arrears.id);
  keepOpen.push(...(await lateSponsorInvoices(werkplaatsId)));
  await settleDemoInvoices(werkplaatsId, addDays(today, -12), keepOpen);
  await paySponsorInvoices(werkplaatsId);
  await seedReminders(werkplaatsId);
  await seedDeskSales(werkplaatsId);
}

/** A manager's correction: the last line of last month's first invoice with more than one line, credited. */
async function creditOneLine(werkplaatsId: string, day: IsoDate, now: Date) {
  const invoice = (await issuedOn(werkplaatsId, day)).find((i) => i.lines > 1);
  if (!invoice) return;
  const [line] = await db
    .select({ id: invoiceLines.id })
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, invoice.id))
    .orderBy(sql`${invoiceLines.position} desc`)
    .limit(1);
  await creditInvoice(werkplaatsId, null, invoice.id, [line!.id], now);
}
