import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { collectionCosts, invoiceReminders, invoices, moneyEvents, outboxAttachments, outboxMessages } from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeBillingSettings, makeIssuedInvoice } from "#db/billing-factories";
import { makeConsumerInvoice } from "#db/receivables-factories";
import {
  chargeCollectionCosts,
  creditInvoice,
  receivablesPage,
  recordPayment,
  saveReminderSchedule,
  sendDueReminders,
  sendReminder,
} from "~/modules/billing/index.server";
import { db } from "~/utils/db.server";

const onServer = !!process.env.DATABASE_URL;
/** Issued on 1 September 2026 with a 14-day term: due on the 15th. */
const issuedAt = new Date("2026-09-01T10:00:00Z");
const at = (day: string) => new Date(`${day}T08:00:00Z`);

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let manager: Awaited<ReturnType<typeof makeUser>>;
let companyId: string;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "Debiteuren Test" });
  await makeBillingSettings(werkplaats.id);
  manager = await makeUser({ name: "Beheerder" });
  companyId = (await makeCompany(werkplaats.id, (await makeUser()).id, { name: "Atelier Oost" })).id;
});

const remindersOf = (invoiceId: string) =>
  db.select().from(invoiceReminders).where(eq(invoiceReminders.invoiceId, invoiceId)).orderBy(invoiceReminders.step);

async function consumer() {
  const user = await makeUser({ name: "Petra Consument" });
  return makeConsumerInvoice(werkplaats.id, user.id, { now: issuedAt });
}

describe(`reminders on ${onServer ? "the PostgreSQL server" : "PGlite"}`, () => {
  it("follows the schedule: nothing before its day, the friendly reminder, then for a consumer the 14-dagenbrief", async () => {
    const place = await makeWerkplaats();
    await makeBillingSettings(place.id);
    const user = await makeUser({ name: "Karel Klant" });
    const invoice = await makeConsumerInvoice(place.id, user.id, { now: issuedAt });
    expect(invoice.dueDate).toBe("2026-09-15");
    expect(await sendDueReminders(at("2026-09-21"))).toEqual({ sent: 0 });
    expect(await sendDueReminders(at("2026-09-22"))).toEqual({ sent: 1 });
    expect(await sendDueReminders(at("2026-09-23"))).toEqual({ sent: 0 });
    expect(await sendDueReminders(at("2026-10-05"))).toEqual({ sent: 0 });
    expect(await sendDueReminders(at("2026-10-06"))).toEqual({ sent: 1 });
    expect(await sendDueReminders(at("2026-12-01"))).toEqual({ sent: 0 });
    const reminders = await remindersOf(invoice.id);
    expect(reminders.map((r) => [r.step, r.kind, r.sentOn, r.payBy, r.collectionCostsCents])).toEqual([
      [1, "friendly", "2026-09-22", null, null],
      [2, "fourteen_day", "2026-10-06", "2026-10-20", 40_00],
    ]);
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.werkplaatsId, place.id)).orderBy(outboxMessages.createdAt);
    expect(mails.map((m) => m.kind)).toEqual(["mail.reminderFriendly", "mail.reminderFourteenDay"]);
    const letter = mails[1]!.bodyText;
    expect(letter).toContain("14 dagen, gerekend vanaf de dag na ontvangst");
    expect(letter).toContain("uiterlijk op 20 oktober 2026");
    expect(letter).toMatch(/incassokosten verschuldigd van €\s40,00/);
    const [attachment] = await db.select().from(outboxAttachments).where(eq(outboxAttachments.messageId, mails[1]!.id));
    expect(attachment).toMatchObject({ filename: `${invoice.number}.pdf`, contentType: "application/pdf" });
    const [row] = await db.select().from(invoices).where(eq(invoices.id, invoice.id));
    expect(row!.reminderCount).toBe(2);
    const events = await db
      .select()
      .from(moneyEvents)
      .where(and(eq(moneyEvents.invoiceId, invoice.id), eq(moneyEvents.kind, "reminded")));
    expect(events.map((e) => e.details.reminder).sort()).toEqual(["fourteen_day", "friendly"]);
  });

  it("gives a business an ordinary second reminder, on the werkplaats's own schedule", async () => {
    const place = await makeWerkplaats();
    await makeBillingSettings(place.id);
    await saveReminderSchedule(place.id, { firstAfterDays: 3, secondAfterDays: 10 });
    const company = (await makeCompany(place.id, (await makeUser()).id)).id;
    const invoice = await makeIssuedInvoice(place.id, company, { now: issuedAt });
    expect(await sendDueReminders(at("2026-09-18"))).toEqual({ sent: 1 });
    expect(await sendDueReminders(at("2026-09-25"))).toEqual({ sent: 1 });
    expect((await remindersOf(invoice.id)).map((r) => r.kind)).toEqual(["friendly", "second"]);
  });

  it("sends each step once when maintenance runs race", async () => {
    const place = await makeWerkplaats();
    await makeBillingSettings(place.id);
    const company = (await makeCompany(place.id, (await makeUser()).id)).id;
    const invoices = await Promise.all([1, 2, 3].map(() => makeIssuedInvoice(place.id, company, { now: issuedAt })));
    const runs = await Promise.all([1, 2, 3, 4].map(() => sendDueReminders(at("2026-09-22"))));
    expect(runs.reduce((sum, r) => sum + r.sent, 0)).toBe(3);
    for (const invoice of invoices) expect(await remindersOf(invoice.id)).toHaveLength(1);
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.werkplaatsId, place.id));
    expect(mails).toHaveLength(3);
  });

  it("lets the manager remind by hand once overdue, and refuses before the due date, after both steps, and on a paid invoice", async () => {
    const invoice = await makeIssuedInvoice(werkplaats.id, companyId, { now: issuedAt });
    const today = "2026-09-16";
    await expect(sendReminder(werkplaats.id, manager.id, invoice.id, { today: "2026-09-15" })).rejects.toMatchObject({
      status: 409,
      key: "receivables.errors.notOverdue",
    });
    expect(await sendReminder(werkplaats.id, manager.id, invoice.id, { today })).toMatchObject({ step: 1, actorId: manager.id });
    expect(await sendReminder(werkplaats.id, manager.id, invoice.id, { today })).toMatchObject({ step: 2, kind: "second" });
    await expect(sendReminder(werkplaats.id, manager.id, invoice.id, { today })).rejects.toMatchObject({
      key: "receivables.errors.allSent",
    });
    const paid = await makeIssuedInvoice(werkplaats.id, companyId, { now: issuedAt });
    await recordPayment(werkplaats.id, manager.id, paid.id, { amountCents: paid.grossCents, method: "transfer", receivedOn: "2026-09-10" });
    await expect(sendReminder(werkplaats.id, manager.id, paid.id, { today })).rejects.toMatchObject({ key: "receivables.errors.notOpen" });
    const other = await makeWerkplaats();
    await expect(sendReminder(other.id, manager.id, invoice.id, { today })).rejects.toMatchObject({ status: 404 });
  });
});

describe(`collection costs on ${onServer ? "the PostgreSQL server" : "PGlite"}`, () => {
  it("are refused without a 14-dagenbrief, and while its term runs; then exactly the announced amount, once", async () => {
    const invoice = await consumer();
    await expect(chargeCollectionCosts(werkplaats.id, manager.id, invoice.id, "2026-12-01")).rejects.toMatchObject({
      status: 409,
      key: "receivables.errors.noLetter",
    });
    await sendReminder(werkplaats.id, manager.id, invoice.id, { today: "2026-09-20" });
    const letter = await sendReminder(werkplaats.id, manager.id, invoice.id, { today: "2026-10-01" });
    expect(letter).toMatchObject({ kind: "fourteen_day", payBy: "2026-10-15", collectionCostsCents: 40_00 });
    await expect(chargeCollectionCosts(werkplaats.id, manager.id, invoice.id, "2026-10-15")).rejects.toMatchObject({
      key: "receivables.errors.termRunning",
    });
    expect(await db.select().from(collectionCosts).where(eq(collectionCosts.invoiceId, invoice.id))).toHaveLength(0);
    const charged = await chargeCollectionCosts(werkplaats.id, manager.id, invoice.id, "2026-10-16");
    expect(charged.amountCents).toBe(40_00);
    await expect(chargeCollectionCosts(werkplaats.id, manager.id, invoice.id, "2026-10-17")).rejects.toMatchObject({
      key: "receivables.errors.costsCharged",
    });
    const [event] = await db
      .select()
      .from(moneyEvents)
      .where(and(eq(moneyEvents.invoiceId, invoice.id), eq(moneyEvents.kind, "collection_costs")));
    expect(event!.details).toMatchObject({ amountCents: 40_00, letterSentOn: "2026-10-01" });
  });

  it("are refused by the database itself without a passed 14-dagenbrief or for another amount, also from psql", async () => {
    const invoice = await consumer();
    const insert = (amount: number, on: string) =>
      db.execute(sql`insert into collection_costs (werkplaats_id, invoice_id, amount_cents, charged_on)
        values (${werkplaats.id}, ${invoice.id}, ${amount}, ${on})`);
    await expect(insert(40_00, "2026-12-01")).rejects.toThrow();
    await db
      .insert(invoiceReminders)
      .values({ werkplaatsId: werkplaats.id, invoiceId: invoice.id, step: 1, kind: "friendly", sentOn: "2026-09-20" });
    await db.insert(invoiceReminders).values({
      werkplaatsId: werkplaats.id,
      invoiceId: invoice.id,
      step: 2,
      kind: "fourteen_day",
      sentOn: "2026-10-01",
      payBy: "2026-10-15",
      collectionCostsCents: 40_00,
    });
    await expect(insert(40_00, "2026-10-15")).rejects.toThrow();
    await expect(insert(50_00, "2026-10-16")).rejects.toThrow();
    await insert(40_00, "2026-10-16");
    // A letter with a shorter term than the WIK's 14 days is refused too.
    const other = await consumer();
    await expect(
      db.insert(invoiceReminders).values({
        werkplaatsId: werkplaats.id,
        invoiceId: other.id,
        step: 2,
        kind: "fourteen_day",
        sentOn: "2026-10-01",
        payBy: "2026-10-14",
        collectionCostsCents: 40_00,
      }),
    ).rejects.toThrow();
  });
});

describe(`the debtors list on ${onServer ? "the PostgreSQL server" : "PGlite"}`, () => {
  it("ages what the ledger says is due (payments and credit notes counted) and totals exactly its rows", async () => {
    const place = await makeWerkplaats();
    await makeBillingSettings(place.id);
    const a = (await makeCompany(place.id, (await makeUser()).id, { name: "A-bedrijf" })).id;
    const b = (await makeCompany(place.id, (await makeUser()).id, { name: "B-bedrijf" })).id;
    const old = await makeIssuedInvoice(place.id, a, { now: new Date("2026-08-01T10:00:00Z") }); // due 15 Aug: 108 days
    const partly = await makeIssuedInvoice(place.id, a, { now: new Date("2026-10-01T10:00:00Z") }); // due 15 Oct: 47 days
    await recordPayment(place.id, null, partly.id, { amountCents: 21_00, method: "transfer", receivedOn: "2026-10-10" });
    const recent = await makeIssuedInvoice(place.id, b, { now: new Date("2026-11-10T10:00:00Z") }); // due 24 Nov: 7 days
    const fresh = await makeIssuedInvoice(place.id, b, { now: new Date("2026-11-25T10:00:00Z") }); // due 9 Dec
    const credited = await makeIssuedInvoice(place.id, b, { now: new Date("2026-09-01T10:00:00Z") });
    await creditInvoice(place.id, null, credited.id);
    // Overpaid: €50 credit stays with B.
    const settled = await makeIssuedInvoice(place.id, b, { now: new Date("2026-09-01T10:00:00Z") });
    await recordPayment(place.id, null, settled.id, {
      amountCents: settled.grossCents + 50_00,
      method: "transfer",
      receivedOn: "2026-09-05",
    });

    const page = await receivablesPage(place.id, {}, "2026-12-01");
    expect(page.rows.map((r) => [r.number, r.bucket, r.daysPastDue, r.dueCents])).toEqual([
      [old.number, "over60", 108, 121_00],
      [partly.number, "upTo60", 47, 100_00],
      [recent.number, "upTo30", 7, 121_00],
      [fresh.number, "notDue", 0, 121_00],
    ]);
    expect(page.totals).toEqual({
      notDue: { count: 1, cents: 121_00 },
      upTo30: { count: 1, cents: 121_00 },
      upTo60: { count: 1, cents: 100_00 },
      over60: { count: 1, cents: 121_00 },
    });
    expect(page.openCents).toBe(463_00);
    expect(page.partyStandings.map((p) => [p.name, p.standing, p.openCents, p.overdueCents, p.creditCents])).toEqual([
      ["A-bedrijf", "overdue", 221_00, 221_00, 0],
      ["B-bedrijf", "overdue", 242_00, 121_00, 50_00],
    ]);
    const onlyB = await receivablesPage(place.id, { party: page.partyStandings[1]!.partyId }, "2026-12-01");
    expect(onlyB.rows.map((r) => r.number)).toEqual([recent.number, fresh.number]);
    expect(onlyB.openCents).toBe(242_00);
    // Past a page the list pages; totals and standings still count every open invoice.
    const second = await receivablesPage(place.id, { page: 2 }, "2026-12-01", 3);
    expect(second).toMatchObject({ page: 2, pages: 2, openCents: 463_00 });
    expect(second.rows.map((r) => r.number)).toEqual([fresh.number]);
    expect((await receivablesPage(place.id, { page: 9 }, "2026-12-01", 3)).page).toBe(2);
  });
});
