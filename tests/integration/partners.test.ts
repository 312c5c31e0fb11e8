import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreementInstalments, invoiceLines, invoices, partnerContacts } from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeBillingSettings, makeIssuedInvoice, oneOffLine } from "#db/billing-factories";
import { makeAgreement, makePartner } from "#db/partner-factories";
import { creditInvoice, recordPayment } from "~/modules/billing/index.server";
import {
  agreementsOfPartner,
  economicsOf,
  invoiceDueInstalments,
  periodOf,
  recordInKind,
  recordSubsidy,
  saveBudgetLine,
  saveLocationCost,
  savePartnerLogo,
} from "~/modules/partners/index.server";
import { onlinePaymentOf } from "~/modules/stripe/index.server";
import * as payRoute from "~/routes/invoices.$invoiceId_.pay";
import { db } from "~/utils/db.server";
import { isDomainError } from "~/utils/errors";
import { formPost, outcome, routeArgs } from "../support/route-harness";
import { stripeForTests } from "../support/stripe";

/**
 * Sponsor instalments are invoiced through the ledger exactly once, however often the
 * maintenance job runs; the economics of a period equal what an independent SQL query finds.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;

/** The one number a raw query answers: PGlite gives `{ rows }`, postgres.js an array. */
async function one(statement: ReturnType<typeof sql>) {
  const result = (await db.execute(statement)) as unknown;
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { v: unknown }[];
  return Number(rows[0]?.v ?? 0);
}

const statusOf = async (work: Promise<unknown>) => {
  try {
    await work;
    return 200;
  } catch (error) {
    if (isDomainError(error)) return error.status;
    throw error;
  }
};

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Partners" });
  await makeBillingSettings(werkplaats.id);
});

describe(`sponsor instalments on ${server}`, () => {
  it("plans a monthly agreement as twelve instalments adding up to the yearly amount", async () => {
    const partner = await makePartner(werkplaats.id, { name: "Plan Bank" });
    await makeAgreement(werkplaats.id, partner.id, { yearly: 10_000_00 });
    const [{ instalments, totals }] = (await agreementsOfPartner(werkplaats.id, partner.id)) as [
      Awaited<ReturnType<typeof agreementsOfPartner>>[number],
    ];
    expect(instalments).toHaveLength(12);
    expect(instalments.reduce((s, i) => s + i.amountCents, 0)).toBe(10_000_00);
    expect(instalments[0]).toMatchObject({ dueOn: "2026-01-01", amountCents: 83334 });
    expect(totals).toEqual({ committedCents: 10_000_00, invoicedCents: 0, receivedCents: 0 });
  });

  it("invoices each due instalment exactly once when the job runs twice at the same moment", async () => {
    const w = await makeWerkplaats({ name: "DOC Tweemaal" });
    await makeBillingSettings(w.id);
    const partner = await makePartner(w.id, { name: "Gemeente Dordrecht", kind: "municipality" });
    await makeAgreement(w.id, partner.id, { schedule: "quarterly" });
    const now = new Date("2026-07-02T10:00:00Z");
    const counts = await Promise.all([invoiceDueInstalments(now), invoiceDueInstalments(now), invoiceDueInstalments(now)]);
    const lines = await db
      .select({ key: invoiceLines.chargeKey, net: invoiceLines.netCents, kind: invoiceLines.revenueKind })
      .from(invoiceLines)
      .where(sql`${invoiceLines.werkplaatsId} = ${w.id} and ${invoiceLines.chargeKey} like 'instalment:%'`);
    // January, April and July are due on 2 July; October is not.
    expect(lines).toHaveLength(3);
    // The job serves every werkplaats: together the three runs invoiced each due instalment once.
    const everywhere = await one(sql`select count(*) as v from invoice_lines where charge_key like 'instalment:%'`);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(everywhere);
    expect(lines.every((l) => l.net === 3_000_00 && l.kind === "sponsorship")).toBe(true);
    expect(await invoiceDueInstalments(now)).toBe(0);
    const [{ totals }] = (await agreementsOfPartner(w.id, partner.id)) as [Awaited<ReturnType<typeof agreementsOfPartner>>[number]];
    expect(totals).toMatchObject({ committedCents: 12_000_00, invoicedCents: 9_000_00, receivedCents: 0 });

    // Received is on invoiced's basis (excl. BTW): one invoice paid whole (€ 3.630 incl.), one half.
    const billed = await db
      .select({ id: agreementInstalments.invoiceId })
      .from(agreementInstalments)
      .where(
        sql`${agreementInstalments.invoiceId} is not null and ${agreementInstalments.agreementId} in (select id from partner_agreements where partner_id = ${partner.id})`,
      )
      .orderBy(agreementInstalments.dueOn);
    await recordPayment(w.id, null, billed[0]!.id!, { amountCents: 3_630_00, method: "transfer", receivedOn: "2026-07-03" });
    await recordPayment(w.id, null, billed[1]!.id!, { amountCents: 1_815_00, method: "transfer", receivedOn: "2026-07-03" });
    const [{ totals: after }] = (await agreementsOfPartner(w.id, partner.id)) as [Awaited<ReturnType<typeof agreementsOfPartner>>[number]];
    expect(after).toMatchObject({ invoicedCents: 9_000_00, receivedCents: 4_500_00 });
  });

  it("refuses a second invoice for one instalment in the database, whatever the code does", async () => {
    const [row] = await db.select().from(agreementInstalments).where(sql`${agreementInstalments.invoiceId} is not null`).limit(1);
    const [other] = await db.select().from(invoices).where(sql`${invoices.id} <> ${row!.invoiceId}`).limit(1);
    await expect(
      db.update(agreementInstalments).set({ invoiceId: other!.id }).where(sql`${agreementInstalments.invoiceId} is null`),
    ).rejects.toThrow();
  });

  it("does not let one werkplaats touch another's partner", async () => {
    const elsewhere = await makeWerkplaats({ name: "Elders" });
    const partner = await makePartner(werkplaats.id, { name: "Eigen Partner" });
    expect(await statusOf(makeAgreement(elsewhere.id, partner.id))).toBe(404);
    expect(
      await statusOf(
        recordInKind(elsewhere.id, (await makeUser()).id, {
          intent: "inKind",
          partnerId: partner.id,
          kind: "goods",
          description: "Laptops",
          givenOn: "2026-02-01",
          value: 100_00,
        }),
      ),
    ).toBe(404);
    expect(await statusOf(savePartnerLogo(elsewhere.id, partner.id, null))).toBe(404);
  });

  it("accepts a real PNG logo and refuses a large or disguised one", async () => {
    const partner = await makePartner(werkplaats.id, { name: "Logo BV" });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect(await statusOf(savePartnerLogo(werkplaats.id, partner.id, png))).toBe(200);
    expect(await statusOf(savePartnerLogo(werkplaats.id, partner.id, new TextEncoder().encode("<svg onload=alert(1)>")))).toBe(400);
    const large = new Uint8Array(300 * 1024);
    large.set(png);
    expect(await statusOf(savePartnerLogo(werkplaats.id, partner.id, large))).toBe(400);
    expect(await statusOf(makePartner(werkplaats.id, { name: "logo bv" }))).toBe(409);
  });
});

describe(`the DOC economics of a year on ${server}`, () => {
  it("equals an independent SQL query to the cent", async () => {
    const w = await makeWerkplaats({ name: "DOC Economie" });
    await makeBillingSettings(w.id);
    const manager = await makeUser();
    const company = await makeCompany(w.id, (await makeUser()).id, { name: "Studio Noord" });
    const issue = (day: string, lines: Parameters<typeof oneOffLine>[0][]) =>
      makeIssuedInvoice(w.id, company.id, { lines: lines.map((l) => oneOffLine(l)), now: new Date(`${day}T10:00:00Z`) });
    await issue("2026-02-03", [
      { revenueKind: "membership", unitCents: 250_00 },
      { revenueKind: "room_hours", unitCents: 45_50 },
    ]);
    const credited = await issue("2026-03-03", [{ revenueKind: "membership", unitCents: 250_00 }]);
    await creditInvoice(w.id, null, credited.id, undefined, new Date("2026-03-10T10:00:00Z"));
    await issue("2026-05-01", [
      { revenueKind: "ticket", unitCents: 12_40 },
      { revenueKind: "deposit", unitCents: 500_00, btw: { rate: "exempt", reason: "Borg" } },
    ]);
    await issue("2025-12-31", [{ revenueKind: "membership", unitCents: 999_00 }]);
    const partner = await makePartner(w.id, { name: "Da Vinci College", kind: "education" });
    await makeAgreement(w.id, partner.id, { yearly: 6_000_00, schedule: "quarterly" });
    await invoiceDueInstalments(new Date("2026-06-01T10:00:00Z"));
    for (const [month, kind, amount] of [
      ["2026-01", "rent", 2_500_00],
      ["2026-02", "rent", 2_500_00],
      ["2026-02", "energy", 310_45],
      ["2026-02", "workshop", 1_000_00],
      ["2027-01", "rent", 2_600_00],
    ] as const)
      await saveLocationCost(w.id, { intent: "cost", month, kind, amount, note: "" });
    await recordInKind(w.id, manager.id, {
      intent: "inKind",
      partnerId: partner.id,
      kind: "hours",
      hours: "12.5",
      description: "Docent begeleidt studententeam",
      givenOn: "2026-04-10",
      value: 937_50,
    });
    await recordSubsidy(w.id, {
      intent: "subsidy",
      source: "province",
      name: "Provincie Zuid-Holland digitalisering mkb",
      amount: 50_000_01,
      startsOn: "2026-07-01",
      endsOn: "2027-06-30",
      conditions: "",
      deadlines: [{ dueOn: "2027-01-31", what: "Tussenrapportage" }],
    });
    await saveBudgetLine(w.id, { intent: "budget", year: 2026, kind: "rent", amount: 30_000_00 });

    const e = await economicsOf(w.id, periodOf({ span: "year", year: 2026 }, "2026-06-01"));

    const ledger = (
      kinds: string,
    ) => sql`select coalesce(sum(case when i.kind = 'credit_note' then -l.net_cents else l.net_cents end), 0) as v
      from invoice_lines l join invoices i on i.id = l.invoice_id
      where i.werkplaats_id = ${w.id} and i.status <> 'draft' and i.issue_date between '2026-01-01' and '2026-12-31'
        and l.revenue_kind in (${sql.raw(kinds)})`;
    expect(e.coworking.totalCents).toBe(await one(ledger("'membership','room_hours','day_pass','strippenkaart','ticket','one_off'")));
    expect(e.coworking.totalCents).toBe(250_00 + 45_50 + 12_40);
    expect(e.coworking.byGroup.memberships).toBe(await one(ledger("'membership'")));
    expect(e.sponsorshipCashCents).toBe(await one(ledger("'sponsorship'")));
    expect(e.sponsorshipCashCents).toBe(3_000_00);
    const costs = await one(sql`select coalesce(sum(amount_cents), 0) as v from location_costs
      where werkplaats_id = ${w.id} and kind <> 'workshop' and month between '2026-01-01' and '2026-12-31'`);
    expect(e.locationCostCents).toBe(costs);
    expect(e.workshopCostCents).toBe(1_000_00);
    expect(e.leftForWorkshopCents).toBe(e.coworking.totalCents - costs);
    expect(e.sponsorshipInKindCents).toBe(
      await one(
        sql`select coalesce(sum(value_cents), 0) as v from in_kind_contributions where werkplaats_id = ${w.id} and given_on between '2026-01-01' and '2026-12-31'`,
      ),
    );
    // The subsidy runs twelve months; six of them (July–December) fall in 2026, the the first nine taking a leftover cent.
    const subsidy = await one(sql`select sum(share) as v from (
        select s.amount_cents / n.months + case when m.i < s.amount_cents % n.months then 1 else 0 end as share, m.month
        from subsidies s
        cross join lateral (select (extract(year from age(date_trunc('month', s.ends_on), date_trunc('month', s.starts_on))) * 12
          + extract(month from age(date_trunc('month', s.ends_on), date_trunc('month', s.starts_on))) + 1)::int as months) n
        cross join lateral (select g::int as i, (date_trunc('month', s.starts_on) + make_interval(months => g::int))::date as month
          from generate_series(0, n.months - 1) g) m
        where s.werkplaats_id = ${w.id}) shares
      where month between '2026-01-01' and '2026-12-31'`);
    expect(e.subsidyCents).toBe(subsidy);
    expect(e.subsidyCents).toBe(6 * 4_166_67);
    expect(e.budget).toEqual([{ kind: "rent", budgetCents: 30_000_00, actualCents: 5_000_00 }]);
    expect(e.coveragePercent).toBe(Math.round(((250_00 + 45_50 + 12_40) * 1000) / costs) / 10);
  });
});

describe(`a sponsor instalment paid online, on ${server}`, () => {
  let stripe: Awaited<ReturnType<typeof stripeForTests>>;
  beforeAll(async () => {
    stripe = await stripeForTests();
  });
  afterAll(async () => stripe.stop());

  it("offers the partner's contact Checkout for the instalment invoice like any invoice, and books it paid; another partner's contact gets 404", async () => {
    const partner = await makePartner(werkplaats.id, { name: "ICT Rivierenland", email: "finance@ict-rivierenland.example" });
    const other = await makePartner(werkplaats.id, { name: "Gemeente Dordrecht", email: "subsidie@dordrecht.example" });
    await makeAgreement(werkplaats.id, partner.id, { yearly: 2_400_00, schedule: "yearly", startsOn: "2026-03-01", endsOn: "2027-02-28" });
    await invoiceDueInstalments(new Date("2026-03-02T10:00:00Z"));
    const [row] = await db
      .execute(sql`select i.id from invoices i join partners p on p.party_id = i.party_id where p.id = ${partner.id}`)
      .then((r) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as { id: string }[]);
    const invoice = (await db.select().from(invoices).where(sql`${invoices.id} = ${row!.id}`))[0]!;
    expect(invoice).toMatchObject({ status: "issued", paidCents: 0 });
    // Stripe configured: the sponsor invoice can be paid online, as any open invoice.
    expect(await onlinePaymentOf({ ...invoice, dueCents: invoice.grossCents - invoice.paidCents })).toEqual({
      canPay: true,
      collecting: false,
    });
    const contact = await makeUser({ email: "finance@ict-rivierenland.example" });
    const stranger = await makeUser({ email: "subsidie@dordrecht.example" });
    await db.insert(partnerContacts).values([
      { partnerId: partner.id, email: contact.email },
      { partnerId: other.id, email: stranger.email },
    ]);
    const pay = (user: typeof contact) =>
      outcome(() =>
        payRoute.action(
          routeArgs(`/invoices/${invoice.id}/pay`, { user, roles: ["partner"], werkplaats }, formPost({}, { invoiceId: invoice.id })),
        ),
      );
    expect((await pay(stranger)).status).toBe(404);
    const started = await pay(contact);
    stripe.completeCheckout(started.location!.split("/pay/")[1]!, "ideal");
    await stripe.settled();
    expect((await db.select().from(invoices).where(sql`${invoices.id} = ${invoice.id}`))[0]).toMatchObject({
      status: "paid",
      paidCents: invoice.grossCents,
    });
  });
});
