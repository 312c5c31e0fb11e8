import { and, eq } from "drizzle-orm";
import { roleAssignments, users } from "#db/schema";
import { isLocale, type Locale, type Vars } from "~/modules/i18n";
import { enqueueMail, type MailTemplate } from "~/modules/notifications/index.server";
import { formatDay, type IsoDate } from "~/utils/calendar";
import type { Executor } from "~/utils/db.server";
import { planName } from "~/modules/plans";

type Recipient = { email: string; name: string; locale: string };

/**
 * Membership emails, queued in the transaction of the change. Dates and plan names are put in the
 * recipient's language: `text` is used as is, `dates` are ISO dates to format, `plan` a plan to name.
 */
export async function mailMember(
  tx: Executor,
  werkplaats: { id: string; name: string },
  to: Recipient,
  template: MailTemplate,
  vars: { text?: Vars; dates?: Record<string, IsoDate | null>; plan?: { nameNl: string; nameEn: string } },
) {
  const locale: Locale = isLocale(to.locale) ? to.locale : "nl";
  const { text = {}, dates = {}, plan } = vars;
  const filled: Vars = { name: to.name, werkplaats: werkplaats.name, ...text };
  for (const [key, value] of Object.entries(dates)) filled[key] = value ? formatDay(value, locale) : "";
  if (plan) filled.plan = planName(plan, locale);
  await enqueueMail(tx, { werkplaatsId: werkplaats.id, to: to.email, locale, template, vars: filled });
}

/** Everyone who manages the werkplaats, for notices about new applications. */
export async function managersOf(tx: Executor, werkplaatsId: string): Promise<Recipient[]> {
  return tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.werkplaatsId, werkplaatsId), eq(roleAssignments.role, "manager")));
}

export async function recipient(tx: Executor, userId: string): Promise<Recipient> {
  const [row] = await tx.select({ email: users.email, name: users.name, locale: users.locale }).from(users).where(eq(users.id, userId));
  if (!row) throw new Error(`no user ${userId}`);
  return row;
}
