import { and, asc, eq, sql } from "drizzle-orm";
import { billingParties, partnerContacts, partners } from "#db/schema";
import { addBusinessParty, updateBusinessDetails } from "~/modules/billing/index.server";
import { sniffImageType } from "~/modules/directory";
import { inviteToRole } from "~/modules/invitations/index.server";
import type { Locale } from "~/modules/i18n";
import { db, pgErrorOf, PG } from "~/utils/db.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import type { PartnerEditInput, PartnerInput } from "../partners.schema";

export type Partner = Omit<typeof partners.$inferSelect, "logo"> & { hasLogo: boolean };

/** Logos are shown small on the public page and in the report: 200 KB is plenty for a PNG or JPEG. */
export const MAX_LOGO_BYTES = 200 * 1024;

const partnerColumns = {
  id: partners.id,
  werkplaatsId: partners.werkplaatsId,
  name: partners.name,
  kind: partners.kind,
  website: partners.website,
  email: partners.email,
  logoMimeType: partners.logoMimeType,
  published: partners.published,
  partyId: partners.partyId,
  createdAt: partners.createdAt,
  hasLogo: sql<boolean>`${partners.logo} is not null`,
};

/**
 * A partner and the billing party its cash instalments are invoiced to, made together: a partner
 * is always invoiceable. Two partners of one werkplaats never share a name (case-insensitive).
 */
export async function createPartner(werkplaatsId: string, input: PartnerInput): Promise<Partner> {
  try {
    return await db.transaction(async (tx) => {
      const party = await addBusinessParty(
        werkplaatsId,
        {
          name: input.name,
          email: input.email ?? null,
          street: input.street,
          postalCode: input.postalCode,
          city: input.city,
          countryCode: "NL",
          kvkNumber: input.kvkNumber ?? null,
        },
        tx,
      );
      const [row] = await tx
        .insert(partners)
        .values({
          werkplaatsId,
          name: input.name,
          kind: input.kind,
          website: input.website ?? null,
          email: input.email ?? null,
          published: input.published,
          partyId: party.id,
        })
        .returning(partnerColumns);
      return row!;
    });
  } catch (error) {
    const pg = pgErrorOf(error);
    if (pg?.code === PG.uniqueViolation && pg.constraint === "partners_name_key")
      throw conflict("partners.errors.nameTaken", undefined, "name");
    throw error;
  }
}

/**
 * Name, kind, website, email, invoice address and whether it is shown publicly; the same name
 * rule as at creation. The billing party changes with it, in one transaction, so the next
 * sponsor invoice goes to the new address.
 */
export async function updatePartner(werkplaatsId: string, partnerId: string, input: PartnerEditInput): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      const [updated] = await tx
        .update(partners)
        .set({ name: input.name, kind: input.kind, website: input.website ?? null, email: input.email ?? null, published: input.published })
        .where(and(eq(partners.id, partnerId), eq(partners.werkplaatsId, werkplaatsId)))
        .returning({ partyId: partners.partyId });
      if (!updated) throw notFound();
      // Every partner made here has a party; a row without one has no address to change.
      if (updated.partyId)
        await updateBusinessDetails(
          werkplaatsId,
          updated.partyId,
          {
            name: input.name,
            email: input.email ?? null,
            street: input.street,
            postalCode: input.postalCode,
            city: input.city,
            kvkNumber: input.kvkNumber ?? null,
          },
          tx,
        );
    });
  } catch (error) {
    const pg = pgErrorOf(error);
    if (pg?.code === PG.uniqueViolation && pg.constraint === "partners_name_key")
      throw conflict("partners.errors.nameTaken", undefined, "name");
    throw error;
  }
}

export async function listPartners(werkplaatsId: string): Promise<Partner[]> {
  return db.select(partnerColumns).from(partners).where(eq(partners.werkplaatsId, werkplaatsId)).orderBy(asc(partners.name));
}

/** One partner of this werkplaats with its invoice address; another werkplaats's id is simply not found. */
export async function partnerById(werkplaatsId: string, partnerId: string) {
  const [row] = await db
    .select({
      ...partnerColumns,
      street: billingParties.street,
      postalCode: billingParties.postalCode,
      city: billingParties.city,
      kvkNumber: billingParties.kvkNumber,
    })
    .from(partners)
    .leftJoin(billingParties, eq(billingParties.id, partners.partyId))
    .where(and(eq(partners.id, partnerId), eq(partners.werkplaatsId, werkplaatsId)));
  if (!row) throw notFound();
  return row;
}

/** A logo (PNG or JPEG by its first bytes, not by what the browser says), or none. */
export async function savePartnerLogo(werkplaatsId: string, partnerId: string, bytes: Uint8Array | null) {
  let logo: { bytes: Buffer; mimeType: "image/png" | "image/jpeg" } | null = null;
  if (bytes) {
    if (bytes.length === 0) throw invalid("partners.errors.logoMissing", undefined, "logo");
    if (bytes.length > MAX_LOGO_BYTES) throw invalid("partners.errors.logoTooLarge", { kb: MAX_LOGO_BYTES / 1024 }, "logo");
    const type = sniffImageType(bytes);
    if (type !== "image/png" && type !== "image/jpeg") throw invalid("partners.errors.logoType", undefined, "logo");
    logo = { bytes: Buffer.from(bytes), mimeType: type };
  }
  const updated = await db
    .update(partners)
    .set({ logo: logo?.bytes ?? null, logoMimeType: logo?.mimeType ?? null })
    .where(and(eq(partners.id, partnerId), eq(partners.werkplaatsId, werkplaatsId)))
    .returning({ id: partners.id });
  if (updated.length === 0) throw notFound();
}

/**
 * A partner's logo: for the public page only a published partner's (anything else is not found),
 * for the manager any partner's of this werkplaats.
 */
export async function partnerLogo(werkplaatsId: string, partnerId: string, audience: "public" | "manager" = "public") {
  const [row] = await db
    .select({ logo: partners.logo, mimeType: partners.logoMimeType })
    .from(partners)
    .where(
      and(
        eq(partners.id, partnerId),
        eq(partners.werkplaatsId, werkplaatsId),
        audience === "public" ? eq(partners.published, true) : undefined,
      ),
    );
  if (!row?.logo || !row.mimeType) throw notFound();
  return { bytes: row.logo, mimeType: row.mimeType };
}

/**
 * Invites a contact person with the role partner and remembers them for this partner, so that
 * once they have an account they see this partner's own contributions.
 */
export async function invitePartnerContact(
  werkplaats: { id: string; name: string },
  inviter: { id: string; name: string },
  partnerId: string,
  contact: { name: string; email: string },
  locale: Locale,
) {
  await partnerById(werkplaats.id, partnerId);
  await inviteToRole(werkplaats, inviter, { ...contact, role: "partner" }, locale);
  await db.insert(partnerContacts).values({ partnerId, email: contact.email }).onConflictDoNothing();
}

/** The partners an account speaks for (by its confirmed email address). */
export async function partnersOfContact(werkplaatsId: string, email: string): Promise<Partner[]> {
  return db
    .select(partnerColumns)
    .from(partners)
    .innerJoin(partnerContacts, eq(partnerContacts.partnerId, partners.id))
    .where(and(eq(partners.werkplaatsId, werkplaatsId), eq(partnerContacts.email, email.toLowerCase())))
    .orderBy(asc(partners.name));
}

/** The contact people invited for a partner of this werkplaats (another werkplaats's partner: none). */
export async function contactsOfPartner(werkplaatsId: string, partnerId: string) {
  return db
    .select({ email: partnerContacts.email, invitedAt: partnerContacts.createdAt })
    .from(partnerContacts)
    .innerJoin(partners, eq(partners.id, partnerContacts.partnerId))
    .where(and(eq(partners.id, partnerId), eq(partners.werkplaatsId, werkplaatsId)))
    .orderBy(asc(partnerContacts.email));
}
