import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { billingParties, directDebitCollections, directDebitMandates } from "#db/schema";
import type { IsoDate } from "~/utils/calendar";
import { db, type Executor, pgErrorOf } from "~/utils/db.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import { requireIban } from "./iban";
import type { SequenceType } from "./pain008";

export type MandateInput = { partyId: string; reference: string; signedOn: IsoDate; debtorName: string; iban: string; bic?: string | null };

/**
 * FRST until a collection under the mandate has gone through (was not returned), RCUR after:
 * a first collection that came back does not count as the first.
 */
const nextSequence = sql<SequenceType>`case when exists (select 1 from ${directDebitCollections} c
  where c.mandate_id = ${directDebitMandates.id} and c.returned_at is null) then 'RCUR' else 'FRST' end`;

/** The werkplaats's mandates, in force first, with the sequence the next collection gets. */
export async function listMandates(werkplaatsId: string) {
  return db
    .select({
      id: directDebitMandates.id,
      reference: directDebitMandates.reference,
      signedOn: directDebitMandates.signedOn,
      debtorName: directDebitMandates.debtorName,
      iban: directDebitMandates.iban,
      partyName: billingParties.name,
      revokedAt: directDebitMandates.revokedAt,
      sequence: nextSequence,
    })
    .from(directDebitMandates)
    .innerJoin(billingParties, eq(billingParties.id, directDebitMandates.partyId))
    .where(eq(directDebitMandates.werkplaatsId, werkplaatsId))
    .orderBy(sql`${directDebitMandates.revokedAt} is not null`, asc(billingParties.name));
}

/** Mandates in force with their next sequence, for a direct debit file. */
export async function mandatesInForce(tx: Executor, werkplaatsId: string) {
  return tx
    .select({
      id: directDebitMandates.id,
      partyId: directDebitMandates.partyId,
      reference: directDebitMandates.reference,
      signedOn: directDebitMandates.signedOn,
      debtorName: directDebitMandates.debtorName,
      iban: directDebitMandates.iban,
      bic: directDebitMandates.bic,
      sequence: nextSequence,
    })
    .from(directDebitMandates)
    .where(and(eq(directDebitMandates.werkplaatsId, werkplaatsId), isNull(directDebitMandates.revokedAt)));
}

/** The billing parties a mandate can belong to. */
export async function partiesForMandates(werkplaatsId: string) {
  return db
    .select({ id: billingParties.id, name: billingParties.name })
    .from(billingParties)
    .where(eq(billingParties.werkplaatsId, werkplaatsId))
    .orderBy(asc(billingParties.name));
}

/**
 * Records a signed mandate. The IBAN must pass its check; the reference is unique per
 * werkplaats and a party has one mandate in force at a time (both unique indexes).
 */
export async function addMandate(werkplaatsId: string, actorId: string | null, input: MandateInput, today: IsoDate) {
  const iban = requireIban(input.iban, "iban");
  if (input.signedOn > today) throw invalid("payments.mandates.futureDate", undefined, "signedOn");
  const [party] = await db
    .select({ id: billingParties.id })
    .from(billingParties)
    .where(and(eq(billingParties.id, input.partyId), eq(billingParties.werkplaatsId, werkplaatsId)));
  if (!party) throw notFound();
  try {
    const [row] = await db
      .insert(directDebitMandates)
      .values({
        werkplaatsId,
        partyId: party.id,
        reference: input.reference,
        signedOn: input.signedOn,
        debtorName: input.debtorName,
        iban,
        bic: input.bic ?? null,
        createdBy: actorId,
      })
      .returning();
    return row!;
  } catch (error) {
    const pg = pgErrorOf(error);
    if (pg?.code === "23505" && pg.constraint === "direct_debit_mandates_reference_key")
      throw conflict("payments.mandates.duplicate", undefined, "reference");
    if (pg?.code === "23505") throw conflict("payments.mandates.partyHasOne", undefined, "partyId");
    throw error;
  }
}

/** A revoked mandate is kept (with who and when) but never collected with again. */
export async function revokeMandate(werkplaatsId: string, actorId: string, mandateId: string) {
  const [row] = await db
    .update(directDebitMandates)
    .set({ revokedAt: new Date(), revokedBy: actorId })
    .where(
      and(eq(directDebitMandates.id, mandateId), eq(directDebitMandates.werkplaatsId, werkplaatsId), isNull(directDebitMandates.revokedAt)),
    )
    .returning();
  if (!row) throw notFound();
  return row;
}
