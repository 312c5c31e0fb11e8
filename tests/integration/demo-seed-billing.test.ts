import { and, eq, isNotNull, isNull, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agreementInstalments, billingRuns, dayPasses, invoiceLines, invoiceReminders, invoices, payments } from "#db/schema";
import { seedDemo } from "#db/seed/index";
import { invoiceDocument } from "~/modules/billing/index.server";
import { partnersOverview } from "~/modules/partners/index.server";
import { addMonths } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";
import { onTheSeededDemo } from "../support/demo-database";

onTheSeededDemo();

describe("the demo's invoices", () => {
  it("has a year made by the billing run: mostly paid, some overdue and reminded, a credit note, a Belgian firm under reverse charge, once", async () => {
    const { werkplaats } = await seedDemo();
    await seedDemo();
    const all = await db.select().from(invoices).where(eq(invoices.werkplaatsId, werkplaats.id));
    // The day passes' receipts are counted in the desk-sales test.
    const passReceipts = new Set(
      (await db.select({ id: invoiceLines.invoiceId }).from(invoiceLines).where(like(invoiceLines.chargeKey, "daypass:%"))).map(
        (r) => r.id,
      ),
    );
    const rows = all.filter((r) => !passReceipts.has(r.id));
    // Twelve runs, one per month up to this one, each done without a failure.
    const runs = await db.select().from(billingRuns).where(eq(billingRuns.werkplaatsId, werkplaats.id));
    const thisMonth = todayIn().slice(0, 7);
    expect(runs.map((r) => r.month).sort()).toEqual(Array.from({ length: 12 }, (_, i) => addMonths(`${thisMonth}-01`, i - 11).slice(0, 7)));
    expect(runs.every((r) => r.status === "done" && r.failures.length === 0 && r.invoicesIssued > 20)).toBe(true);
    // Every membership line came from a run: its charge key is the run's.
    const memberships = await db
      .select()
      .from(invoiceLines)
      .where(and(eq(invoiceLines.revenueKind, "membership"), isNull(invoiceLines.creditedLineId)));
    expect(memberships.length).toBeGreaterThan(300);
    expect(memberships.every((l) => l.chargeKey?.startsWith("membership:"))).toBe(true);
    expect(rows.filter((r) => r.kind === "credit_note")).toHaveLength(1);
    const paid = rows.filter((r) => r.status === "paid");
    const open = rows.filter((r) => r.status === "issued" && r.kind === "invoice");
    expect(paid.length).toBeGreaterThan(rows.length * 0.8);
    const overdue = open.filter((r) => r.dueDate! < todayIn());
    expect(overdue.length).toBeGreaterThanOrEqual(4);
    expect(overdue.every((r) => r.reminderCount > 0)).toBe(true);
    // Paid by incasso where the party signed a mandate (Bitwerk), by transfer otherwise.
    const methods = await db.select({ method: payments.method }).from(payments).where(eq(payments.werkplaatsId, werkplaats.id));
    expect(methods.some((p) => p.method === "incasso")).toBe(true);
    expect(methods.filter((p) => p.method === "transfer").length).toBeGreaterThan(200);
    // Numbers follow the calendar without gaps.
    const byNumber = [...all].sort((a, b) => a.number!.localeCompare(b.number!));
    expect(byNumber.map((r) => r.issueDate)).toEqual([...byNumber.map((r) => r.issueDate)].sort());
    expect(byNumber.map((r) => r.sequence)).toEqual(byNumber.map((_, i) => i + 1));
    // The overdue ones have reminders; the consumer in arrears got the 14-dagenbrief, whose term has passed.
    const reminders = await db.select().from(invoiceReminders).where(eq(invoiceReminders.werkplaatsId, werkplaats.id));
    const [letter] = reminders.filter((r) => r.kind === "fourteen_day");
    expect(letter!.payBy! < todayIn()).toBe(true);
    expect(letter!.collectionCostsCents).toBe(40_00);
    // Atelier Gent, a member firm in Belgium, is invoiced every month under reverse charge.
    const belgian = rows.filter((r) => r.customer?.address.countryCode === "BE");
    expect(belgian.length).toBeGreaterThanOrEqual(6);
    const document = (await invoiceDocument(werkplaats.id, belgian[0]!.id))!;
    expect(document).toMatchObject({ customer: { btwId: "BE0477472701" }, supplier: { btwId: "NL858234105B01" }, totals: { btwCents: 0 } });
    expect(document.lines.every((l) => l.btw.category === "AE")).toBe(true);
  }, 180_000);

  it("has day passes paid at the desk by pin and in cash, and open ones of the coming days", async () => {
    const { werkplaats } = await seedDemo();
    const desk = await db.select({ method: payments.method }).from(payments).where(eq(payments.werkplaatsId, werkplaats.id));
    expect(desk.filter((p) => p.method === "pin").length).toBeGreaterThanOrEqual(1);
    expect(desk.filter((p) => p.method === "cash").length).toBeGreaterThanOrEqual(1);
    const paidPasses = await db
      .select()
      .from(dayPasses)
      .where(and(eq(dayPasses.werkplaatsId, werkplaats.id), isNotNull(dayPasses.paidAt)));
    expect(paidPasses.length).toBeGreaterThanOrEqual(2);
    const receipts = await db.select().from(invoiceLines).where(like(invoiceLines.chargeKey, "daypass:%"));
    expect(receipts.length).toBeGreaterThan(paidPasses.length);
  }, 180_000);

  it("has partners that paid their sponsor invoices, and one that is behind", async () => {
    const { werkplaats } = await seedDemo();
    const overview = await partnersOverview(werkplaats.id);
    const cash = overview.filter((p) => p.totals.invoicedCents > 0);
    expect(cash.length).toBeGreaterThanOrEqual(4);
    // Received and invoiced are both excl. BTW: a partner that paid everything received what was invoiced.
    const settled = cash.filter((p) => p.totals.receivedCents === p.totals.invoicedCents);
    expect(settled.length).toBe(cash.length - 1);
    const behind = cash.find((p) => p.partner.name === "Drechtcloud")!;
    expect(behind.totals.receivedCents).toBeGreaterThan(0);
    expect(behind.totals.receivedCents).toBeLessThan(behind.totals.invoicedCents);
    // Each sponsor invoice carries its instalment's date, not the day the demo was made.
    const sponsor = await db
      .select({ dueOn: agreementInstalments.dueOn, issueDate: invoices.issueDate })
      .from(agreementInstalments)
      .innerJoin(invoices, eq(invoices.id, agreementInstalments.invoiceId))
      .where(eq(agreementInstalments.werkplaatsId, werkplaats.id));
    expect(sponsor.length).toBeGreaterThan(20);
    expect(sponsor.filter((s) => s.issueDate !== s.dueOn)).toEqual([]);
  }, 180_000);
});
