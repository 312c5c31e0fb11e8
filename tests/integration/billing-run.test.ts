import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  billingParties,
  billingRuns,
  invoiceLines,
  invoices,
  membershipPauses,
  membershipPeriods,
  moneyEvents,
  roomBookings,
} from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import { makeCompany, makeMembership, makePlan } from "#db/membership-factories";
import { makeRoom } from "#db/room-factories";
import { makeBillingSettings } from "#db/billing-factories";
import { addOneOff, issueMonth, previewMonth, setExcluded } from "~/modules/billing/index.server";
import { db } from "~/utils/db.server";

const onServer = !!process.env.DATABASE_URL;

/** A werkplaats with every kind of thing the run bills, for one month. */
async function scenario() {
  const werkplaats = await makeWerkplaats({ name: `Run ${Math.random()}` });
  await makeBillingSettings(werkplaats.id, { invoicePrefix: "RUN" });
  const flex = await makePlan(werkplaats.id, "flex", { nameNl: "Flexplek", priceCents: 250_00, depositCents: 100_00 });
  // 40 included minutes: Bram's 2 February hours at € 30 leave 80 minutes, € 40, to charge.
  const fixed = await makePlan(werkplaats.id, "fixed", { nameNl: "Vaste plek", priceCents: 400_00, includedRoomMinutes: 40 });
  const strip = await makePlan(werkplaats.id, "strippenkaart", {
    nameNl: "Strippenkaart",
    priceCents: 150_00,
    stripDays: 10,
    stripValidityMonths: 3,
  });

  const anna = await makeUser({ name: "Anna de Vries", locale: "nl" });
  const studio = await makeCompany(werkplaats.id, anna.id, { name: "Studio Noord", btwId: "NL001234567B01" });
  // Starts on 16 March: half a month of 31 days (16/31) and the deposit.
  const annaMembership = await makeMembership(werkplaats.id, anna.id, flex.id, { startDate: "2026-03-16", companyId: studio.id });

  const bram = await makeUser({ name: "Bram Jansen" });
  const bramMembership = await makeMembership(werkplaats.id, bram.id, fixed.id, { startDate: "2025-01-01" });
  await db.insert(membershipPauses).values({ membershipId: bramMembership.id, startsOn: "2026-03-01", endsOn: "2026-03-10" });

  const cees = await makeUser({ name: "Cees Bakker" });
  const ceesMembership = await makeMembership(werkplaats.id, cees.id, flex.id, { startDate: "2025-06-01" });
  // A plan change on 15 March: flex until the 14th, fixed from the 15th.
  await db.update(membershipPeriods).set({ endsOn: "2026-03-14" }).where(eq(membershipPeriods.membershipId, ceesMembership.id));
  await db.insert(membershipPeriods).values({ membershipId: ceesMembership.id, planId: fixed.id, startsOn: "2026-03-15" });

  const dirk = await makeUser({ name: "Dirk Smit" });
  const dirkCard = await makeMembership(werkplaats.id, dirk.id, strip.id, { startDate: "2026-03-03", endDate: "2026-06-02" });

  const guest = await makeUser({ name: "Eva Gast" });
  const room = await makeRoom(werkplaats.id, { name: "Zaal 1" });
  const booking = (userId: string, day: string, cents: number) => ({
    werkplaatsId: werkplaats.id,
    roomId: room.id,
    userId,
    startsAt: new Date(`${day}T09:00:00Z`),
    endsAt: new Date(`${day}T11:00:00Z`),
    blockedFrom: new Date(`${day}T09:00:00Z`),
    blockedUntil: new Date(`${day}T11:15:00Z`),
    ledgerMonth: `${day.slice(0, 7)}-01`,
    minutes: 120,
    hourlyCents: 3000,
    chargeableCents: cents,
  });
  const [bramHours, guestHours] = await db
    .insert(roomBookings)
    .values([booking(bram.id, "2026-02-10", 40_00), booking(guest.id, "2026-02-12", 60_00), booking(cees.id, "2026-03-05", 20_00)])
    .returning();
  return {
    werkplaats,
    studio,
    anna,
    annaMembership,
    bram,
    bramMembership,
    cees,
    ceesMembership,
    dirk,
    dirkCard,
    guest,
    bramHours,
    guestHours,
  };
}

let s: Awaited<ReturnType<typeof scenario>>;
let manager: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  manager = await makeUser({ name: "Beheerder" });
  s = await scenario();
});

const issuedOf = (werkplaatsId: string) =>
  db
    .select()
    .from(invoices)
    .where(and(eq(invoices.werkplaatsId, werkplaatsId), sql`${invoices.status} <> 'draft'`))
    .orderBy(invoices.sequence);

describe(`the monthly billing run on ${onServer ? "the PostgreSQL server" : "PGlite"}`, () => {
  it("previews every party's invoice for March without writing anything", async () => {
    const preview = await previewMonth(s.werkplaats.id, "2026-03");
    const lines = (name: string) =>
      preview.invoices.find((i) => i.party.name === name)?.lines.map((l) => [l.chargeKey, l.netCents, l.btwCents]);

    expect(preview.invoices.map((i) => i.party.name)).toEqual(["Bram Jansen", "Cees Bakker", "Dirk Smit", "Eva Gast", "Studio Noord"]);
    // 16 of 31 days of €250 = €129.03, and the €100 borg outside BTW.
    expect(lines("Studio Noord")).toEqual([
      [`membership:${s.annaMembership.id}:2026-03`, 129_03, 27_10],
      [`membership:${s.annaMembership.id}:2026-03:deposit`, 100_00, 0],
    ]);
    // Paused 1–10 March: 21 of 31 days of €400; February's room hours beyond the allowance.
    expect(lines("Bram Jansen")).toEqual([
      [`membership:${s.bramMembership.id}:2026-03`, 270_97, 56_90],
      [`room-booking:${s.bramHours!.id}`, 40_00, 8_40],
    ]);
    // 14 days flex + 17 days fixed, rounded once on the month: 112.90 + 219.35 = 332.26 after the split.
    const cees = lines("Cees Bakker")!;
    expect(cees.map((l) => l[0])).toEqual([
      `membership:${s.ceesMembership.id}:2026-03`,
      `membership:${s.ceesMembership.id}:2026-03:2026-03-15`,
    ]);
    expect(Number(cees[0]![1]) + Number(cees[1]![1])).toBe(Math.round((250_00 * 14 + 400_00 * 17) / 31));
    expect(lines("Dirk Smit")).toEqual([[`strippenkaart:${s.dirkCard.id}`, 150_00, 31_50]]);
    // A non-member's booking of February is invoiced to the person.
    expect(lines("Eva Gast")).toEqual([[`room-booking:${s.guestHours!.id}`, 60_00, 12_60]]);
    expect(preview.totals.parties).toBe(5);

    expect(await issuedOf(s.werkplaats.id)).toHaveLength(0);
    expect(await db.select().from(invoices).where(eq(invoices.werkplaatsId, s.werkplaats.id))).toHaveLength(0);
  });

  it("leaves an excluded party out and puts a one-off line on another party's invoice", async () => {
    await setExcluded(s.werkplaats.id, "2026-03", `person:${s.guest.id}`, true);
    await addOneOff(s.werkplaats.id, "2026-03", {
      partyKey: `company:${s.studio.id}`,
      description: "Sleutel kwijt",
      unitCents: 25_00,
      btwRate: 21,
    });
    const preview = await previewMonth(s.werkplaats.id, "2026-03");
    expect(preview.invoices.find((i) => i.party.name === "Eva Gast")?.excluded).toBe(true);
    expect(preview.invoices.find((i) => i.party.name === "Studio Noord")?.lines.at(-1)).toMatchObject({
      description: "Sleutel kwijt",
      netCents: 25_00,
      btwCents: 5_25,
    });
    expect(preview.totals.parties).toBe(4);
  });

  it("issues one invoice per party with gap-free numbers, audits each, and issues nothing new the second time", async () => {
    const first = await issueMonth(s.werkplaats.id, manager.id, "2026-03");
    expect(first).toEqual({ issued: 4, skipped: 0, failures: [] });
    const issued = await issuedOf(s.werkplaats.id);
    expect(issued.map((i) => i.sequence)).toEqual([1, 2, 3, 4]);
    expect(issued.every((i) => i.number?.startsWith("RUN-"))).toBe(true);
    const events = await db
      .select()
      .from(moneyEvents)
      .where(and(eq(moneyEvents.werkplaatsId, s.werkplaats.id), eq(moneyEvents.kind, "issued")));
    expect(events).toHaveLength(4);
    const [run] = await db.select().from(billingRuns).where(eq(billingRuns.werkplaatsId, s.werkplaats.id));
    expect(run).toMatchObject({ status: "done", partiesTotal: 4, partiesDone: 4, invoicesIssued: 4, failures: [] });

    const again = await issueMonth(s.werkplaats.id, manager.id, "2026-03");
    expect(again).toEqual({ issued: 0, skipped: 0, failures: [] });
    expect(await issuedOf(s.werkplaats.id)).toHaveLength(4);
    expect((await previewMonth(s.werkplaats.id, "2026-03")).invoices.map((i) => i.party.name)).toEqual(["Eva Gast"]);
  });

  it("refunds the deposit with a credit note on the line that charged it when the membership ends", async () => {
    await db.execute(sql`update memberships set end_date = '2026-04-20' where id = ${s.annaMembership.id}`);
    const preview = await previewMonth(s.werkplaats.id, "2026-04");
    const studio = preview.invoices.find((i) => i.party.name === "Studio Noord")!;
    expect(studio.refunds).toMatchObject([{ netCents: 100_00 }]);
    await setExcluded(s.werkplaats.id, "2026-04", `person:${s.guest.id}`, true);
    await issueMonth(s.werkplaats.id, manager.id, "2026-04");
    const notes = await db
      .select()
      .from(invoices)
      .where(and(eq(invoices.werkplaatsId, s.werkplaats.id), eq(invoices.kind, "credit_note")));
    expect(notes).toMatchObject([{ grossCents: 100_00, status: "issued" }]);
    // Run again: the deposit is credited already, nothing more.
    const again = await issueMonth(s.werkplaats.id, manager.id, "2026-04");
    expect(again.issued).toBe(0);
  });

  it("keeps going past a party the database refuses, and lists it with its reason", async () => {
    const w = await scenario();
    await db.execute(
      sql.raw(`create or replace function refuse_bram() returns trigger language plpgsql as $$
        begin
          if new.customer->>'name' = 'Bram Jansen' and new.werkplaats_id = '${w.werkplaats.id}' then raise exception 'refused for the test'; end if;
          return new;
        end $$`),
    );
    await db.execute(sql`create trigger refuse_bram before update on invoices for each row execute function refuse_bram()`);
    try {
      const outcome = await issueMonth(w.werkplaats.id, manager.id, "2026-03");
      expect(outcome.issued).toBe(4);
      expect(outcome.failures).toEqual([
        { partyKey: `person:${w.bram.id}`, name: "Bram Jansen", reason: { key: "billing.run.failed.unexpected" } },
      ]);
      const [run] = await db.select().from(billingRuns).where(eq(billingRuns.werkplaatsId, w.werkplaats.id));
      expect(run?.failures).toHaveLength(1);
      expect((await issuedOf(w.werkplaats.id)).map((i) => i.sequence)).toEqual([1, 2, 3, 4]);
    } finally {
      await db.execute(sql`drop trigger refuse_bram on invoices`);
    }
    // Fixed, the next run issues only Bram's invoice.
    expect(await issueMonth(w.werkplaats.id, manager.id, "2026-03")).toEqual({ issued: 1, skipped: 0, failures: [] });
    expect((await issuedOf(w.werkplaats.id)).map((i) => i.sequence)).toEqual([1, 2, 3, 4, 5]);
  });

  it("two managers issuing the same month at once issue each invoice once", async () => {
    const w = await scenario();
    const other = await makeUser({ name: "Tweede beheerder" });
    const outcomes = await Promise.all([
      issueMonth(w.werkplaats.id, manager.id, "2026-03"),
      issueMonth(w.werkplaats.id, other.id, "2026-03"),
    ]);
    expect(outcomes.flatMap((o) => o.failures)).toEqual([]);
    expect(outcomes[0]!.issued + outcomes[1]!.issued).toBe(5);
    const issued = await issuedOf(w.werkplaats.id);
    expect(issued.map((i) => i.sequence)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(issued.map((i) => i.partyId)).size).toBe(5);
    const keys = await db.select({ key: invoiceLines.chargeKey }).from(invoiceLines).where(eq(invoiceLines.werkplaatsId, w.werkplaats.id));
    expect(new Set(keys.map((k) => k.key)).size).toBe(keys.length);
  });

  it("makes each company's party as a single invoice would: its country from the BTW-id, reverse charge inside the EU", async () => {
    const werkplaats = await makeWerkplaats({ name: `Landen ${Math.random()}` });
    await makeBillingSettings(werkplaats.id, { invoicePrefix: "EU" });
    const plan = await makePlan(werkplaats.id, "fixed", { priceCents: 300_00 });
    const cases = [
      { btwId: "BE0123456789", country: "BE", category: "AE" },
      { btwId: "EL123456789", country: "GR", category: "AE" },
      { btwId: "NL001234567B01", country: "NL", category: "S" },
      { btwId: "GB123456789", country: "NL", category: "S" },
    ];
    for (const c of cases) {
      const owner = await makeUser();
      const company = await makeCompany(werkplaats.id, owner.id, { name: `Bedrijf ${c.btwId}`, btwId: c.btwId });
      await makeMembership(werkplaats.id, owner.id, plan.id, { startDate: "2025-01-01", companyId: company.id });
    }
    expect(await issueMonth(werkplaats.id, manager.id, "2026-03")).toMatchObject({ issued: 4, failures: [] });
    const rows = await db
      .select({ btwId: billingParties.btwId, country: billingParties.countryCode, category: invoiceLines.btwCategory })
      .from(invoiceLines)
      .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
      .innerJoin(billingParties, eq(billingParties.id, invoices.partyId))
      .where(eq(invoices.werkplaatsId, werkplaats.id));
    expect(rows.sort((a, b) => a.btwId!.localeCompare(b.btwId!))).toEqual(
      cases.map((c) => ({ btwId: c.btwId, country: c.country, category: c.category })).sort((a, b) => a.btwId.localeCompare(b.btwId)),
    );
  });

  it("refuses to start while the invoice settings are incomplete, issuing nothing", async () => {
    const bare = await makeWerkplaats();
    await expect(issueMonth(bare.id, manager.id, "2026-03")).rejects.toMatchObject({
      status: 409,
      key: "billing.errors.settingsIncomplete",
    });
  });
});
