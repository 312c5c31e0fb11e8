import { sql } from "drizzle-orm";
import type { IsoDate } from "../../app/utils/calendar";
import { db } from "../../app/utils/db.server";

/**
 * Pays the demo's invoices the way a year of bank statements would have: every invoice issued
 * on or before `issuedBy`, except those in `keepOpen`, settled in full a few days after its date,
 * by incasso when its party signed a mandate and by transfer otherwise. One statement for
 * hundreds of invoices (a payment, the invoice settled and its audit event each), where
 * `recordPayment` would take five round trips per invoice and make the first start slow. It
 * writes what `recordPayment` writes for a payment of exactly what is due; invoices with a credit
 * note are left to the ledger's own functions.
 */
export async function settleDemoInvoices(werkplaatsId: string, issuedBy: IsoDate, keepOpen: string[]) {
  await db.execute(sql`
    with chosen as (
      select i.id, i.party_id, i.gross_cents,
        (i.issue_date + (2 + abs(hashtext(i.id::text)) % 9))::date as received_on,
        case when exists (select 1 from direct_debit_mandates m where m.party_id = i.party_id and m.revoked_at is null)
          then 'incasso' else 'transfer' end as method
      from invoices i
      where i.werkplaats_id = ${werkplaatsId} and i.kind = 'invoice' and i.status = 'issued'
        and i.issue_date <= ${issuedBy}
        and i.id <> all(${`{${keepOpen.join(",")}}`}::uuid[])
        and not exists (select 1 from invoices c where c.credits_invoice_id = i.id)
    ),
    paid as (
      insert into payments (werkplaats_id, invoice_id, party_id, amount_cents, applied_cents, method, received_on, reference)
      select ${werkplaatsId}, id, party_id, gross_cents, gross_cents, method, received_on, 'Demo-betaling' from chosen
      returning id, invoice_id, amount_cents, method, received_on
    ),
    settled as (
      update invoices set paid_cents = gross_cents, status = 'paid' where id in (select invoice_id from paid)
    )
    insert into money_events (werkplaats_id, invoice_id, kind, at, details)
    select ${werkplaatsId}, invoice_id, 'paid', (received_on + time '12:00') at time zone 'Europe/Amsterdam',
      jsonb_build_object('paymentId', id, 'amountCents', amount_cents, 'appliedCents', amount_cents, 'creditCents', 0, 'method', method)
    from paid`);
}
