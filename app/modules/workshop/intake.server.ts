import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { intakeMoves, roleAssignments, users, workshopIntakes } from "#db/schema";
import { companyOf } from "~/modules/companies/index.server";
import type { Locale } from "~/modules/i18n";
import { enqueueMail } from "~/modules/notifications/index.server";
import type { WerkplaatsInfo } from "~/modules/werkplaats";
import { addMonths } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { todayIn } from "~/utils/zoned-time";
import type { IntakeFormInput } from "./intake.schema";

/** How long an intake that never becomes a trajectory is kept; the consent text states it. */
export const INTAKE_RETENTION_MONTHS = 12;

/**
 * The same question from the same address is one intake: a double click, a retry after a
 * timeout or the back button all land on the unique key instead of making a second file.
 */
function intakeDedupeKey(email: string, question: string) {
  const normalised = question.toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(`${email.toLowerCase()}\n${normalised}`).digest("hex");
}

/** What a resident's company fills in for them on the intake form. */
export async function residentDefaults(werkplaatsId: string, user: { id: string; name: string; email: string }) {
  const company = await companyOf(werkplaatsId, user.id);
  if (!company) return null;
  return { companyName: company.name, kvkNumber: company.kvkNumber, contactName: user.name, email: user.email };
}

/**
 * Stores an SME's request and mails the asker and the workshop staff, in one transaction. A
 * honeypot hit stores and sends nothing but looks the same to the sender. Returns whether a
 * new intake was made (false for a repeat of one already here).
 */
export async function submitIntake(
  werkplaats: WerkplaatsInfo,
  input: IntakeFormInput,
  locale: Locale,
  asker: { id: string } | null = null,
  now = new Date(),
) {
  if (input.website) return { created: false };
  // A resident's company is taken from their membership, never from the form.
  const company = asker ? await companyOf(werkplaats.id, asker.id) : undefined;
  const today = todayIn(now, werkplaats.timezone);
  return db.transaction(async (tx) => {
    const [intake] = await tx
      .insert(workshopIntakes)
      .values({
        werkplaatsId: werkplaats.id,
        organisation: input.organisation,
        contactName: input.contactName,
        email: input.email,
        phone: input.phone ?? null,
        kvkNumber: input.kvkNumber ?? null,
        sizeClass: input.sizeClass,
        sector: input.sector,
        themes: input.themes,
        question: input.question,
        availability: input.availability ?? "",
        locale,
        consentAt: now,
        retainUntil: addMonths(today, INTAKE_RETENTION_MONTHS),
        companyId: company?.id ?? null,
        submittedBy: asker?.id ?? null,
        dedupeKey: intakeDedupeKey(input.email, input.question),
      })
      .onConflictDoNothing()
      .returning();
    if (!intake) return { created: false };
    await tx.insert(intakeMoves).values({ werkplaatsId: werkplaats.id, intakeId: intake.id, toStage: "intake" });
    await enqueueMail(tx, {
      werkplaatsId: werkplaats.id,
      to: intake.email,
      locale,
      template: "mail.workshopIntakeReceived",
      vars: { name: intake.contactName, werkplaats: werkplaats.name, question: intake.question, months: INTAKE_RETENTION_MONTHS },
    });
    const staff = await tx
      .select({ email: users.email, name: users.name, locale: users.locale })
      .from(roleAssignments)
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .where(and(eq(roleAssignments.werkplaatsId, werkplaats.id), eq(roleAssignments.role, "staff")));
    const recipients = staff.length > 0 ? staff : [{ email: werkplaats.email, name: werkplaats.name, locale: "nl" }];
    for (const person of recipients) {
      await enqueueMail(tx, {
        werkplaatsId: werkplaats.id,
        to: person.email,
        locale: person.locale === "en" ? "en" : "nl",
        template: "mail.workshopIntakeForStaff",
        vars: {
          name: person.name,
          organisation: intake.organisation,
          sizeClass: intake.sizeClass,
          question: intake.question,
          link: `${appUrl()}/werkplaats/intake/${intake.id}`,
        },
      });
    }
    return { created: true };
  });
}
