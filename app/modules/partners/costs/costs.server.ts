import { and, asc, between, desc, eq, gte, lte } from "drizzle-orm";
import { budgetLines, inKindContributions, locationCosts, partners, partnerSettings, subsidies, subsidyDeadlines } from "#db/schema";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/errors";
import type { BudgetInput, CostInput, InKindInput, SubsidyInput } from "../partners.schema";

/** An in-kind contribution of one of this werkplaats's partners (another werkplaats's partner: not found). */
export async function recordInKind(werkplaatsId: string, actorId: string | null, input: InKindInput) {
  const [partner] = await db
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.id, input.partnerId), eq(partners.werkplaatsId, werkplaatsId)));
  if (!partner) throw notFound();
  await db.insert(inKindContributions).values({
    werkplaatsId,
    partnerId: partner.id,
    kind: input.kind,
    description: input.description,
    givenOn: input.givenOn,
    hours: input.kind === "hours" ? (input.hours ?? null) : null,
    valueCents: input.value,
    createdBy: actorId,
  });
}

/** Contributions in kind, newest first; of one partner when given (what a partner's contact sees), within a period when given. */
export async function inKindList(werkplaatsId: string, partnerId?: string, period?: { from: string; to: string }) {
  return db
    .select({
      id: inKindContributions.id,
      partnerId: inKindContributions.partnerId,
      partnerName: partners.name,
      kind: inKindContributions.kind,
      description: inKindContributions.description,
      givenOn: inKindContributions.givenOn,
      hours: inKindContributions.hours,
      valueCents: inKindContributions.valueCents,
    })
    .from(inKindContributions)
    .innerJoin(partners, eq(partners.id, inKindContributions.partnerId))
    .where(
      and(
        eq(inKindContributions.werkplaatsId, werkplaatsId),
        partnerId ? eq(inKindContributions.partnerId, partnerId) : undefined,
        period ? between(inKindContributions.givenOn, period.from, period.to) : undefined,
      ),
    )
    .orderBy(desc(inKindContributions.givenOn))
    .limit(500);
}

/** A subsidy and its reporting deadlines, together. */
export async function recordSubsidy(werkplaatsId: string, input: SubsidyInput) {
  await db.transaction(async (tx) => {
    const [subsidy] = await tx
      .insert(subsidies)
      .values({
        werkplaatsId,
        source: input.source,
        name: input.name,
        amountCents: input.amount,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        conditions: input.conditions ?? "",
      })
      .returning({ id: subsidies.id });
    if (input.deadlines.length > 0)
      await tx
        .insert(subsidyDeadlines)
        .values(input.deadlines.map((d) => ({ subsidyId: subsidy!.id, ...d })))
        .onConflictDoNothing();
  });
}

export async function subsidyList(werkplaatsId: string) {
  const rows = await db.select().from(subsidies).where(eq(subsidies.werkplaatsId, werkplaatsId)).orderBy(desc(subsidies.startsOn));
  const deadlines = await db
    .select({ subsidyId: subsidyDeadlines.subsidyId, dueOn: subsidyDeadlines.dueOn, what: subsidyDeadlines.what })
    .from(subsidyDeadlines)
    .innerJoin(subsidies, eq(subsidies.id, subsidyDeadlines.subsidyId))
    .where(eq(subsidies.werkplaatsId, werkplaatsId))
    .orderBy(asc(subsidyDeadlines.dueOn));
  return rows.map((s) => ({ ...s, deadlines: deadlines.filter((d) => d.subsidyId === s.id) }));
}

/** A month's cost of one kind; entering it again replaces it (one row per month and kind). */
export async function saveLocationCost(werkplaatsId: string, input: CostInput) {
  const month = `${input.month}-01`;
  await db
    .insert(locationCosts)
    .values({ werkplaatsId, month, kind: input.kind, amountCents: input.amount, note: input.note ?? "" })
    .onConflictDoUpdate({
      target: [locationCosts.werkplaatsId, locationCosts.month, locationCosts.kind],
      set: { amountCents: input.amount, note: input.note ?? "" },
    });
}

export async function locationCostList(werkplaatsId: string, from: string, to: string) {
  return db
    .select()
    .from(locationCosts)
    .where(and(eq(locationCosts.werkplaatsId, werkplaatsId), gte(locationCosts.month, from), lte(locationCosts.month, to)))
    .orderBy(desc(locationCosts.month), asc(locationCosts.kind));
}

export async function saveBudgetLine(werkplaatsId: string, input: BudgetInput) {
  await db
    .insert(budgetLines)
    .values({ werkplaatsId, year: input.year, kind: input.kind, amountCents: input.amount })
    .onConflictDoUpdate({ target: [budgetLines.werkplaatsId, budgetLines.year, budgetLines.kind], set: { amountCents: input.amount } });
}

export async function budgetOf(werkplaatsId: string, year: number) {
  return db
    .select({ kind: budgetLines.kind, amountCents: budgetLines.amountCents })
    .from(budgetLines)
    .where(and(eq(budgetLines.werkplaatsId, werkplaatsId), eq(budgetLines.year, year)));
}

type PartnerSettings = { publishedFigures: string[] };

/** The manager's partner settings, or the defaults (nothing published). */
export async function partnerSettingsOf(werkplaatsId: string): Promise<PartnerSettings> {
  const [row] = await db.select().from(partnerSettings).where(eq(partnerSettings.werkplaatsId, werkplaatsId));
  return { publishedFigures: row?.publishedFigures ?? [] };
}

export async function savePartnerSettings(werkplaatsId: string, settings: Partial<PartnerSettings>) {
  await db
    .insert(partnerSettings)
    .values({ werkplaatsId, ...settings })
    .onConflictDoUpdate({ target: partnerSettings.werkplaatsId, set: settings });
}
