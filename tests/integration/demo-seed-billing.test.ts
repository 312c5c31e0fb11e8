import { and, count, eq, isNotNull, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dayPasses, invoiceLines, invoiceReminders, invoices, payments } from "#db/schema";
import { seedDemo } from "#db/seed/index";
import { invoiceDocument } from "~/modules/billing/index.server";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";

describe("the demo's invoices", () => {
  it("has paid, open and overdue invoices, a credit note and a Belgian firm under reverse charge, once", async () => {
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
    expect(rows).toHaveLength(9);
    expect(rows.filter((r) => r.kind === "credit_note")).toHaveLength(1);
    expect(rows.filter((r) => r.status === "paid")).toHaveLength(4);
    const open = rows.filter((r) => r.status === "issued" && r.kind === "invoice");
    expect(open).toHaveLength(4);
    expect(open.some((r) => r.dueDate! < todayIn())).toBe(true);
    // Numbers follow the calendar without gaps.
    const byNumber = [...all].sort((a, b) => a.number!.localeCompare(b.number!));
    expect(byNumber.map((r) => r.issueDate)).toEqual([...byNumber.map((r) => r.issueDate)].sort());
    const [{ reverse }] = (await db.select({ reverse: count() }).from(invoiceLines).where(eq(invoiceLines.btwCategory, "AE"))) as [
      { reverse: number },
    ];
    expect(reverse).toBe(1);
    // The overdue ones have reminders; the consumer in arrears got the 14-dagenbrief, whose term has passed.
    const reminders = await db.select().from(invoiceReminders).where(eq(invoiceReminders.werkplaatsId, werkplaats.id));
    expect(reminders.filter((r) => r.kind === "friendly")).toHaveLength(2);
    const [letter] = reminders.filter((r) => r.kind === "fourteen_day");
    expect(letter!.payBy! < todayIn()).toBe(true);
    expect(letter!.collectionCostsCents).toBe(40_00);
    const belgian = rows.find((r) => r.customer?.address.countryCode === "BE")!;
    const document = (await invoiceDocument(werkplaats.id, belgian.id))!;
    expect(document).toMatchObject({ customer: { btwId: "BE0477472701" }, supplier: { btwId: "NL858234105B01" }, totals: { btwCents: 0 } });
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
});
