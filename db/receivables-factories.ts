import { createDraftInvoice, issueInvoice, partyForPerson } from "../app/modules/billing/index.server";
import type { DraftLine } from "../app/modules/billing/index.server";
import { oneOffLine } from "./billing-factories";

/**
 * An issued invoice to a person billed in their own name (a consumer: no KvK number), issued at
 * `now` so its due date can lie in the past. Shared by the tests and the demo seed.
 */
export async function makeConsumerInvoice(
  werkplaatsId: string,
  userId: string,
  options: { now: Date; lines?: DraftLine[]; period?: { start: string; end: string } },
) {
  const party = await partyForPerson(werkplaatsId, userId);
  const period = options.period ?? { start: "2026-09-01", end: "2026-09-30" };
  const draft = await createDraftInvoice(werkplaatsId, null, {
    partyId: party.id,
    period,
    lines: options.lines ?? [oneOffLine({ description: "Dagpas", unitCents: 25_00 })],
  });
  return issueInvoice(werkplaatsId, null, draft.id, options.now);
}
