import { and, eq, isNull, sql } from "drizzle-orm";
import { billingParties } from "#db/schema";
import type { Locale } from "~/modules/i18n";
import type { Executor } from "~/utils/db.server";
import { partyForCompany, partyForPerson, type BillingParty } from "../parties.server";

/** Who buys a pass, ticket or strippenkaart: an account or a walk-in, for themselves or their company. */
export type Buyer = { userId: string | null; companyId?: string | null; name: string; email: string; locale: Locale };

/**
 * The billing party of a sale: the company when a member buys for it, the person's own party
 * when they have an account, and otherwise a person party for the guest's address (a walk-in
 * at the desk), reused for that address's next visit so their receipts stay together.
 */
export async function partyForBuyer(tx: Executor, werkplaatsId: string, buyer: Buyer): Promise<BillingParty> {
  if (buyer.companyId) return partyForCompany(werkplaatsId, buyer.companyId, tx);
  if (buyer.userId) return partyForPerson(werkplaatsId, buyer.userId, tx);
  const email = buyer.email.toLowerCase();
  const [known] = await tx
    .select()
    .from(billingParties)
    .where(
      and(
        eq(billingParties.werkplaatsId, werkplaatsId),
        eq(billingParties.kind, "person"),
        isNull(billingParties.userId),
        sql`lower(${billingParties.email}) = ${email}`,
      ),
    )
    .limit(1);
  if (known) {
    if (known.name === buyer.name) return known;
    const [renamed] = await tx
      .update(billingParties)
      .set({ name: buyer.name, updatedAt: sql`now()` })
      .where(eq(billingParties.id, known.id))
      .returning();
    return renamed!;
  }
  const [party] = await tx
    .insert(billingParties)
    .values({ werkplaatsId, kind: "person", name: buyer.name, email, language: buyer.locale })
    .returning();
  return party!;
}
