import { and, asc, desc, eq, gte, inArray, isNotNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { billingParties, companyMembers, invoiceLines, invoices, partnerContacts, partners, users } from "#db/schema";
import type { Role } from "~/modules/auth";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/errors";
import type { InvoiceFilter } from "./billing.schema";
import { invoiceDocument } from "./document.server";
import type { InvoiceDocument } from "./document";
import { invoicePdf, invoiceUbl } from "./documents/index.server";
import { partyCreditCents, paymentsOf } from "./payments.server";
import { dueCents } from "./settlement.server";
import { missingForIssue } from "./checklist";
import { billingSettingsOf } from "./settings.server";

/** What an invoice has been credited for, per invoice, as a subquery column. */
const creditedSql = sql<number>`coalesce((select sum(cn.gross_cents) from invoices cn
  where cn.credits_invoice_id = ${invoices.id} and cn.status <> 'draft'), 0)::int`;

/**
 * "In incasso": the collection date of the direct debit file an unpaid invoice sits in and that has
 * not come back. Once the bank's statement pays it the invoice is simply paid; a storno returns it
 * (returned_at) and it is open again.
 */
const inCollectionOnSql = sql<string | null>`case when ${invoices.status} = 'issued' then (select b.collection_date::text
  from direct_debit_collections d join direct_debit_batches b on b.id = d.batch_id
  where d.invoice_id = ${invoices.id} and d.returned_at is null limit 1) end`;

const listColumns = {
  id: invoices.id,
  kind: invoices.kind,
  status: invoices.status,
  number: invoices.number,
  issueDate: invoices.issueDate,
  dueDate: invoices.dueDate,
  periodStart: invoices.periodStart,
  periodEnd: invoices.periodEnd,
  grossCents: invoices.grossCents,
  paidCents: invoices.paidCents,
  creditedCents: creditedSql,
  inCollectionOn: inCollectionOnSql,
  partyId: invoices.partyId,
  partyName: billingParties.name,
};

type ListRow = { kind: string; grossCents: number; paidCents: number; creditedCents: number };

/** Adds what is still due to each row, and the totals of exactly those rows, so the two agree. */
function withDue<R extends ListRow>(rows: R[]) {
  const listed = rows.map((r) => ({
    ...r,
    dueCents: r.kind === "invoice" ? dueCents(r.grossCents, r.paidCents, Number(r.creditedCents)) : 0,
  }));
  const sign = (r: { kind: string }) => (r.kind === "credit_note" ? -1 : 1);
  const totals = listed.reduce(
    (t, r) => ({
      grossCents: t.grossCents + sign(r) * r.grossCents,
      paidCents: t.paidCents + r.paidCents,
      dueCents: t.dueCents + r.dueCents,
    }),
    { grossCents: 0, paidCents: 0, dueCents: 0 },
  );
  return { invoices: listed, totals };
}

/**
 * The manager's list, newest first, filtered by status ("open" = issued and not yet settled),
 * billing party and issue-date period. Credit notes count negative in the gross total.
 */
export async function listInvoices(werkplaatsId: string, filter: InvoiceFilter, options: { limit?: number | null } = {}) {
  const conditions: (SQL | undefined)[] = [eq(invoices.werkplaatsId, werkplaatsId)];
  if (filter.status === "open") conditions.push(eq(invoices.status, "issued"), eq(invoices.kind, "invoice"));
  else if (filter.status) conditions.push(eq(invoices.status, filter.status));
  if (filter.party) conditions.push(eq(invoices.partyId, filter.party));
  if (filter.from) conditions.push(gte(invoices.issueDate, filter.from));
  if (filter.to) conditions.push(lte(invoices.issueDate, filter.to));
  const rows = await db
    .select(listColumns)
    .from(invoices)
    .innerJoin(billingParties, eq(billingParties.id, invoices.partyId))
    .where(and(...conditions))
    .orderBy(sql`${invoices.issueDate} desc nulls first`, desc(invoices.sequence), desc(invoices.createdAt))
    // null: every row (the receivables page ages all open invoices and pages them itself).
    .limit(options.limit === null ? Number.MAX_SAFE_INTEGER : (options.limit ?? 500));
  const parties = await db
    .select({ id: billingParties.id, name: billingParties.name })
    .from(billingParties)
    .where(eq(billingParties.werkplaatsId, werkplaatsId))
    .orderBy(asc(billingParties.name));
  return { ...withDue(rows), parties };
}

/** The billing parties a person pays for: their own, and their company's. */
function partiesOfPerson(werkplaatsId: string, userId: string) {
  return db
    .select({ id: billingParties.id })
    .from(billingParties)
    .where(
      and(
        eq(billingParties.werkplaatsId, werkplaatsId),
        or(
          eq(billingParties.userId, userId),
          inArray(
            billingParties.companyId,
            db
              .select({ id: companyMembers.companyId })
              .from(companyMembers)
              .where(and(eq(companyMembers.userId, userId), eq(companyMembers.werkplaatsId, werkplaatsId))),
          ),
          // A partner's contact reads and pays the sponsor invoices sent to the partner (by their confirmed address).
          inArray(
            billingParties.id,
            db
              .select({ id: sql<string>`${partners.partyId}` })
              .from(partners)
              .innerJoin(partnerContacts, eq(partnerContacts.partnerId, partners.id))
              .innerJoin(users, eq(users.email, partnerContacts.email))
              .where(and(eq(users.id, userId), isNotNull(users.emailVerifiedAt), eq(partners.werkplaatsId, werkplaatsId))),
          ),
        ),
      ),
    );
}

/** The billing parties a person pays for (their own, their company's), with the name each is billed under. */
export async function partiesPaidBy(werkplaatsId: string, userId: string) {
  return db
    .select({ id: billingParties.id, name: billingParties.name, kind: billingParties.kind })
    .from(billingParties)
    .where(inArray(billingParties.id, partiesOfPerson(werkplaatsId, userId)))
    .orderBy(asc(billingParties.name));
}

/** A member's own invoices and their company's: issued ones only, newest first. */
export async function invoicesOfMember(werkplaatsId: string, userId: string) {
  const rows = await db
    .select(listColumns)
    .from(invoices)
    .innerJoin(billingParties, eq(billingParties.id, invoices.partyId))
    .where(
      and(
        eq(invoices.werkplaatsId, werkplaatsId),
        ne(invoices.status, "draft"),
        inArray(invoices.partyId, partiesOfPerson(werkplaatsId, userId)),
      ),
    )
    .orderBy(desc(invoices.issueDate), desc(invoices.sequence));
  return withDue(rows);
}

export type Reader = { id: string; roles: readonly Role[] };

/**
 * The invoice page: for the manager any invoice of the werkplaats (drafts too), for anyone else
 * only the issued invoices of a party they pay for. Everyone else gets 404, the same answer as
 * for an id that does not exist, so invoice ids cannot be probed.
 */
/**
 * The invoice if this reader may see it: the manager sees every one, the people of its billing
 * party see it once issued. Anyone else gets 404, the same answer as for an id that does not
 * exist, so ids cannot be probed.
 */
async function readableInvoice(werkplaatsId: string, reader: Reader, invoiceId: string) {
  const [invoice] = await db
    .select({
      ...listColumns,
      partyUserId: billingParties.userId,
      partyCompanyId: billingParties.companyId,
      creditsInvoiceId: invoices.creditsInvoiceId,
    })
    .from(invoices)
    .innerJoin(billingParties, eq(billingParties.id, invoices.partyId))
    .where(and(eq(invoices.id, invoiceId), eq(invoices.werkplaatsId, werkplaatsId)));
  if (!invoice) throw notFound();
  if (!reader.roles.includes("manager")) {
    if (invoice.status === "draft") throw notFound();
    const mine = await partiesOfPerson(werkplaatsId, reader.id);
    if (!mine.some((p) => p.id === invoice.partyId)) throw notFound();
  }
  return invoice;
}

/**
 * The invoice as a file: the PDF or the SI-UBL XML, for the same readers as the page. Both are
 * the document as issued (nothing paid yet), so a file downloaded today is the same file the
 * customer and the accountant got when it was issued; the page shows what has been paid since.
 */
function asIssuedDocument(document: InvoiceDocument): InvoiceDocument {
  // UBL's PayableAmount is the total less what was prepaid, for a credit note too (BR-CO-16).
  return { ...document, totals: { ...document.totals, paidCents: 0, dueCents: document.totals.grossCents } };
}

/** The SI-UBL file of an issued document, named by its number: the one the accountant imports. */
export function ublFile(document: InvoiceDocument) {
  return {
    filename: `${document.number}.xml`,
    contentType: "application/xml; charset=utf-8",
    body: invoiceUbl(asIssuedDocument(document)),
  };
}

export async function invoiceFile(werkplaatsId: string, reader: Reader, invoiceId: string, format: "pdf" | "ubl") {
  await readableInvoice(werkplaatsId, reader, invoiceId);
  return issuedFile(werkplaatsId, invoiceId, format);
}

/** The PDF or UBL of an issued invoice as it was issued, for whoever already may have it (its email). */
export async function issuedFile(werkplaatsId: string, invoiceId: string, format: "pdf" | "ubl") {
  const document = await invoiceDocument(werkplaatsId, invoiceId);
  if (!document) throw notFound();
  const asIssued = asIssuedDocument(document);
  if (format === "pdf") {
    return { filename: `${document.number}.pdf`, contentType: "application/pdf", body: await invoicePdf(asIssued) };
  }
  return ublFile(document);
}

export async function invoicePage(werkplaatsId: string, reader: Reader, invoiceId: string) {
  const manager = reader.roles.includes("manager");
  const invoice = await readableInvoice(werkplaatsId, reader, invoiceId);
  const [document, lines, paymentRows, creditNotes, credit] = await Promise.all([
    invoiceDocument(werkplaatsId, invoiceId),
    db
      .select({
        id: invoiceLines.id,
        position: invoiceLines.position,
        description: invoiceLines.description,
        netCents: invoiceLines.netCents,
        btwCents: invoiceLines.btwCents,
      })
      .from(invoiceLines)
      .where(eq(invoiceLines.invoiceId, invoiceId))
      .orderBy(asc(invoiceLines.position)),
    paymentsOf(invoiceId),
    db
      .select({ id: invoices.id, number: invoices.number, grossCents: invoices.grossCents, issueDate: invoices.issueDate })
      .from(invoices)
      .where(and(eq(invoices.creditsInvoiceId, invoiceId), ne(invoices.status, "draft")))
      .orderBy(asc(invoices.sequence)),
    manager ? partyCreditCents(invoice.partyId) : Promise.resolve(0),
  ]);
  // For a draft, the manager sees what still keeps it from being issued.
  const missing = manager && invoice.status === "draft" ? missingForIssue(await billingSettingsOf(werkplaatsId)) : [];
  const {
    invoices: [row],
  } = withDue([invoice]);
  // The page shows no logo; its bytes stay on the server (the PDF carries it).
  const page = document ? { ...document, supplier: { ...document.supplier, logo: null } } : null;
  return {
    invoice: row!,
    document: page,
    lines,
    payments: paymentRows,
    creditNotes,
    partyCreditCents: credit,
    canManage: manager,
    missing,
  };
}
