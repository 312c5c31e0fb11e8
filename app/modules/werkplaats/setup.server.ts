import { sql } from "drizzle-orm";
import { werkplaatsen } from "#db/schema";
import { insertUser, grantRole } from "~/modules/auth/index.server";
import type { Locale } from "~/modules/i18n";
import { db } from "~/utils/db.server";
import { conflict } from "~/utils/errors";
import { forgetCachedWerkplaatsen } from "./werkplaats.server";

type Setup = {
  werkplaats: {
    name: string;
    slug: string;
    street: string;
    postalCode: string;
    city: string;
    kvkNumber: string;
    btwId: string;
    iban: string;
    email: string;
    timezone?: string;
  };
  manager: { name: string; email: string; password: string };
  locale: Locale;
};

/**
 * First run on an empty database: creates the werkplaats and its first manager in one
 * transaction. Refused (409) once any werkplaats exists; an advisory lock makes two
 * simultaneous set-ups end with one werkplaats.
 */
export async function setUpFirstWerkplaats(setup: Setup) {
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727275)`);
    const existing = await tx.select({ id: werkplaatsen.id }).from(werkplaatsen).limit(1);
    if (existing.length > 0) throw conflict("setup.alreadyDone");
    const [werkplaats] = await tx
      .insert(werkplaatsen)
      .values({ ...setup.werkplaats, defaultLocale: setup.locale })
      .returning();
    // The first manager is whoever installs the app: there is nobody to prove the address to.
    const user = await insertUser(tx, { ...setup.manager, locale: setup.locale, termsAccepted: true, verified: true });
    await grantRole(tx, { werkplaatsId: werkplaats!.id, userId: user.id, role: "manager", grantedBy: null });
    return { werkplaats: werkplaats!, user };
  });
  forgetCachedWerkplaatsen();
  return result;
}
