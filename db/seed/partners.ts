import { asc, eq } from "drizzle-orm";
import { agreementInstalments, events, invoices, partnerAgreements, partnerContacts, partners } from "../schema";
import { makeAgreement, makePartner } from "../partner-factories";
import {
  linkActivity,
  recordInKind,
  recordSubsidy,
  saveBudgetLine,
  saveLocationCost,
  savePartnerSettings,
} from "../../app/modules/partners/index.server";
import { recordPayment } from "../../app/modules/billing/index.server";
import { addDays, addMonths, monthOf } from "../../app/utils/calendar";
import { db } from "../../app/utils/db.server";
import { todayIn } from "../../app/utils/zoned-time";

/**
 * A believable DOC year on the partner side: a regional bank, the municipality, ROC Da Vinci
 * College and two IT firms with agreements that started eleven months ago, gifts in kind, one
 * provincial subsidy with reporting deadlines, twelve months of location costs and this year's
 * budget. Runs once per werkplaats, before the billing step: the billing run's year invoices the
 * cash instalments on their own dates (`invoiceDueInstalments`), so their numbers fall
 * between the month's other invoices as they would have.
 */
export async function seedPartners(werkplaatsId: string) {
  const [existing] = await db.select({ id: partners.id }).from(partners).where(eq(partners.werkplaatsId, werkplaatsId)).limit(1);
  if (existing) return;
  const today = todayIn();
  const start = addMonths(monthOf(today).start, -11);
  const end = addDays(addMonths(start, 12), -1);
  const address = { street: "Noordendijk 250", postalCode: "3311 RR", city: "Dordrecht" };
  const bank = await makePartner(werkplaatsId, {
    ...address,
    name: "Rabobank Drechtsteden",
    kind: "bank",
    website: "https://www.rabobank.nl",
  });
  const gemeente = await makePartner(werkplaatsId, {
    ...address,
    name: "Gemeente Dordrecht",
    kind: "municipality",
    website: "https://www.dordrecht.nl",
    email: "subsidies@dordrecht.example",
  });
  const roc = await makePartner(werkplaatsId, {
    ...address,
    name: "ROC Da Vinci College",
    kind: "education",
    website: "https://www.davinci.nl",
  });
  const bitwerk = await makePartner(werkplaatsId, { ...address, name: "Bitwerk IT", kind: "it_firm", website: "https://bitwerk.example" });
  const cloud = await makePartner(werkplaatsId, {
    ...address,
    name: "Drechtcloud",
    kind: "it_firm",
    website: "https://drechtcloud.example",
  });
  const period = { startsOn: start, endsOn: end };
  const bankAgreement = await makeAgreement(werkplaatsId, bank.id, {
    ...period,
    title: "Hoofdpartner werkplaats",
    yearly: 15_000_00,
    schedule: "quarterly",
  });
  await makeAgreement(werkplaatsId, gemeente.id, {
    ...period,
    title: "Bijdrage economische zaken",
    yearly: 25_000_00,
    schedule: "yearly",
    returns: "Logo op de impactpagina, kwartaalrapportage",
  });
  const hackathonAgreement = await makeAgreement(werkplaatsId, bitwerk.id, {
    ...period,
    title: "Partner hackathon",
    yearly: 3_000_00,
    schedule: "monthly",
    returns: "Zetel in de jury",
  });
  await makeAgreement(werkplaatsId, cloud.id, { ...period, title: "Cloudpartner", yearly: 2_400_00, schedule: "monthly" });
  await makeAgreement(werkplaatsId, roc.id, {
    ...period,
    title: "Docenturen en studententeams",
    yearly: 18_000_00,
    form: "in_kind",
    schedule: "quarterly",
    returns: "Praktijkopdrachten voor studenten",
  });
  for (let m = 0; m < 12; m++) {
    const month = addMonths(start, m).slice(0, 7);
    await saveLocationCost(werkplaatsId, { intent: "cost", month, kind: "rent", amount: 4_250_00, note: "" });
    await saveLocationCost(werkplaatsId, { intent: "cost", month, kind: "service_costs", amount: 650_00, note: "" });
    await saveLocationCost(werkplaatsId, { intent: "cost", month, kind: "energy", amount: 380_00 + (m % 6) * 45_00, note: "" });
    await saveLocationCost(werkplaatsId, { intent: "cost", month, kind: "workshop", amount: 3_200_00, note: "Coördinator en materialen" });
    if (m % 3 === 0)
      await recordInKind(werkplaatsId, null, {
        intent: "inKind",
        partnerId: roc.id,
        kind: "hours",
        hours: "40",
        description: "Docent begeleidt de studententeams",
        givenOn: addDays(addMonths(start, m), 14),
        value: 40 * 75_00,
      });
  }
  await recordInKind(werkplaatsId, null, {
    intent: "inKind",
    partnerId: bitwerk.id,
    kind: "goods",
    description: "Zes refurbished laptops voor studententeams",
    givenOn: addDays(start, 40),
    value: 1_800_00,
  });
  await recordSubsidy(werkplaatsId, {
    intent: "subsidy",
    source: "province",
    name: "Provincie Zuid-Holland: digitalisering mkb Drechtsteden",
    amount: 60_000_00,
    startsOn: start,
    endsOn: end,
    conditions: "Minimaal 30 mkb-bedrijven geholpen; tussen- en eindrapportage met de Impactmonitor.",
    deadlines: [
      { dueOn: addDays(addMonths(start, 6), 14), what: "Tussenrapportage" },
      { dueOn: addDays(end, 60), what: "Eindrapportage en verantwoording" },
    ],
  });
  await seedSupport(werkplaatsId, bank.id, bankAgreement.id, bitwerk.id, hackathonAgreement.id);
  const year = Number(today.slice(0, 4));
  for (const [kind, amount] of [
    ["rent", 51_000_00],
    ["service_costs", 7_800_00],
    ["energy", 6_000_00],
    ["workshop", 40_000_00],
    ["coworking", 95_000_00],
    ["sponsorship_cash", 45_000_00],
    ["subsidies", 60_000_00],
  ] as const)
    await saveBudgetLine(werkplaatsId, { intent: "budget", year, kind, amount });
  await savePartnerSettings(werkplaatsId, {
    publishedFigures: ["smesHelped", "trajectoriesStarted", "studentsInvolved", "averageRating", "expertHours"],
  });
}

/**
 * What the partners get in return, on the agenda: the bank names the masterclasses and lends a
 * room, Bitwerk sits on the hackathon's jury. The bank's demo contact sees it on their partner page.
 */
async function seedSupport(werkplaatsId: string, bankId: string, bankAgreementId: string, bitwerkId: string, hackathonAgreementId: string) {
  await db.insert(partnerContacts).values({ partnerId: bankId, email: "partner@rabobank-drechtsteden.nl" }).onConflictDoNothing();
  const agenda = await db
    .select({ id: events.id, kind: events.kind })
    .from(events)
    .where(eq(events.werkplaatsId, werkplaatsId))
    .orderBy(asc(events.startsAt));
  const link = (partnerId: string, agreementId: string, eventId: string, role: "named_event" | "jury_seat" | "room_lent") =>
    linkActivity(werkplaatsId, partnerId, { intent: "linkActivity", agreementId, eventId, role });
  for (const e of agenda.filter((a) => a.kind === "masterclass").slice(0, 2)) await link(bankId, bankAgreementId, e.id, "named_event");
  const workshop = agenda.find((a) => a.kind === "workshop");
  if (workshop) await link(bankId, bankAgreementId, workshop.id, "room_lent");
  for (const e of agenda.filter((a) => a.kind === "hackathon")) await link(bitwerkId, hackathonAgreementId, e.id, "jury_seat");
  await recordInKind(werkplaatsId, null, {
    intent: "inKind",
    partnerId: bankId,
    kind: "room",
    description: "Vergaderzaal op het kantoor voor de netwerkavond",
    givenOn: addDays(todayIn(), -30),
    value: 450_00,
  });
}

/** The partner that pays late: its last two sponsor invoices stay open (an open receivable on the partner pages). */
const LATE_PAYER = "Drechtcloud";

/** The late payer's last two sponsor invoices, which the demo's settlement leaves open. */
export async function lateSponsorInvoices(werkplaatsId: string): Promise<string[]> {
  const rows = await sponsorInvoices(werkplaatsId);
  return rows
    .filter((r) => r.partner === LATE_PAYER)
    .slice(-2)
    .map((r) => r.id);
}

/**
 * Partners pay the sponsor invoices the demo's settlement left (those of the last twelve days)
 * by transfer today, so every partner but the late payer has received all it was invoiced.
 */
export async function paySponsorInvoices(werkplaatsId: string) {
  const today = todayIn();
  const late = new Set(await lateSponsorInvoices(werkplaatsId));
  for (const invoice of await sponsorInvoices(werkplaatsId)) {
    if (late.has(invoice.id) || invoice.status !== "issued" || invoice.grossCents === 0) continue;
    await recordPayment(werkplaatsId, null, invoice.id, {
      amountCents: invoice.grossCents,
      method: "transfer",
      receivedOn: today,
      reference: "Sponsorbijdrage",
    });
  }
}

async function sponsorInvoices(werkplaatsId: string) {
  return db
    .select({ id: invoices.id, status: invoices.status, grossCents: invoices.grossCents, partner: partners.name })
    .from(agreementInstalments)
    .innerJoin(partnerAgreements, eq(partnerAgreements.id, agreementInstalments.agreementId))
    .innerJoin(partners, eq(partners.id, partnerAgreements.partnerId))
    .innerJoin(invoices, eq(invoices.id, agreementInstalments.invoiceId))
    .where(eq(agreementInstalments.werkplaatsId, werkplaatsId))
    .orderBy(asc(agreementInstalments.dueOn));
}
