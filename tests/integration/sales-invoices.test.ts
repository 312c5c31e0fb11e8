import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  checkIns,
  dayPasses,
  events,
  flexReservations,
  invoiceLines,
  invoices,
  moneyEvents,
  outboxMessages,
  payments,
  registrations,
} from "#db/schema";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeArea, makePlan } from "#db/membership-factories";
import { makeBillingSettings } from "#db/billing-factories";
import { invoiceSale, issuePendingSales, receiptOf, recordPayment } from "~/modules/billing/index.server";
import { checkInPerson } from "~/modules/presence/checkins.server";
import { cancelDayPass, issueDayPass } from "~/modules/presence/day-passes.server";
import { payDayPassAtDesk } from "~/modules/presence/day-pass-sales.server";
import { receptionAction } from "~/modules/presence/reception-actions.server";
import { addDays } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { exclForIncl, shownPrice } from "~/utils/money";
import { todayIn, zonedToUtc } from "~/utils/zoned-time";
import { TICKET_BTW_RATE } from "~/modules/events";
import { cancelRegistration, registerForEvent } from "~/modules/events/registrations.server";

/**
 * A day pass (and any sale: ticket, strippenkaart) is invoiced when it is bought, paid through the
 * ledger (at the desk by pin or cash, or by transfer), and credited when cancelled unpaid. The
 * pass's paid_at follows the invoice, so the unpaid-pass rules keep working.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";
const today = todayIn();
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let staff: Awaited<ReturnType<typeof makePerson>>;

async function space(name: string, settings = true) {
  const w = await makeWerkplaats({ name });
  if (settings) await makeBillingSettings(w.id);
  await makePlan(w.id, "day_pass", { priceCents: 2066, btwRate: 21 });
  await makeArea(w.id, { name: "Grote zaal", flexCapacity: 20 });
  return w;
}

const buyerOf = (u: { id: string; name: string; email: string }) => ({ userId: u.id, name: u.name, email: u.email, locale: "nl" as const });
const invoiceOf = async (id: string) => (await db.select().from(invoices).where(eq(invoices.id, id)))[0]!;
const passOf = async (id: string) => (await db.select().from(dayPasses).where(eq(dayPasses.id, id)))[0]!;

beforeAll(async () => {
  werkplaats = await space("DOC Verkoop");
  staff = await makePerson(werkplaats.id, ["staff"]);
});

describe(`a day pass is invoiced when bought, on ${server}`, () => {
  it("issues a numbered receipt-style invoice for the guest, for exactly the incl. price shown", async () => {
    const guest = await makeUser({ name: "Gerda Gast" });
    const pass = await issueDayPass(werkplaats, buyerOf(guest), { day: addDays(today, 1) });
    const invoice = await invoiceOf(pass.invoiceId);
    expect(invoice).toMatchObject({ status: "issued", kind: "invoice", grossCents: shownPrice(2066, 21, "consumer").cents });
    expect(invoice.grossCents).toBe(2500);
    expect(invoice.number).toMatch(/^WPT-\d{4}-\d{5}$/);
    expect(invoice.customer).toMatchObject({ kind: "person", name: "Gerda Gast" });
    const [line] = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoice.id));
    expect(line).toMatchObject({
      chargeKey: `daypass:${pass.id}`,
      unitCents: 2066,
      btwPercent: 21,
      revenueKind: "day_pass",
      unitCode: "DAY",
    });
    expect(line!.description).toMatch(/^Dagpas .* \(Grote zaal\)$/);
    // Unpaid until paid, with how to pay.
    expect((await passOf(pass.id)).paidAt).toBeNull();
    expect(await receiptOf(werkplaats.id, `daypass:${pass.id}`)).toMatchObject({
      number: invoice.number,
      dueCents: 2500,
      iban: "NL91 ABNA 0417 1643 00",
      paymentReference: expect.stringMatching(/^\d{4} \d{4} \d{4} \d{4}$/),
    });
  });

  it("is idempotent by charge key: a second sale of the same pass returns the same invoice and adds no line", async () => {
    const guest = await makeUser();
    const pass = await issueDayPass(werkplaats, buyerOf(guest), { day: addDays(today, 2) });
    const sale = {
      chargeKey: `daypass:${pass.id}` as const,
      buyer: buyerOf(guest),
      description: "Dagpas",
      exclCents: 2066,
      btwRate: 21 as const,
      revenueKind: "day_pass" as const,
      period: { start: pass.day, end: pass.day },
    };
    const twice = await Promise.all([1, 2].map(() => db.transaction((tx) => invoiceSale(tx, werkplaats.id, null, sale))));
    expect(twice.map((i) => i.id)).toEqual([pass.invoiceId, pass.invoiceId]);
    expect(
      await db
        .select()
        .from(invoiceLines)
        .where(eq(invoiceLines.chargeKey, `daypass:${pass.id}`)),
    ).toHaveLength(1);
  });

  it("the reception takes pin: a ledger payment, audited, and the pass turns paid (self check-in allowed again)", async () => {
    const guest = await makeUser();
    const pass = await issueDayPass(werkplaats, buyerOf(guest), { day: today });
    await expect(checkInPerson(werkplaats.id, guest.id, "self", guest.id)).rejects.toMatchObject({
      status: 403,
      key: "checkin.errors.unpaidPass",
    });
    await payDayPassAtDesk(werkplaats.id, staff.id, pass.id, "pin");
    const invoice = await invoiceOf(pass.invoiceId);
    expect(invoice).toMatchObject({ status: "paid", paidCents: 2500 });
    expect(await db.select().from(payments).where(eq(payments.invoiceId, invoice.id))).toMatchObject([
      { method: "pin", amountCents: 2500, recordedBy: staff.id },
    ]);
    expect(
      await db
        .select()
        .from(moneyEvents)
        .where(and(eq(moneyEvents.invoiceId, invoice.id), eq(moneyEvents.kind, "paid"))),
    ).toHaveLength(1);
    expect((await passOf(pass.id)).paidAt).not.toBeNull();
    expect((await checkInPerson(werkplaats.id, guest.id, "self", guest.id)).dayPassId).toBe(pass.id);
    // Paying twice is refused and changes nothing.
    await expect(payDayPassAtDesk(werkplaats.id, staff.id, pass.id, "cash")).rejects.toMatchObject({
      status: 409,
      key: "billing.sales.errors.nothingDue",
    });
    expect(await db.select().from(payments).where(eq(payments.invoiceId, invoice.id))).toHaveLength(1);
  });

  it("paid by transfer (a payment recorded on the invoice) turns the pass paid too: one truth", async () => {
    const guest = await makeUser();
    const pass = await issueDayPass(werkplaats, buyerOf(guest), { day: addDays(today, 3) });
    await recordPayment(werkplaats.id, null, pass.invoiceId, { amountCents: 1000, method: "transfer", receivedOn: today });
    expect((await passOf(pass.id)).paidAt).toBeNull();
    await recordPayment(werkplaats.id, null, pass.invoiceId, { amountCents: 1500, method: "transfer", receivedOn: today });
    expect((await passOf(pass.id)).paidAt).not.toBeNull();
  });

  it("a pass of another werkplaats is not found at this desk (404), and nothing is paid", async () => {
    const other = await space("DOC Elders");
    const guest = await makeUser();
    const pass = await issueDayPass(other, buyerOf(guest), { day: addDays(today, 1) });
    await expect(payDayPassAtDesk(werkplaats.id, staff.id, pass.id, "cash")).rejects.toMatchObject({ status: 404 });
    expect((await invoiceOf(pass.invoiceId)).status).toBe("issued");
  });

  it("a cancelled unpaid pass gets a credit note for its invoice", async () => {
    const guest = await makeUser();
    const pass = await issueDayPass(werkplaats, buyerOf(guest), { day: addDays(today, 4) });
    await cancelDayPass(werkplaats.id, guest.id, pass.id);
    expect((await invoiceOf(pass.invoiceId)).status).toBe("credited");
    const [note] = await db.select().from(invoices).where(eq(invoices.creditsInvoiceId, pass.invoiceId));
    expect(note).toMatchObject({ kind: "credit_note", status: "issued", grossCents: 2500 });
  });

  it("the unpaid rule is intact: a fourth unpaid pass is refused, a paid one does not count", async () => {
    const guest = await makeUser();
    const passes = [];
    for (const n of [1, 2, 3]) passes.push(await issueDayPass(werkplaats, buyerOf(guest), { day: addDays(today, 10 + n) }));
    await expect(issueDayPass(werkplaats, buyerOf(guest), { day: addDays(today, 14) })).rejects.toMatchObject({
      key: "daypass.errors.unpaidLimit",
    });
    await payDayPassAtDesk(werkplaats.id, staff.id, passes[0]!.id, "cash");
    expect((await issueDayPass(werkplaats, buyerOf(guest), { day: addDays(today, 14) })).day).toBe(addDays(today, 14));
  });
});

describe(`the reception sells a walk-in a pass, on ${server}`, () => {
  it("paid at once by pin and checked in, in one step", async () => {
    const reply = await receptionAction(
      werkplaats,
      staff.id,
      { intent: "walk-in", name: "Wim Binnenloper", email: "wim.binnenloper@example.test", payment: "pin" },
      "nl",
    );
    expect(reply.key).toBe("reception.issuedPaid");
    const [pass] = await db.select().from(dayPasses).where(eq(dayPasses.guestEmail, "wim.binnenloper@example.test"));
    expect(pass!.paidAt).not.toBeNull();
    expect(await db.select().from(checkIns).where(eq(checkIns.dayPassId, pass!.id))).toHaveLength(1);
    const [line] = await db
      .select()
      .from(invoiceLines)
      .where(eq(invoiceLines.chargeKey, `daypass:${pass!.id}`));
    expect((await invoiceOf(line!.invoiceId)).customer).toMatchObject({ kind: "person", name: "Wim Binnenloper" });
  });

  it("not paid yet: issued and checked in, shown as unpaid", async () => {
    const reply = await receptionAction(
      werkplaats,
      staff.id,
      { intent: "walk-in", name: "Nora Later", email: "nora.later@example.test" },
      "nl",
    );
    expect(reply.key).toBe("reception.issuedUnpaid");
    const [pass] = await db.select().from(dayPasses).where(eq(dayPasses.guestEmail, "nora.later@example.test"));
    expect(pass!.paidAt).toBeNull();
    expect(await db.select().from(checkIns).where(eq(checkIns.dayPassId, pass!.id))).toHaveLength(1);
  });
});

describe(`the walk-in sale is one transaction, on ${server}`, () => {
  it("a refused payment leaves nothing behind: no pass, no spot, no invoice, no check-in, no mail", async () => {
    // Incomplete settings: the pass's invoice stays a draft, so the desk cannot take the pin.
    const w = await space("DOC Balie zonder instellingen", false);
    const desk = await makePerson(w.id, ["staff"]);
    const email = "piet.pinweigering@example.test";
    await expect(
      receptionAction(w, desk.id, { intent: "walk-in", name: "Piet Pinweigering", email, payment: "pin" }, "nl"),
    ).rejects.toMatchObject({ status: 409, key: "billing.sales.errors.notInvoiced" });
    expect(await db.select().from(dayPasses).where(eq(dayPasses.werkplaatsId, w.id))).toHaveLength(0);
    expect(await db.select().from(flexReservations).where(eq(flexReservations.werkplaatsId, w.id))).toHaveLength(0);
    expect(await db.select().from(invoices).where(eq(invoices.werkplaatsId, w.id))).toHaveLength(0);
    expect(await db.select().from(checkIns).where(eq(checkIns.werkplaatsId, w.id))).toHaveLength(0);
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, email))).toHaveLength(0);
    // Without a payment the same guest is sold and let in (unpaid), as before.
    const reply = await receptionAction(w, desk.id, { intent: "walk-in", name: "Piet Pinweigering", email }, "nl");
    expect(reply.key).toBe("reception.issuedUnpaid");
    expect(await db.select().from(checkIns).where(eq(checkIns.werkplaatsId, w.id))).toHaveLength(1);
  });
});

describe(`with incomplete billing settings, on ${server}`, () => {
  it("the sale works, its invoice waits as a draft and is issued once the settings are complete", async () => {
    const w = await space("DOC Zonder instellingen", false);
    const desk = await makePerson(w.id, ["staff"]);
    const guest = await makeUser();
    const pass = await issueDayPass(w, buyerOf(guest), { day: addDays(today, 1) });
    expect(await invoiceOf(pass.invoiceId)).toMatchObject({ status: "draft", number: null, grossCents: 2500 });
    expect(await receiptOf(w.id, `daypass:${pass.id}`)).toMatchObject({ number: null, paymentReference: null });
    await expect(payDayPassAtDesk(w.id, desk.id, pass.id, "pin")).rejects.toMatchObject({
      status: 409,
      key: "billing.sales.errors.notInvoiced",
    });
    expect(await issuePendingSales(w.id, null)).toBe(0);
    await makeBillingSettings(w.id);
    expect(await issuePendingSales(w.id, null)).toBe(1);
    expect(await invoiceOf(pass.invoiceId)).toMatchObject({ status: "issued", number: expect.stringMatching(/^WPT-/) });
    await payDayPassAtDesk(w.id, desk.id, pass.id, "cash");
    expect((await passOf(pass.id)).paidAt).not.toBeNull();
  });
});

describe(`consumer prices on the invoice, on ${server}`, () => {
  it.each([21, 9] as const)("a €12,50 incl. ticket at %i %% is an invoice of exactly €12,50", async (rate) => {
    const guest = await makeUser();
    const invoice = await db.transaction((tx) =>
      invoiceSale(tx, werkplaats.id, null, {
        chargeKey: `ticket:${crypto.randomUUID()}`,
        buyer: buyerOf(guest),
        description: "Ticket Workshop",
        exclCents: exclForIncl(1250, rate)!,
        btwRate: rate,
        revenueKind: "ticket",
        period: { start: today, end: today },
      }),
    );
    expect(invoice).toMatchObject({ status: "issued", grossCents: 1250 });
    expect(invoice.netCents + invoice.btwCents).toBe(1250);
  });
});

describe(`paid event tickets, on ${server}`, () => {
  it("a place is invoiced (€12,50 incl.), the waitlist is not until it moves up; paid follows the invoice; cancelled unpaid is credited", async () => {
    const [event] = await db
      .insert(events)
      .values({
        werkplaatsId: werkplaats.id,
        kind: "workshop",
        titleNl: "Boekhouden voor zzp'ers",
        startsAt: zonedToUtc(addDays(today, 10), "13:00"),
        endsAt: zonedToUtc(addDays(today, 10), "16:00"),
        capacity: 1,
        status: "published",
        priceCents: exclForIncl(1250, TICKET_BTW_RATE)!,
      })
      .returning();
    const who = (n: string) => ({
      name: `Cursist ${n}`,
      email: `cursist.${n}.${event!.id.slice(0, 8)}@example.test`,
      locale: "nl" as const,
      consent: true,
    });
    await registerForEvent(werkplaats, event!.id, who("a"));
    await registerForEvent(werkplaats, event!.id, who("b"));
    const regs = await db.select().from(registrations).where(eq(registrations.eventId, event!.id)).orderBy(registrations.seq);
    const ticketOf = async (id: string) =>
      (
        await db
          .select()
          .from(invoiceLines)
          .where(eq(invoiceLines.chargeKey, `ticket:${id}`))
      )[0];
    const first = await ticketOf(regs[0]!.id);
    expect(first).toMatchObject({ revenueKind: "ticket", btwPercent: 21 });
    expect(first!.description).toMatch(/^Ticket Boekhouden voor zzp'ers \(/);
    expect((await invoiceOf(first!.invoiceId)).grossCents).toBe(1250);
    expect(await ticketOf(regs[1]!.id)).toBeUndefined();

    await recordPayment(werkplaats.id, null, first!.invoiceId, { amountCents: 1250, method: "transfer", receivedOn: today });
    expect((await db.select().from(registrations).where(eq(registrations.id, regs[0]!.id)))[0]!.paidAt).not.toBeNull();

    // The paid one cancels: its invoice stays paid; the waitlisted one moves up and is invoiced.
    await cancelRegistration({ token: regs[0]!.token });
    expect((await invoiceOf(first!.invoiceId)).status).toBe("paid");
    const second = await ticketOf(regs[1]!.id);
    expect((await invoiceOf(second!.invoiceId)).status).toBe("issued");
    await cancelRegistration({ token: regs[1]!.token });
    expect((await invoiceOf(second!.invoiceId)).status).toBe("credited");
  });
});
