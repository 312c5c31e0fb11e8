import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { events, invoices, moneyEvents, payments, registrations, saleHolds } from "#db/schema";
import { makeWerkplaats } from "#db/factories";
import { makeBillingSettings } from "#db/billing-factories";
import { confirmTicketHold, holdTicket, HOLD_MINUTES, releaseExpiredHolds, releaseTicketHold } from "~/modules/events/ticket-holds.server";
import { registerForEvent } from "~/modules/events/registrations.server";
import { publicEvent } from "~/modules/events/agenda.server";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { addDays } from "~/utils/calendar";
import { todayIn, zonedToUtc } from "~/utils/zoned-time";

/**
 * A paid ticket bought online holds its place while the buyer pays at Checkout: holds count for
 * capacity (under the event's row lock), a completed payment confirms the place once, with its
 * invoice paid on the ledger; an expired session or a lapsed hold gives the place back.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
const day = addDays(todayIn(), 14);

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Holds" });
  await makeBillingSettings(werkplaats.id);
});

async function paidEvent(capacity: number, priceCents = 1033) {
  const [event] = await db
    .insert(events)
    .values({
      werkplaatsId: werkplaats.id,
      kind: "workshop",
      titleNl: "Betaalde workshop",
      startsAt: zonedToUtc(day, "14:00"),
      endsAt: zonedToUtc(day, "16:00"),
      capacity,
      audiences: ["public"],
      onlineUrl: "https://meet.example/x",
      status: "published",
      priceCents,
    })
    .returning();
  return event!;
}

const guest = (i: number) => ({ name: `Gast ${i}`, email: `Gast${i}@Example.nl`, locale: "nl" as const, consent: true });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof DomainError ? `${e.status} ${e.key}` : String(e)),
  );

describe(`holding paid tickets, on ${server}`, () => {
  it("20 guests asking for the last 3 places at once: 3 holds, 17 refused with a 409", async () => {
    const event = await paidEvent(5);
    await registerForEvent(werkplaats, event.id, guest(100));
    await registerForEvent(werkplaats, event.id, guest(101));
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => refusal(holdTicket(werkplaats, event.id, guest(i)))));
    expect(results.filter((r) => r === null)).toHaveLength(3);
    expect(results.filter((r) => r === "409 events.hold.full")).toHaveLength(17);
    const holds = await db.select().from(saleHolds).where(eq(saleHolds.eventId, event.id));
    expect(holds).toHaveLength(3);
    expect(holds.every((h) => h.status === "pending" && h.amountCents === 1250)).toBe(true);
    // The public page counts held places as taken.
    expect(await publicEvent(werkplaats.id, event.id)).toMatchObject({ placesLeft: 0, state: "full" });
    // A registration by bank transfer meanwhile waits: the held places are taken.
    expect((await registerForEvent(werkplaats, event.id, guest(102))).status).toBe("waitlisted");
  });

  it("a completed payment confirms the place once: registration, invoice, payment (five deliveries, one effect)", async () => {
    const event = await paidEvent(2);
    const now = new Date();
    const hold = await holdTicket(werkplaats, event.id, guest(1), now);
    expect(hold.expiresAt.getTime() - now.getTime()).toBe(HOLD_MINUTES * 60_000);
    await Promise.all(Array.from({ length: 5 }, () => confirmTicketHold(hold.id, { amountCents: 1250, reference: "pi_test_1" })));
    const regs = await db.select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(regs).toHaveLength(1);
    expect(regs[0]).toMatchObject({ status: "registered", email: "gast1@example.nl", priceCents: 1033 });
    const [row] = await db.select().from(saleHolds).where(eq(saleHolds.id, hold.id));
    expect(row).toMatchObject({ status: "confirmed", registrationId: regs[0]!.id });
    const paid = await db.select().from(payments).where(eq(payments.reference, "pi_test_1"));
    expect(paid).toHaveLength(1);
    expect(paid[0]).toMatchObject({ amountCents: 1250, appliedCents: 1250, method: "stripe" });
    const [invoice] = await db.select().from(invoices).where(eq(invoices.id, paid[0]!.invoiceId));
    expect(invoice).toMatchObject({ status: "paid", grossCents: 1250 });
    expect((await db.select().from(registrations).where(eq(registrations.id, regs[0]!.id)))[0]!.paidAt).not.toBeNull();
    const audited = await db
      .select()
      .from(moneyEvents)
      .where(and(eq(moneyEvents.invoiceId, invoice!.id), eq(moneyEvents.kind, "paid")));
    expect(audited).toHaveLength(1);
    // Releasing after confirming (an expiry event arriving late) changes nothing.
    expect(await releaseTicketHold(hold.id)).toBe(false);
  });

  it("an expired session gives the place back and moves the waitlist up", async () => {
    const event = await paidEvent(1);
    const hold = await holdTicket(werkplaats, event.id, guest(1));
    expect(await refusal(holdTicket(werkplaats, event.id, guest(2)))).toBe("409 events.hold.full");
    const waiting = await registerForEvent(werkplaats, event.id, guest(3));
    expect(waiting.status).toBe("waitlisted");
    expect(await releaseTicketHold(hold.id)).toBe(true);
    expect(await releaseTicketHold(hold.id)).toBe(false);
    const [promoted] = await db.select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(promoted).toMatchObject({ email: "gast3@example.nl", status: "registered" });
  });

  it("a lapsed hold stops counting at its expiry; the maintenance job releases it", async () => {
    const event = await paidEvent(1);
    const start = new Date();
    const hold = await holdTicket(werkplaats, event.id, guest(1), start);
    const later = new Date(start.getTime() + (HOLD_MINUTES + 1) * 60_000);
    const other = await holdTicket(werkplaats, event.id, guest(2), later);
    expect(other.status).toBe("pending");
    expect(await releaseExpiredHolds(later)).toBeGreaterThanOrEqual(1);
    expect((await db.select().from(saleHolds).where(eq(saleHolds.id, hold.id)))[0]!.status).toBe("released");
    // The first guest pays after all (a late webhook): the place has gone, so they wait, paid, for the manager to decide.
    const placed = await confirmTicketHold(hold.id, { amountCents: 1250, reference: "pi_late" }, later);
    expect(placed?.status).toBe("waitlisted");
    const [payment] = await db.select().from(payments).where(eq(payments.reference, "pi_late"));
    expect(payment).toMatchObject({ amountCents: 1250, method: "stripe" });
  });

  it("refuses a second hold for the same address, a hold on a free event, and another werkplaats's event", async () => {
    const event = await paidEvent(10);
    await holdTicket(werkplaats, event.id, guest(1));
    expect(await refusal(holdTicket(werkplaats, event.id, guest(1)))).toBe("409 events.hold.pending");
    const free = await paidEvent(10, 0);
    expect(await refusal(holdTicket(werkplaats, free.id, guest(1)))).toBe("409 events.hold.free");
    const elsewhere = await makeWerkplaats({ name: "DOC Elders" });
    expect(await refusal(holdTicket(elsewhere, event.id, guest(1)))).toBe("404 events.notFound");
  });
});
