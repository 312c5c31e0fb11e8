import { translate, type Locale, type Vars } from "~/modules/i18n";
import { csvTime, toCsv } from "~/utils/csv";
import { centsToInput, inclBtw } from "~/utils/money";
import { todayIn } from "~/utils/zoned-time";
import { planName } from "~/modules/plans";
import { allMemberships, type MembershipFilter } from "./queries.server";

const IN_FORCE_FIRST = ["active", "ending", "paused", "upcoming", "pending", "ended", "declined", "withdrawn"];

/** memberships.csv: one line per membership matching the filter, with the plan of today and its price. */
export async function membershipsCsv(werkplaatsId: string, filter: MembershipFilter, locale: Locale, zone: string) {
  const t = (key: string, vars?: Vars) => translate(locale, key, vars);
  const rows = await allMemberships(werkplaatsId, filter, todayIn());
  return toCsv(
    [
      t("csv.membershipId"),
      t("csv.name"),
      t("csv.email"),
      t("csv.company"),
      t("csv.kvk"),
      t("csv.plan"),
      t("csv.kind"),
      t("csv.priceExcl"),
      t("csv.btwRate"),
      t("csv.priceIncl"),
      t("csv.status"),
      t("csv.start"),
      t("csv.end"),
      t("csv.applied", { zone }),
    ],
    rows.map((r) => [
      r.id,
      r.name,
      r.email,
      r.company,
      r.kvkNumber,
      planName({ nameNl: r.planNl, nameEn: r.planEn }, locale),
      t(`plan.kind.${r.kind}`),
      centsToInput(r.priceCents),
      r.btwRate,
      centsToInput(inclBtw(r.priceCents, r.btwRate)),
      t(`membership.status.${r.status}`),
      r.startDate,
      r.endDate,
      csvTime(r.appliedAt, zone),
    ]),
  );
}

/** members.csv: one line per person, with the membership that matters most today (in force first). */
export async function membersCsv(werkplaatsId: string, filter: MembershipFilter, locale: Locale) {
  const t = (key: string) => translate(locale, key);
  const rows = await allMemberships(werkplaatsId, filter, todayIn());
  const best = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const seen = best.get(r.userId);
    if (!seen || IN_FORCE_FIRST.indexOf(r.status) < IN_FORCE_FIRST.indexOf(seen.status)) best.set(r.userId, r);
  }
  return toCsv(
    [
      t("csv.name"),
      t("csv.email"),
      t("csv.phone"),
      t("csv.company"),
      t("csv.kvk"),
      t("csv.btwId"),
      t("csv.plan"),
      t("csv.status"),
      t("csv.start"),
      t("csv.end"),
    ],
    [...best.values()].map((r) => [
      r.name,
      r.email,
      r.phone,
      r.company,
      r.kvkNumber,
      r.btwId,
      planName({ nameNl: r.planNl, nameEn: r.planEn }, locale),
      t(`membership.status.${r.status}`),
      r.startDate,
      r.endDate,
    ]),
  );
}
