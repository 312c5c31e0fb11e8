import { inArray } from "drizzle-orm";
import { collectionCosts, invoiceReminders } from "#db/schema";
import type { IsoDate } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { listInvoices } from "../invoice-lists.server";
import { creditByParty } from "../payments.server";
import { agingOf } from "./aging";
import { nextReminderOn } from "./schedule";
import { reminderScheduleOf } from "./schedule-settings.server";

export type PartyStanding = "overdue" | "open" | "credit";

/** Rows per page of the debtors list: past it the list pages instead of leaving invoices out. */
const RECEIVABLES_PAGE_SIZE = 500;

/**
 * The debtors list: every open invoice (what is due comes from the ledger's own list, payments
 * and credit notes included), aged, with its reminders and what the manager can do next, and
 * the standing of each billing party. Totals are taken from the same rows the page lists.
 */
export async function receivablesPage(
  werkplaatsId: string,
  filter: { party?: string; page?: number },
  today: IsoDate,
  pageSize = RECEIVABLES_PAGE_SIZE,
) {
  const [{ invoices: open, parties }, schedule, credits] = await Promise.all([
    listInvoices(werkplaatsId, { status: "open", party: filter.party }, { limit: null }),
    reminderScheduleOf(werkplaatsId),
    creditByParty(werkplaatsId),
  ]);
  const ids = open.map((i) => i.id);
  const [reminders, costs] = ids.length
    ? await Promise.all([
        db.select().from(invoiceReminders).where(inArray(invoiceReminders.invoiceId, ids)),
        db.select().from(collectionCosts).where(inArray(collectionCosts.invoiceId, ids)),
      ])
    : [[], []];
  const rows = open
    .filter((i) => i.dueCents > 0 && i.dueDate)
    .sort((a, b) => (a.dueDate! < b.dueDate! ? -1 : a.dueDate! > b.dueDate! ? 1 : 0))
    .map((i) => {
      const sent = reminders.filter((r) => r.invoiceId === i.id).sort((a, b) => a.step - b.step);
      const letter = sent.find((r) => r.kind === "fourteen_day");
      const charged = costs.find((c) => c.invoiceId === i.id);
      const next = nextReminderOn(i.dueDate!, sent, schedule);
      return {
        id: i.id,
        number: i.number!,
        partyId: i.partyId,
        partyName: i.partyName,
        issueDate: i.issueDate!,
        dueDate: i.dueDate!,
        grossCents: i.grossCents,
        dueCents: i.dueCents,
        reminders: sent.map((r) => ({ step: r.step, kind: r.kind, sentOn: r.sentOn, payBy: r.payBy })),
        nextReminderOn: next?.on ?? null,
        canRemind: next !== null && i.dueDate! < today,
        collectionCostsCents: charged?.amountCents ?? null,
        canChargeCosts: !charged && !!letter?.payBy && letter.payBy < today,
      };
    });
  const aging = agingOf(rows, today);
  const standing = new Map<string, { partyId: string; name: string; openCents: number; overdueCents: number; creditCents: number }>();
  for (const row of aging.rows) {
    const entry = standing.get(row.partyId) ?? { partyId: row.partyId, name: row.partyName, openCents: 0, overdueCents: 0, creditCents: 0 };
    entry.openCents += row.dueCents;
    if (row.bucket !== "notDue") entry.overdueCents += row.dueCents;
    standing.set(row.partyId, entry);
  }
  for (const party of parties) {
    const credit = credits.get(party.id);
    if (!credit || (filter.party && filter.party !== party.id)) continue;
    const entry = standing.get(party.id) ?? { partyId: party.id, name: party.name, openCents: 0, overdueCents: 0, creditCents: 0 };
    entry.creditCents = credit;
    standing.set(party.id, entry);
  }
  const partyStandings = [...standing.values()]
    .map((p) => ({ ...p, standing: (p.overdueCents > 0 ? "overdue" : p.openCents > 0 ? "open" : "credit") as PartyStanding }))
    .sort((a, b) => b.overdueCents - a.overdueCents || b.openCents - a.openCents || a.name.localeCompare(b.name));
  // Totals, aging and standings count every open invoice; the list shows one page of them.
  const pages = Math.max(1, Math.ceil(aging.rows.length / pageSize));
  const page = Math.min(filter.page ?? 1, pages);
  return { ...aging, rows: aging.rows.slice((page - 1) * pageSize, page * pageSize), page, pages, partyStandings, parties, schedule };
}
