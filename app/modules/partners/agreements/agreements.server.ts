import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { agreementInstalments, invoiceLines, invoices, partnerAgreements } from "#db/schema";
import type { IsoDate } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { divideHalfUp } from "~/utils/money";
import { TIME_ZONE } from "~/utils/zoned-time";
import type { AgreementInput } from "../partners.schema";
import { activitiesOfAgreements } from "./agreement-activities.server";
import { committedCents, instalmentPlan } from "./instalment-plan";
import { listPartners, partnerById } from "./partners.server";

type Agreement = typeof partnerAgreements.$inferSelect;

/** An agreement and its payment dates, written together: the plan divides the committed amount to the cent. */
export async function createAgreement(werkplaatsId: string, actorId: string | null, partnerId: string, input: AgreementInput) {
  await partnerById(werkplaatsId, partnerId);
  return db.transaction(async (tx) => {
    const [agreement] = await tx
      .insert(partnerAgreements)
      .values({
        werkplaatsId,
        partnerId,
        title: input.title,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        yearlyCents: input.yearly,
        form: input.form,
        schedule: input.schedule,
        returns: input.returns ?? "",
        createdBy: actorId,
      })
      .returning();
    const plan = instalmentPlan({ ...input, yearlyCents: input.yearly, customDates: input.customDates });
    if (plan.length > 0)
      await tx.insert(agreementInstalments).values(plan.map((p) => ({ werkplaatsId, agreementId: agreement!.id, ...p })));
    return agreement!;
  });
}

/** The net amount invoiced for instalments, credit notes subtracted: what the ledger says, not the plan. */
const invoicedNet = sql<number>`coalesce((
  select sum(case when i.kind = 'credit_note' then -l.net_cents else l.net_cents end)
  from ${invoiceLines} l join ${invoices} i on i.id = l.invoice_id
  where i.status <> 'draft'
    and (l.charge_key = 'instalment:' || ${agreementInstalments.id}
      or l.credited_line_id in (select l2.id from ${invoiceLines} l2 where l2.charge_key = 'instalment:' || ${agreementInstalments.id}))
), 0)::int`;

export type InstalmentRow = {
  id: string;
  agreementId: string;
  dueOn: IsoDate;
  amountCents: number;
  invoiceId: string | null;
  invoiceNumber: string | null;
  invoicedCents: number;
  paidCents: number;
  grossCents: number;
};

/** Every instalment of these agreements, with its invoice and what was paid on it. */
async function instalmentsOf(agreementIds: string[]): Promise<InstalmentRow[]> {
  if (agreementIds.length === 0) return [];
  return db
    .select({
      id: agreementInstalments.id,
      agreementId: agreementInstalments.agreementId,
      dueOn: agreementInstalments.dueOn,
      amountCents: agreementInstalments.amountCents,
      invoiceId: agreementInstalments.invoiceId,
      invoiceNumber: invoices.number,
      invoicedCents: invoicedNet,
      paidCents: sql<number>`coalesce(${invoices.paidCents}, 0)`,
      grossCents: sql<number>`coalesce(${invoices.grossCents}, 0)`,
    })
    .from(agreementInstalments)
    .leftJoin(invoices, eq(invoices.id, agreementInstalments.invoiceId))
    .where(inArray(agreementInstalments.agreementId, agreementIds))
    .orderBy(asc(agreementInstalments.dueOn));
}

export type AgreementTotals = { committedCents: number; invoicedCents: number; receivedCents: number };

/**
 * What of an instalment's invoiced net amount has been received: the paid share of its invoice
 * (paid / gross, half-up), so that received compares with committed and invoiced, all excl. BTW.
 * A paid invoice has received exactly what it invoiced.
 */
const receivedNetCents = (row: Pick<InstalmentRow, "invoicedCents" | "paidCents" | "grossCents">) =>
  row.grossCents <= 0
    ? 0
    : row.paidCents >= row.grossCents
      ? row.invoicedCents
      : divideHalfUp(row.invoicedCents * row.paidCents, row.grossCents);

/** Committed (the plan), invoiced (net, from the ledger) and received (the paid share of that net): one basis, excl. BTW. */
function totalsOf(agreement: Agreement, rows: InstalmentRow[]): AgreementTotals {
  const own = rows.filter((r) => r.agreementId === agreement.id);
  return {
    committedCents: committedCents(agreement.yearlyCents, agreement.startsOn, agreement.endsOn),
    invoicedCents: own.reduce((sum, r) => sum + r.invoicedCents, 0),
    receivedCents: own.reduce((sum, r) => sum + receivedNetCents(r), 0),
  };
}

/** A partner's agreements with their instalments, totals and the activities they support, for the partner pages. */
export async function agreementsOfPartner(werkplaatsId: string, partnerId: string, zone = TIME_ZONE) {
  const agreements = await db
    .select()
    .from(partnerAgreements)
    .where(and(eq(partnerAgreements.werkplaatsId, werkplaatsId), eq(partnerAgreements.partnerId, partnerId)))
    .orderBy(asc(partnerAgreements.startsOn));
  const ids = agreements.map((a) => a.id);
  const [rows, activities] = await Promise.all([instalmentsOf(ids), activitiesOfAgreements(werkplaatsId, ids, zone)]);
  return agreements.map((agreement) => ({
    agreement,
    totals: totalsOf(agreement, rows),
    instalments: rows.filter((r) => r.agreementId === agreement.id),
    activities: activities.filter((a) => a.agreementId === agreement.id),
  }));
}

/** Every partner with its number of agreements and the totals over them, for the partners list. */
export async function partnersOverview(werkplaatsId: string) {
  const [all, agreements] = await Promise.all([
    listPartners(werkplaatsId),
    db.select().from(partnerAgreements).where(eq(partnerAgreements.werkplaatsId, werkplaatsId)),
  ]);
  const rows = await instalmentsOf(agreements.map((a) => a.id));
  return all.map((partner) => {
    const own = agreements.filter((a) => a.partnerId === partner.id).map((a) => totalsOf(a, rows));
    const add = (pick: keyof AgreementTotals) => own.reduce((s, t) => s + t[pick], 0);
    return {
      partner,
      agreements: own.length,
      totals: { committedCents: add("committedCents"), invoicedCents: add("invoicedCents"), receivedCents: add("receivedCents") },
    };
  });
}
