import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { events, partnerContacts } from "#db/schema";
import { makeBillingSettings } from "#db/billing-factories";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeAgreement, makePartner } from "#db/partner-factories";
import { invoiceDueInstalments, linkActivity, recordInKind } from "~/modules/partners/index.server";
import { navigationFor } from "~/components/navigation";
import * as home from "~/routes/_index";
import * as partnerIndex from "~/routes/partner._index";
import * as partnerPage from "~/routes/partner.$partnerId";
import { db } from "~/utils/db.server";
import { outcome, routeArgs } from "../support/route-harness";

/**
 * A partner's contact has a home: the activities their partner supports, its agreements with
 * committed, invoiced and received, its invoices and its gifts in kind, and nothing of another
 * partner's (404). The totals equal what independent queries find.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";

async function one(statement: ReturnType<typeof sql>) {
  const result = (await db.execute(statement)) as unknown;
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { v: unknown }[];
  return Number(rows[0]?.v ?? 0);
}

type Home = {
  partner: { id: string; name: string };
  agreements: {
    agreement: { id: string };
    totals: { committedCents: number; invoicedCents: number; receivedCents: number };
    activities: { eventId: string; role: string; reach: number }[];
  }[];
  invoices: { id: string; grossCents: number }[];
  inKind: { description: string; valueCents: number; partnerId: string }[];
};

let w: Awaited<ReturnType<typeof makeWerkplaats>>;
let bank: Awaited<ReturnType<typeof makePartner>>;
let rival: Awaited<ReturnType<typeof makePartner>>;
let contact: Awaited<ReturnType<typeof makePerson>>;
let rivalContact: Awaited<ReturnType<typeof makePerson>>;
let eventId: string;

beforeAll(async () => {
  w = await makeWerkplaats({ name: "DOC Partnerhuis" });
  await makeBillingSettings(w.id);
  bank = await makePartner(w.id, { name: "Regiobank", email: "sponsoring@regiobank.example" });
  rival = await makePartner(w.id, { name: "Andere Bank", email: "sponsoring@anderebank.example" });
  contact = await makePerson(w.id, ["partner"], { email: "esther@regiobank.example", name: "Esther Mulder" });
  rivalContact = await makePerson(w.id, ["partner"], { email: "kees@anderebank.example" });
  await db.insert(partnerContacts).values([
    { partnerId: bank.id, email: contact.email },
    { partnerId: rival.id, email: rivalContact.email },
  ]);
  const agreement = await makeAgreement(w.id, bank.id, { yearly: 4_800_00, schedule: "quarterly" });
  await makeAgreement(w.id, rival.id, { title: "Andermans afspraak", yearly: 9_600_00, schedule: "quarterly" });
  await invoiceDueInstalments(new Date("2026-05-01T10:00:00Z"));
  const [event] = await db
    .insert(events)
    .values({
      werkplaatsId: w.id,
      kind: "masterclass",
      titleNl: "Masterclass Cyber",
      startsAt: new Date("2026-09-10T15:00:00Z"),
      endsAt: new Date("2026-09-10T17:00:00Z"),
      capacity: 30,
      status: "published",
    })
    .returning();
  eventId = event!.id;
  await linkActivity(w.id, bank.id, { intent: "linkActivity", agreementId: agreement.id, eventId, role: "named_event" });
  const manager = await makePerson(w.id, ["manager"]);
  await recordInKind(w.id, manager.id, {
    intent: "inKind",
    partnerId: bank.id,
    kind: "hours",
    hours: "6",
    description: "Kredietadviseur bij het spreekuur",
    givenOn: "2026-04-12",
    value: 600_00,
  });
  await recordInKind(w.id, manager.id, {
    intent: "inKind",
    partnerId: rival.id,
    kind: "goods",
    description: "Andermans laptops",
    givenOn: "2026-04-12",
    value: 900_00,
  });
});

const visit = (who: typeof contact, partnerId: string) =>
  outcome(() =>
    partnerPage.loader(routeArgs(`/partner/${partnerId}`, { user: who, roles: ["partner"], werkplaats: w }, { params: { partnerId } })),
  );

describe(`a partner's own home, on ${server}`, () => {
  it("shows the contact their partner's activities, agreements, invoices and gifts, equal to independent queries", async () => {
    const page = await visit(contact, bank.id);
    expect(page.status).toBe(200);
    const body = page.body as Home;
    expect(body.partner.name).toBe("Regiobank");
    const [agreement] = body.agreements;
    expect(body.agreements).toHaveLength(1);
    expect(agreement!.activities).toEqual([expect.objectContaining({ eventId, role: "named_event", reach: 0 })]);
    const invoiced = await one(sql`select coalesce(sum(l.net_cents), 0) as v from invoice_lines l join invoices i on i.id = l.invoice_id
      join partners p on p.party_id = i.party_id where p.id = ${bank.id} and i.status <> 'draft'`);
    expect(invoiced).toBe(2 * 1_200_00);
    expect(agreement!.totals).toEqual({ committedCents: 4_800_00, invoicedCents: invoiced, receivedCents: 0 });
    const invoiceIds = await db.execute(
      sql`select i.id from invoices i join partners p on p.party_id = i.party_id where p.id = ${bank.id}`,
    );
    const ids = ((Array.isArray(invoiceIds) ? invoiceIds : (invoiceIds as { rows: unknown[] }).rows) as { id: string }[]).map((r) => r.id);
    expect(body.invoices.map((i) => i.id).sort()).toEqual(ids.sort());
    expect(body.inKind.map((c) => [c.description, c.valueCents])).toEqual([["Kredietadviseur bij het spreekuur", 600_00]]);
  });

  it("answers 404 for another partner's page, a made-up id or a non-id, and 403 without the partner role", async () => {
    expect((await visit(contact, rival.id)).status).toBe(404);
    expect((await visit(rivalContact, bank.id)).status).toBe(404);
    expect((await visit(contact, "7f1f8d8e-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await visit(contact, "nope")).status).toBe(404);
    const member = await makePerson(w.id, ["member"]);
    const asMember = await outcome(() =>
      partnerPage.loader(
        routeArgs(`/partner/${bank.id}`, { user: member, roles: ["member"], werkplaats: w }, { params: { partnerId: bank.id } }),
      ),
    );
    expect(asMember.status).toBe(403);
    // The rival's rows never reach the bank's contact.
    const body = (await visit(contact, bank.id)).body as Home;
    expect(JSON.stringify(body)).not.toContain("Andermans");
  });

  it("sends a contact of one partner straight to it, starts them there and gives them a menu for their work", async () => {
    const index = await outcome(() => partnerIndex.loader(routeArgs("/partner", { user: contact, roles: ["partner"], werkplaats: w })));
    expect(index).toMatchObject({ status: 302, location: `/partner/${bank.id}` });
    const start = await outcome(() => home.loader(routeArgs("/", { user: contact, roles: ["partner"], werkplaats: w })));
    expect((start.body as { partners: { id: string }[] }).partners).toEqual([{ id: bank.id, name: "Regiobank" }]);
    // The partner's open invoices are the contact's to pay, though the session's "has invoices"
    // (the route harness says false) only looks at the person's own and their company's parties.
    expect((start.body as { dashboard: { openInvoices: { count: number } | null } }).dashboard.openInvoices?.count).toBeGreaterThan(0);
    const links = navigationFor(["partner"])
      .flatMap((e) => ("items" in e ? e.items : [e]))
      .map((i) => i.to);
    expect(links).toEqual(expect.arrayContaining(["/", "/partner", "/invoices", "/events"]));
    expect(links).not.toContain("/admin/partners");
  });
});
