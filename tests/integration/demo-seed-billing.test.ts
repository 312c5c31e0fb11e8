import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invoiceLines, invoiceReminders, invoices } from "#db/schema";
import { seedDemo } from "#db/seed/index";
import { invoiceDocument } from "~/modules/billing/index.server";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";

describe("the demo's invoices", () => {
  it("has paid, open and overdue invoices, a credit note and a Belgian firm under reverse charge, once", async () => {
    const { werkplaats } = await seedDemo();
    await seedDemo();
    const rows = await db.select().from(invoices).where(eq(invoices.werkplaatsId, werkplaats.id));
    expect(rows).toHaveLength(9);
    expect(rows.filter((r) => r.kind === "credit_note")).toHaveLength(1);
    expect(rows.filter((r) => r.status === "paid")).toHaveLength(4);
    const open = rows.filter((r) => r.status === "issued" && r.kind === "invoice");
    expect(open).toHaveLength(4);
    expect(open.some((r) => r.dueDate! < todayIn())).toBe(true);
    // Numbers follow the calendar without gaps.
    const byNumber = [...rows].sort((a, b) => a.number!.localeCompare(b.number!));
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
});
