import { and, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import {
  billingParties,
  companies,
  invoiceLines,
  invoices,
  membershipPauses,
  membershipPeriods,
  memberships,
  plans,
  users,
} from "#db/schema";
import { chargeableRoomUsage } from "~/modules/rooms/index.server";
import { addMonths, type IsoDate } from "~/utils/calendar";
import { db, type Executor } from "~/utils/db.server";
import { countryOfBtwId } from "../parties.server";
import { monthPeriod, type BillingMonth, type MembershipForBilling, type PlanForBilling } from "./membership-lines";

/**
 * Everything one month's run needs, read in a fixed number of queries whatever the number of
 * memberships (each query joins on the werkplaats and the month, none runs per membership).
 */

/** Who an invoice goes to before the ledger has a billing party row for it. */
export type PartyRef = {
  /** "company:<companyId>" or "person:<userId>": stable across runs, so exclusions stick. */
  key: string;
  kind: "company" | "person";
  refId: string;
  name: string;
  language: "nl" | "en";
  countryCode: string;
  btwId: string | null;
};

type MembershipSource = MembershipForBilling & { party: PartyRef; userId: string };
type StripSource = { membershipId: string; party: PartyRef; plan: PlanForBilling; startDate: IsoDate };
type RoomSource = {
  bookingId: string;
  party: PartyRef;
  roomName: string;
  startsAt: Date;
  minutes: number;
  chargeableCents: number;
};
/** A deposit invoiced earlier whose membership ends this month: refunded by a credit note on that line. */
export type DepositRefundSource = {
  membershipId: string;
  party: PartyRef;
  invoiceId: string;
  lineId: string;
  description: string;
  netCents: number;
  endDate: IsoDate;
};

export type MonthSources = {
  memberships: MembershipSource[];
  strippenkaarten: StripSource[];
  rooms: RoomSource[];
  depositRefunds: DepositRefundSource[];
  /** Charge keys already on an invoice (issued, or a draft being issued right now). */
  charged: Set<string>;
};

/** The month before, as "2026-02" for "2026-03". */
function previousMonth(month: BillingMonth): BillingMonth {
  return addMonths(`${month}-01`, -1).slice(0, 7);
}

type Locale = "nl" | "en";
const asLocale = (value: string | null | undefined): Locale => (value === "en" ? "en" : "nl");

export async function readMonthSources(werkplaatsId: string, month: BillingMonth, tx: Executor = db): Promise<MonthSources> {
  const { start, end } = monthPeriod(month);
  const overlapsMonth = and(
    eq(memberships.werkplaatsId, werkplaatsId),
    eq(memberships.status, "active"),
    lte(memberships.startDate, end),
    or(isNull(memberships.endDate), gte(memberships.endDate, start)),
  );
  const [rows, periodRows, pauseRows, parties, stripRows, roomRows, charged] = await Promise.all([
    tx
      .select({
        id: memberships.id,
        userId: memberships.userId,
        startDate: memberships.startDate,
        endDate: memberships.endDate,
        companyId: memberships.companyId,
        companyName: companies.name,
        companyBtwId: companies.btwId,
        userName: users.name,
        userLocale: users.locale,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(companies, eq(companies.id, memberships.companyId))
      .where(overlapsMonth),
    tx
      .select({
        membershipId: membershipPeriods.membershipId,
        startsOn: membershipPeriods.startsOn,
        endsOn: membershipPeriods.endsOn,
        plan: plans,
      })
      .from(membershipPeriods)
      .innerJoin(memberships, eq(memberships.id, membershipPeriods.membershipId))
      .innerJoin(plans, eq(plans.id, membershipPeriods.planId))
      .where(overlapsMonth),
    tx
      .select({ membershipId: membershipPauses.membershipId, startsOn: membershipPauses.startsOn, endsOn: membershipPauses.endsOn })
      .from(membershipPauses)
      .innerJoin(memberships, eq(memberships.id, membershipPauses.membershipId))
      .where(and(overlapsMonth, lte(membershipPauses.startsOn, end), gte(membershipPauses.endsOn, start))),
    tx.select().from(billingParties).where(eq(billingParties.werkplaatsId, werkplaatsId)),
    tx
      .select({
        id: memberships.id,
        userId: memberships.userId,
        startDate: memberships.startDate,
        companyId: memberships.companyId,
        companyName: companies.name,
        companyBtwId: companies.btwId,
        userName: users.name,
        userLocale: users.locale,
        plan: plans,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(companies, eq(companies.id, memberships.companyId))
      .innerJoin(membershipPeriods, eq(membershipPeriods.membershipId, memberships.id))
      .innerJoin(plans, eq(plans.id, membershipPeriods.planId))
      .where(
        and(
          eq(memberships.werkplaatsId, werkplaatsId),
          eq(memberships.status, "active"),
          eq(plans.kind, "strippenkaart"),
          lte(memberships.startDate, end),
          // Sold this month or the one before: older cards were billed by an earlier run (or at purchase).
          gte(memberships.startDate, `${previousMonth(month)}-01`),
        ),
      ),
    chargeableRoomUsage(werkplaatsId, `${previousMonth(month)}-01`),
    tx
      .select({ key: invoiceLines.chargeKey })
      .from(invoiceLines)
      .where(
        and(
          eq(invoiceLines.werkplaatsId, werkplaatsId),
          or(
            sql`${invoiceLines.chargeKey} like ${`membership:%:${month}%`}`,
            sql`${invoiceLines.chargeKey} like 'strippenkaart:%'`,
            sql`${invoiceLines.chargeKey} like 'room-booking:%'`,
            sql`${invoiceLines.chargeKey} like 'one-off:%'`,
          ),
        ),
      ),
  ]);

  const partyRows = new Map(parties.map((p) => [p.companyId ? `company:${p.companyId}` : `person:${p.userId}`, p]));
  const userIds = new Set<string>();
  const companyOf = new Map<string, PartyRef>();
  const refFor = (r: {
    userId: string;
    companyId: string | null;
    companyName?: string | null;
    companyBtwId?: string | null;
    userName: string;
    userLocale?: string | null;
  }): PartyRef => {
    const key = r.companyId ? `company:${r.companyId}` : `person:${r.userId}`;
    const known = partyRows.get(key);
    if (r.companyId) {
      return {
        key,
        kind: "company",
        refId: r.companyId,
        name: r.companyName ?? known?.name ?? "",
        language: asLocale(known?.language),
        countryCode: known?.countryCode ?? countryOfBtwId(r.companyBtwId ?? null),
        btwId: r.companyBtwId ?? null,
      };
    }
    return {
      key,
      kind: "person",
      refId: r.userId,
      name: r.userName,
      language: asLocale(known?.language ?? r.userLocale),
      countryCode: known?.countryCode ?? "NL",
      btwId: null,
    };
  };

  const byMembership = new Map<string, MembershipSource>();
  for (const r of rows) {
    const source: MembershipSource = {
      id: r.id,
      userId: r.userId,
      startDate: r.startDate,
      endDate: r.endDate,
      periods: [],
      pauses: [],
      party: refFor(r),
    };
    byMembership.set(r.id, source);
    userIds.add(r.userId);
    if (r.companyId) companyOf.set(r.userId, source.party);
  }
  for (const p of periodRows) {
    const m = byMembership.get(p.membershipId);
    const language = m?.party.language ?? "nl";
    (m?.periods as MembershipForBilling["periods"][number][] | undefined)?.push({
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      plan: planForBilling(p.plan, language),
    });
  }
  for (const p of pauseRows) (byMembership.get(p.membershipId)?.pauses as { startsOn: IsoDate; endsOn: IsoDate }[] | undefined)?.push(p);

  const names = await namesOf(
    roomRows.map((r) => r.userId).filter((id): id is string => !!id && !userIds.has(id)),
    tx,
  );
  const strippenkaarten = stripRows.map((s) => {
    const party = refFor(s);
    return { membershipId: s.id, party, plan: planForBilling(s.plan, party.language), startDate: s.startDate };
  });
  const roomSources = roomRows
    .filter((r) => r.userId)
    .map((r) => ({
      bookingId: r.id,
      party:
        companyOf.get(r.userId!) ??
        refFor({ userId: r.userId!, companyId: null, userName: r.userName ?? "", userLocale: names.get(r.userId!)?.locale }),
      roomName: r.roomName,
      startsAt: r.startsAt,
      minutes: r.minutes,
      chargeableCents: r.chargeableCents,
    }));

  const chargedKeys = new Set(charged.map((c) => c.key!));
  return {
    memberships: [...byMembership.values()],
    strippenkaarten,
    rooms: roomSources,
    depositRefunds: await depositRefunds(werkplaatsId, [...byMembership.values()], start, end, tx),
    charged: chargedKeys,
  };
}

async function namesOf(userIds: string[], tx: Executor) {
  if (userIds.length === 0) return new Map<string, { name: string; locale: string }>();
  const found = await tx
    .select({ id: users.id, name: users.name, locale: users.locale })
    .from(users)
    .where(inArray(users.id, [...new Set(userIds)]));
  return new Map(found.map((u) => [u.id, u]));
}

function planForBilling(plan: typeof plans.$inferSelect, language: Locale): PlanForBilling {
  return {
    id: plan.id,
    name: language === "en" ? plan.nameEn : plan.nameNl,
    kind: plan.kind,
    priceCents: plan.priceCents,
    btwPercent: plan.btwRate,
    depositCents: plan.depositCents,
  };
}

/** Deposits on invoices of memberships that end this month, with nothing credited on them yet. */
async function depositRefunds(
  werkplaatsId: string,
  sources: MembershipSource[],
  start: IsoDate,
  end: IsoDate,
  tx: Executor,
): Promise<DepositRefundSource[]> {
  const ending = sources.filter((m) => m.endDate !== null && start <= m.endDate && m.endDate <= end);
  if (ending.length === 0) return [];
  const keys = new Map(ending.map((m) => [`membership:${m.id}:${m.startDate.slice(0, 7)}:deposit`, m]));
  const credits = sql`(select 1 from invoice_lines c join invoices ci on ci.id = c.invoice_id
    where c.credited_line_id = ${invoiceLines.id} and ci.status <> 'draft')`;
  const lines = await tx
    .select({
      id: invoiceLines.id,
      invoiceId: invoiceLines.invoiceId,
      key: invoiceLines.chargeKey,
      description: invoiceLines.description,
      netCents: invoiceLines.netCents,
    })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .where(
      and(
        eq(invoiceLines.werkplaatsId, werkplaatsId),
        inArray(invoiceLines.chargeKey, [...keys.keys()]),
        sql`${invoices.status} <> 'draft'`,
        sql`not exists ${credits}`,
      ),
    );
  return lines.map((l) => {
    const m = keys.get(l.key!)!;
    return {
      membershipId: m.id,
      party: m.party,
      invoiceId: l.invoiceId,
      lineId: l.id,
      description: l.description,
      netCents: l.netCents,
      endDate: m.endDate!,
    };
  });
}
