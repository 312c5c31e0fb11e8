import { translate, type Vars } from "~/modules/i18n";
import type { RevenueKind, UnitCode } from "#db/schema";
import type { IsoDate } from "~/utils/calendar";
import { btwTreatment, invoiceTotals, lineAmounts, type BtwChoice } from "../btw";
import { membershipLines, monthPeriod, type BillingMonth, type LineDraft } from "./membership-lines";
import type { DepositRefundSource, MonthSources, PartyRef } from "./sources.server";

/**
 * What the run would invoice per billing party for a month, without I/O: the membership lines
 * (decision 041), sold strippenkaarten, the previous month's chargeable room use and the
 * manager's one-off lines, minus whatever charge key is already on an invoice. Deposits refunded
 * this month are listed beside the invoice: the ledger refunds them with a credit note.
 */

export type PlannedLine = {
  description: string;
  period: { start: IsoDate; end: IsoDate };
  quantity: string;
  unitCode: UnitCode;
  unitCents: number;
  btw: BtwChoice;
  revenueKind: RevenueKind;
  chargeKey: string;
  /** As the ledger will compute them for this party (reverse charge included). */
  netCents: number;
  btwCents: number;
  oneOffId?: string;
};

export type PartyInvoice = {
  party: PartyRef;
  lines: PlannedLine[];
  refunds: DepositRefundSource[];
  totals: { netCents: number; btwCents: number; grossCents: number };
  excluded: boolean;
};

export type OneOff = { id: string; partyKey: string; description: string; unitCents: number; btwRate: 21 | 9 | 0 };
export type RunChoices = { excluded: readonly string[]; oneOffs: readonly OneOff[] };
export type RoomTimes = { dateOf: (instant: Date) => IsoDate; timeOf: (instant: Date) => string };

export function partyInvoices(month: BillingMonth, sources: MonthSources, choices: RunChoices, dates: RoomTimes): PartyInvoice[] {
  const byParty = new Map<
    string,
    { party: PartyRef; lines: Omit<PlannedLine, "netCents" | "btwCents">[]; refunds: DepositRefundSource[] }
  >();
  const entry = (party: PartyRef) => {
    const found = byParty.get(party.key) ?? { party, lines: [], refunds: [] };
    byParty.set(party.key, found);
    return found;
  };
  const t = (party: PartyRef, key: string, vars?: Vars) => translate(party.language, key, vars);
  const monthDays = monthPeriod(month);

  for (const m of sources.memberships) {
    for (const draft of membershipLines(m, month)) {
      if (draft.chargeKey.endsWith(":deposit-refund")) continue;
      entry(m.party).lines.push(
        fromMembership(draft, t(m.party, draft.description.key, draft.description.vars), t(m.party, "billing.run.depositGround")),
      );
    }
  }
  for (const s of sources.strippenkaarten) {
    entry(s.party).lines.push({
      description: t(s.party, "billing.run.strippenkaart", { plan: s.plan.name }),
      period: { start: s.startDate, end: s.startDate },
      quantity: "1",
      unitCode: "C62",
      unitCents: s.plan.priceCents,
      btw: { rate: asRate(s.plan.btwPercent) },
      revenueKind: "strippenkaart",
      chargeKey: `strippenkaart:${s.membershipId}`,
    });
  }
  for (const r of sources.rooms) {
    const day = dates.dateOf(r.startsAt);
    entry(r.party).lines.push({
      description: t(r.party, "billing.run.roomHours", { room: r.roomName, date: day, time: dates.timeOf(r.startsAt), minutes: r.minutes }),
      period: { start: day, end: day },
      quantity: "1",
      unitCode: "C62",
      unitCents: r.chargeableCents,
      btw: { rate: 21 },
      revenueKind: "room_hours",
      chargeKey: `room-booking:${r.bookingId}`,
    });
  }
  for (const refund of sources.depositRefunds) entry(refund.party).refunds.push(refund);

  const known = new Map([...byParty.values()].map((e) => [e.party.key, e]));
  for (const o of choices.oneOffs) {
    const target = known.get(o.partyKey);
    target?.lines.push({
      description: o.description,
      period: monthDays,
      quantity: "1",
      unitCode: "C62",
      unitCents: o.unitCents,
      btw: { rate: o.btwRate },
      revenueKind: "one_off",
      chargeKey: `one-off:${o.id}`,
      oneOffId: o.id,
    });
  }

  const result: PartyInvoice[] = [];
  for (const { party, lines, refunds } of byParty.values()) {
    const open = lines.filter((l) => !sources.charged.has(l.chargeKey) && l.unitCents > 0);
    if (open.length === 0 && refunds.length === 0) continue;
    const priced = open.map((line) => {
      const treatment = btwTreatment(line.btw, party);
      return { ...line, ...lineAmounts(line.unitCents, 1000, treatment) };
    });
    result.push({ party, lines: priced, refunds, totals: invoiceTotals(priced), excluded: choices.excluded.includes(party.key) });
  }
  return result.sort((a, b) => a.party.name.localeCompare(b.party.name, "nl") || a.party.key.localeCompare(b.party.key));
}

function asRate(percent: number): 21 | 9 | 0 {
  return percent === 21 || percent === 9 ? percent : 0;
}

function fromMembership(draft: LineDraft, description: string, depositGround: string): Omit<PlannedLine, "netCents" | "btwCents"> {
  return {
    description,
    period: draft.period,
    quantity: "1",
    unitCode: "C62",
    unitCents: draft.unitCents,
    // A borg is no supply: outside BTW, shown as exempt with the ground printed on the line.
    btw: draft.revenueKind === "deposit" ? { rate: "exempt", reason: depositGround } : { rate: asRate(draft.btwPercent) },
    revenueKind: draft.revenueKind,
    chargeKey: draft.chargeKey,
  };
}
