import { invoicesOfMember } from "../invoice-lists.server";

/**
 * What a member still has to pay, for their start page: how many invoices are open, the total
 * due and the oldest due date. Taken from the ledger's own list of their invoices.
 */
export async function openInvoicesOfMember(werkplaatsId: string, userId: string) {
  const { invoices } = await invoicesOfMember(werkplaatsId, userId);
  const open = invoices.filter((i) => i.kind === "invoice" && i.status === "issued" && i.dueCents > 0);
  if (open.length === 0) return null;
  const oldestDueDate = open.map((i) => i.dueDate!).sort()[0]!;
  return { count: open.length, dueCents: open.reduce((sum, i) => sum + i.dueCents, 0), oldestDueDate };
}
