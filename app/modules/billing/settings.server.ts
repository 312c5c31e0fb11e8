import { eq, sql } from "drizzle-orm";
import { billingSettings } from "#db/schema";
import { db, type Executor } from "~/utils/db.server";
import { missingForIssue } from "./checklist";
import type { BillingSettingsInput } from "./billing.schema";

export type BillingSettings = typeof billingSettings.$inferSelect;

export async function billingSettingsOf(werkplaatsId: string, tx: Executor = db): Promise<BillingSettings | undefined> {
  const [row] = await tx.select().from(billingSettings).where(eq(billingSettings.werkplaatsId, werkplaatsId));
  return row;
}

/** The settings form's values and the checklist of what still keeps the first invoice from going out. */
export async function billingSettingsPage(werkplaatsId: string) {
  const settings = await billingSettingsOf(werkplaatsId);
  const { logo: _logo, ...fields } = settings ?? ({} as Partial<BillingSettings>);
  return { settings: settings ? { ...fields, hasLogo: !!settings.logo } : null, missing: missingForIssue(settings) };
}

export async function saveBillingSettings(werkplaatsId: string, input: BillingSettingsInput) {
  const values = {
    legalName: input.legalName ?? null,
    tradeName: input.tradeName ?? null,
    street: input.street ?? null,
    postalCode: input.postalCode ?? null,
    city: input.city ?? null,
    countryCode: input.countryCode,
    kvkNumber: input.kvkNumber ?? null,
    btwId: input.btwId ?? null,
    iban: input.iban ?? null,
    bic: input.bic ?? null,
    phone: input.phone ?? null,
    invoicePrefix: input.invoicePrefix ?? null,
    paymentTermDays: input.paymentTermDays,
    footer: input.footer ?? "",
    colour: input.colour,
    senderEmail: input.senderEmail ?? null,
    creditorId: input.creditorId ?? null,
  };
  await db
    .insert(billingSettings)
    .values({ werkplaatsId, ...values })
    .onConflictDoUpdate({ target: billingSettings.werkplaatsId, set: { ...values, updatedAt: sql`now()` } });
  return missingForIssue(values);
}

/** A logo for the invoices (PNG or JPEG), or none. */
export async function saveBillingLogo(werkplaatsId: string, logo: { mimeType: "image/png" | "image/jpeg"; bytes: Buffer } | null) {
  await db
    .insert(billingSettings)
    .values({ werkplaatsId, logo: logo?.bytes ?? null, logoMimeType: logo?.mimeType ?? null })
    .onConflictDoUpdate({
      target: billingSettings.werkplaatsId,
      set: { logo: logo?.bytes ?? null, logoMimeType: logo?.mimeType ?? null, updatedAt: sql`now()` },
    });
}
