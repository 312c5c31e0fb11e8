import { and, eq, inArray, sql } from "drizzle-orm";
import { billingParties, companies, type CompanyRow, users } from "#db/schema";
import { db, type Executor } from "~/utils/db.server";
import { notFound } from "~/utils/errors";
import { euCountries } from "./terms";

export type BillingParty = typeof billingParties.$inferSelect;

/**
 * The country of a company as its BTW-id says (BE0123456789 is Belgian); the companies module
 * keeps no country of its own, and a business's BTW-id is issued by its own country.
 */
export function countryOfBtwId(btwId: string | null): string {
  const prefix = btwId?.slice(0, 2) ?? "";
  const iso = prefix === "EL" ? "GR" : prefix;
  return (euCountries as readonly string[]).includes(iso) ? iso : "NL";
}

/** What a company's billing party copies from the company, each time it is brought up to date. */
function detailsOf(company: CompanyRow) {
  return {
    name: company.name,
    email: company.billingEmail,
    street: company.street,
    postalCode: company.postalCode,
    city: company.city,
    kvkNumber: company.kvkNumber,
    btwId: company.btwId,
  };
}

/**
 * The billing party of a company, made on first use and brought up to date with the company's
 * own details (name, email, address, KvK, BTW-id) every time: the invoice snapshot is taken
 * from it at issue. What the manager set on the party itself (language, buyer reference) stays.
 */
export async function partyForCompany(werkplaatsId: string, companyId: string, tx: Executor = db): Promise<BillingParty> {
  const [company] = await tx
    .select()
    .from(companies)
    .where(and(eq(companies.id, companyId), eq(companies.werkplaatsId, werkplaatsId)));
  if (!company) throw notFound();
  const details = detailsOf(company);
  const [party] = await tx
    .insert(billingParties)
    .values({ werkplaatsId, kind: "company", companyId, countryCode: countryOfBtwId(company.btwId), ...details })
    .onConflictDoUpdate({
      target: billingParties.companyId,
      targetWhere: sql`${billingParties.companyId} is not null`,
      set: { ...details, updatedAt: sql`now()` },
    })
    .returning();
  return party!;
}

/** The billing party of a person billed in their own name (a zzp'er without a company, a consumer). */
export async function partyForPerson(werkplaatsId: string, userId: string, tx: Executor = db): Promise<BillingParty> {
  const [user] = await tx.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound();
  const [party] = await tx
    .insert(billingParties)
    .values({ werkplaatsId, kind: "person", userId, name: user.name, email: user.email, language: user.locale })
    .onConflictDoUpdate({
      target: [billingParties.werkplaatsId, billingParties.userId],
      targetWhere: sql`${billingParties.kind} = 'person' and ${billingParties.userId} is not null`,
      set: { name: user.name, email: user.email, updatedAt: sql`now()` },
    })
    .returning();
  return party!;
}

/**
 * The billing parties of many companies and people at once, made or brought up to date exactly as
 * partyForCompany and partyForPerson do, in two statements each: the billing run's chunks use it.
 * A company of another werkplaats, or one that is gone, is simply missing from the answer.
 */
export async function partiesFor(
  werkplaatsId: string,
  refs: readonly { kind: "company" | "person"; refId: string }[],
  tx: Executor = db,
): Promise<Map<string, BillingParty>> {
  const found = new Map<string, BillingParty>();
  const companyIds = refs.filter((r) => r.kind === "company").map((r) => r.refId);
  const userIds = refs.filter((r) => r.kind === "person").map((r) => r.refId);
  const fresh = (column: string) => sql.raw(`excluded.${column}`);
  if (companyIds.length > 0) {
    const rows = await tx
      .select()
      .from(companies)
      .where(and(inArray(companies.id, companyIds), eq(companies.werkplaatsId, werkplaatsId)));
    if (rows.length > 0) {
      const parties = await tx
        .insert(billingParties)
        .values(
          rows.map((company) => ({
            werkplaatsId,
            kind: "company",
            companyId: company.id,
            countryCode: countryOfBtwId(company.btwId),
            ...detailsOf(company),
          })),
        )
        .onConflictDoUpdate({
          target: billingParties.companyId,
          targetWhere: sql`${billingParties.companyId} is not null`,
          set: {
            name: fresh("name"),
            email: fresh("email"),
            street: fresh("street"),
            postalCode: fresh("postal_code"),
            city: fresh("city"),
            kvkNumber: fresh("kvk_number"),
            btwId: fresh("btw_id"),
            updatedAt: sql`now()`,
          },
        })
        .returning();
      for (const party of parties) found.set(`company:${party.companyId}`, party);
    }
  }
  if (userIds.length > 0) {
    const rows = await tx.select().from(users).where(inArray(users.id, userIds));
    if (rows.length > 0) {
      const parties = await tx
        .insert(billingParties)
        .values(
          rows.map((user) => ({
            werkplaatsId,
            kind: "person",
            userId: user.id,
            name: user.name,
            email: user.email,
            language: user.locale,
          })),
        )
        .onConflictDoUpdate({
          target: [billingParties.werkplaatsId, billingParties.userId],
          targetWhere: sql`${billingParties.kind} = 'person' and ${billingParties.userId} is not null`,
          set: { name: fresh("name"), email: fresh("email"), updatedAt: sql`now()` },
        })
        .returning();
      for (const party of parties) found.set(`person:${party.userId}`, party);
    }
  }
  return found;
}

export async function partyById(werkplaatsId: string, partyId: string, tx: Executor = db) {
  const [party] = await tx
    .select()
    .from(billingParties)
    .where(and(eq(billingParties.id, partyId), eq(billingParties.werkplaatsId, werkplaatsId)));
  return party;
}

/** The manager sets what only the party knows: its country, language and buyer reference. */
export async function updatePartyTerms(
  werkplaatsId: string,
  partyId: string,
  terms: { countryCode?: string; language?: "nl" | "en"; buyerReference?: string | null },
) {
  const [party] = await db
    .update(billingParties)
    .set({ ...terms, updatedAt: sql`now()` })
    .where(and(eq(billingParties.id, partyId), eq(billingParties.werkplaatsId, werkplaatsId)))
    .returning();
  if (!party) throw notFound();
  return party;
}

/**
 * A business party's name and address as they are now. Issued invoices keep the customer as it
 * was at issue (their snapshot); only invoices issued from now on carry the new details.
 */
export async function updateBusinessDetails(
  werkplaatsId: string,
  partyId: string,
  details: Pick<BusinessDetails, "name" | "email" | "street" | "postalCode" | "city" | "kvkNumber">,
  tx: Executor = db,
) {
  const [party] = await tx
    .update(billingParties)
    .set({ ...details, kvkNumber: details.kvkNumber ?? null, updatedAt: sql`now()` })
    .where(and(eq(billingParties.id, partyId), eq(billingParties.werkplaatsId, werkplaatsId), eq(billingParties.kind, "company")))
    .returning();
  if (!party) throw notFound();
  return party;
}

export type BusinessDetails = {
  name: string;
  email: string | null;
  street: string;
  postalCode: string;
  city: string;
  countryCode: string;
  kvkNumber?: string | null;
  btwId?: string | null;
  language?: "nl" | "en";
  buyerReference?: string | null;
};

/** A business invoiced without being a member company here: a sponsor, a firm that hires a room. */
export async function addBusinessParty(werkplaatsId: string, details: BusinessDetails, tx: Executor = db): Promise<BillingParty> {
  const [party] = await tx
    .insert(billingParties)
    .values({ werkplaatsId, kind: "company", ...details, kvkNumber: details.kvkNumber ?? null, btwId: details.btwId ?? null })
    .returning();
  return party!;
}
