import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { billingSettings, invoices } from "#db/schema";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeBillingSettings, makeIssuedInvoice, oneOffLine } from "#db/billing-factories";
import type { Role } from "~/modules/auth/roles";
import { createDraftInvoice, partyForCompany } from "~/modules/billing/index.server";
import type { RequestContext } from "~/server/context";
import { db } from "~/utils/db.server";
import * as settingsRoute from "~/routes/admin.billing.settings";
import * as adminInvoices from "~/routes/admin.invoices._index";
import * as newInvoice from "~/routes/admin.invoices.new";
import * as myInvoices from "~/routes/invoices._index";
import * as invoiceRoute from "~/routes/invoices.$invoiceId";
import * as pdfRoute from "~/routes/invoices.$invoiceId_.pdf";
import * as ublRoute from "~/routes/invoices.$invoiceId_.ubl[.]xml";
import { formPost, outcome, routeArgs, type Visitor } from "../support/route-harness";

type Who = "guest" | "none" | "colleague" | "outsider" | Role;
type Handler = (args: { request: Request; params: Record<string, string>; context: RequestContext }) => unknown;

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
const people = {} as Record<Exclude<Who, "guest">, { id: string; email: string; name: string }>;
let companyId: string;
let invoiceId: string;
let draftId: string;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "Billing Routes" });
  for (const who of ["none", "member", "staff", "manager", "student", "teacher", "partner", "colleague", "outsider"] as const) {
    people[who] =
      who === "none" ? await makeUser() : await makePerson(werkplaats.id, [who === "colleague" || who === "outsider" ? "member" : who]);
  }
  const company = await makeCompany(werkplaats.id, people.member.id, { name: "Studio Noord" });
  companyId = company.id;
  // The colleague works at the same company as the member.
  await db.execute(
    sql`insert into company_members (company_id, user_id, werkplaats_id, role) values (${company.id}, ${people.colleague.id}, ${werkplaats.id}, 'member')`,
  );
  await makeCompany(werkplaats.id, people.outsider.id, { name: "Ander Bedrijf" });
  await makeBillingSettings(werkplaats.id);
  invoiceId = (await makeIssuedInvoice(werkplaats.id, companyId)).id;
  const party = await partyForCompany(werkplaats.id, companyId);
  draftId = (
    await createDraftInvoice(werkplaats.id, null, {
      partyId: party.id,
      period: { start: "2026-11-01", end: "2026-11-30" },
      lines: [oneOffLine()],
    })
  ).id;
});

function visitor(who: Who): Visitor {
  const roles: Role[] = who === "guest" || who === "none" ? [] : who === "colleague" || who === "outsider" ? ["member"] : [who];
  return { user: who === "guest" ? null : people[who], roles, werkplaats };
}
const run = (handler: Handler, who: Who, path: string, params: Record<string, string> = {}) =>
  outcome(() => handler(routeArgs(path, visitor(who), { params })));
const send = (handler: Handler, who: Who, path: string, form: Record<string, string>, params: Record<string, string> = {}) =>
  outcome(() => handler(routeArgs(path, visitor(who), formPost(form, params))));

async function statuses(handler: Handler, path: string, expected: Partial<Record<Who, number>>, params: Record<string, string> = {}) {
  const got: Partial<Record<Who, number>> = {};
  for (const who of Object.keys(expected) as Who[]) got[who] = (await run(handler, who, path, params)).status;
  expect(got, path).toEqual(expected);
}
const managerOnly = { guest: 302, none: 403, member: 403, staff: 403, manager: 200, student: 403, teacher: 403, partner: 403 };

describe("billing pages: who may see what", () => {
  it("settings, the invoice list and a new invoice are for the manager only", async () => {
    await statuses(settingsRoute.loader as Handler, "/admin/billing/settings", managerOnly);
    await statuses(adminInvoices.loader as Handler, "/admin/invoices", managerOnly);
    await statuses(newInvoice.loader as Handler, "/admin/invoices/new", managerOnly);
    expect((await send(settingsRoute.action as Handler, "member", "/admin/billing/settings", { paymentTermDays: "14" })).status).toBe(403);
    expect((await send(newInvoice.action as Handler, "staff", "/admin/invoices/new", {})).status).toBe(403);
  });

  it("an invoice is shown to its company's people and the manager, and is 'not found' for everyone else", async () => {
    const params = { invoiceId };
    await statuses(
      invoiceRoute.loader as Handler,
      `/invoices/${invoiceId}`,
      {
        guest: 302,
        none: 404,
        member: 200,
        colleague: 200,
        outsider: 404,
        staff: 404,
        manager: 200,
        student: 404,
        teacher: 404,
        partner: 404,
      },
      params,
    );
    // A draft is the manager's alone; an id that does not exist answers as an invoice that is not yours.
    await statuses(
      invoiceRoute.loader as Handler,
      `/invoices/${draftId}`,
      { member: 404, colleague: 404, manager: 200 },
      { invoiceId: draftId },
    );
    const unknown = "00000000-0000-4000-8000-000000000000";
    await statuses(invoiceRoute.loader as Handler, `/invoices/${unknown}`, { member: 404, manager: 404 }, { invoiceId: unknown });
    await statuses(invoiceRoute.loader as Handler, "/invoices/nope", { member: 404 }, { invoiceId: "nope" });
  });

  it("the PDF and the UBL go to the same readers as the page; a draft has no files", async () => {
    const params = { invoiceId };
    const readers = {
      guest: 302,
      none: 404,
      member: 200,
      colleague: 200,
      outsider: 404,
      staff: 404,
      manager: 200,
      student: 404,
      teacher: 404,
      partner: 404,
    };
    await statuses(pdfRoute.loader as Handler, `/invoices/${invoiceId}/pdf`, readers, params);
    await statuses(ublRoute.loader as Handler, `/invoices/${invoiceId}/ubl.xml`, readers, params);
    await statuses(pdfRoute.loader as Handler, `/invoices/${draftId}/pdf`, { member: 404, manager: 404 }, { invoiceId: draftId });
    await statuses(ublRoute.loader as Handler, "/invoices/nope/ubl.xml", { manager: 404 }, { invoiceId: "nope" });

    const pdf = (await run(pdfRoute.loader as Handler, "colleague", `/invoices/${invoiceId}/pdf`, params)).body as Response;
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect(pdf.headers.get("Cache-Control")).toBe("private, no-store");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const [row] = await db.select().from(invoices).where(eq(invoices.id, invoiceId));
    const ubl = (await run(ublRoute.loader as Handler, "member", `/invoices/${invoiceId}/ubl.xml`, params)).body as Response;
    expect(ubl.headers.get("Content-Disposition")).toBe(`attachment; filename="${row!.number}.xml"`);
    const xml = await ubl.text();
    expect(xml).toContain(`<cbc:ID>${row!.number}</cbc:ID>`);
    expect(xml).toContain(`<cbc:PaymentID>${row!.paymentReference}</cbc:PaymentID>`);
  });

  it("/invoices lists a member's company invoices and not another company's", async () => {
    await statuses(myInvoices.loader as Handler, "/invoices", { guest: 302, member: 200, colleague: 200, outsider: 200 });
    const mine = (await run(myInvoices.loader as Handler, "colleague", "/invoices")).body as {
      invoices: { id: string }[];
      totals: { dueCents: number };
    };
    expect(mine.invoices.map((i) => i.id)).toEqual([invoiceId]);
    expect(mine.totals.dueCents).toBe(121_00);
    const theirs = (await run(myInvoices.loader as Handler, "outsider", "/invoices")).body as { invoices: unknown[] };
    expect(theirs.invoices).toEqual([]);
  });

  it("only the manager records a payment or credits; a member posting gets 403 and nothing changes", async () => {
    const path = `/invoices/${invoiceId}`;
    const payment = { intent: "payment", amount: "50,00", method: "transfer", receivedOn: "2026-11-20" };
    expect((await send(invoiceRoute.action as Handler, "member", path, payment, { invoiceId })).status).toBe(403);
    expect((await db.select().from(invoices).where(eq(invoices.id, invoiceId)))[0]!.paidCents).toBe(0);
    expect((await send(invoiceRoute.action as Handler, "manager", path, { ...payment, amount: "12,345" }, { invoiceId })).status).toBe(400);
    expect((await send(invoiceRoute.action as Handler, "manager", path, payment, { invoiceId })).status).toBe(200);
    expect((await db.select().from(invoices).where(eq(invoices.id, invoiceId)))[0]!.paidCents).toBe(50_00);
  });
});

describe("billing pages: what they do", () => {
  it("saves the settings, refuses a wrong IBAN with 400 and shows the checklist", async () => {
    const own = await makeWerkplaats();
    const manager = await makePerson(own.id, ["manager"]);
    const who: Visitor = { user: manager, roles: ["manager"], werkplaats: own };
    const page = await outcome(() => settingsRoute.loader(routeArgs("/admin/billing/settings", who) as never));
    expect((page.body as { missing: string[] }).missing).toHaveLength(7);
    const bad = await outcome(() =>
      settingsRoute.action(
        routeArgs("/admin/billing/settings", who, formPost({ iban: "NL00ABNA0000000000", paymentTermDays: "14" })) as never,
      ),
    );
    expect(bad.status).toBe(400);
    expect((bad.body as { fieldErrors: Record<string, unknown> }).fieldErrors.iban).toBeDefined();
    const form = {
      legalName: "Stichting DOC",
      street: "Noordendijk 250",
      postalCode: "3311rr",
      city: "Dordrecht",
      countryCode: "NL",
      kvkNumber: "12345678",
      btwId: "NL001234560B01",
      iban: "nl91 abna 0417 1643 00",
      invoicePrefix: "doc",
      paymentTermDays: "30",
      colour: "#aa3300",
      senderEmail: "facturen@doc.nl",
    };
    expect((await outcome(() => settingsRoute.action(routeArgs("/admin/billing/settings", who, formPost(form)) as never))).status).toBe(
      200,
    );
    const [row] = await db.select().from(billingSettings).where(eq(billingSettings.werkplaatsId, own.id));
    expect(row).toMatchObject({ iban: "NL91ABNA0417164300", invoicePrefix: "DOC", postalCode: "3311 RR", paymentTermDays: 30 });
    const after = await outcome(() => settingsRoute.loader(routeArgs("/admin/billing/settings", who) as never));
    expect((after.body as { missing: string[] }).missing).toEqual([]);
  });

  it("a new invoice becomes a draft the manager issues from its page; the list's totals agree with its rows", async () => {
    const created = await send(newInvoice.action as Handler, "manager", "/admin/invoices/new", {
      companyId,
      periodStart: "2026-11-01",
      periodEnd: "2026-11-30",
      description: "Vergaderruimte Merwede, 3 uur",
      quantity: "3",
      unitCode: "HUR",
      unitPrice: "25,00",
      rate: "21",
      revenueKind: "room_hours",
    });
    expect(created.status).toBe(302);
    const newId = created.location!.split("/").pop()!;
    const issued = await send(invoiceRoute.action as Handler, "manager", created.location!, { intent: "issue" }, { invoiceId: newId });
    expect(issued.status).toBe(200);
    const [row] = await db.select().from(invoices).where(eq(invoices.id, newId));
    expect(row).toMatchObject({ status: "issued", grossCents: 90_75 });
    const again = await send(invoiceRoute.action as Handler, "manager", created.location!, { intent: "issue" }, { invoiceId: newId });
    expect(again.status).toBe(409);

    const list = (await run(adminInvoices.loader as Handler, "manager", "/admin/invoices?status=open")).body as {
      invoices: { kind: string; status: string; grossCents: number; dueCents: number }[];
      totals: { grossCents: number; dueCents: number };
    };
    expect(list.invoices.length).toBeGreaterThan(0);
    expect(list.invoices.every((i) => i.status === "issued" && i.kind === "invoice")).toBe(true);
    expect(list.totals.grossCents).toBe(list.invoices.reduce((s, i) => s + i.grossCents, 0));
    expect(list.totals.dueCents).toBe(list.invoices.reduce((s, i) => s + i.dueCents, 0));
  });

  it("a credit note from the invoice page, and a second one for the same lines is a 409 with a Dutch message", async () => {
    const target = await makeIssuedInvoice(werkplaats.id, companyId);
    const path = `/invoices/${target.id}`;
    expect((await send(invoiceRoute.action as Handler, "manager", path, { intent: "credit" }, { invoiceId: target.id })).status).toBe(200);
    const second = await send(invoiceRoute.action as Handler, "manager", path, { intent: "credit" }, { invoiceId: target.id });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ formErrors: [{ key: "billing.errors.creditTooMuch" }] });

    // The credit note's UBL: a CreditNote whose payable amount is its whole total (BR-CO-16).
    const [note] = await db.select().from(invoices).where(eq(invoices.creditsInvoiceId, target.id));
    const ubl = (await run(ublRoute.loader as Handler, "manager", `/invoices/${note!.id}/ubl.xml`, { invoiceId: note!.id }))
      .body as Response;
    const xml = await ubl.text();
    expect(xml).toContain("<CreditNote ");
    expect(xml).toContain(`<cbc:PayableAmount currencyID="EUR">${(note!.grossCents / 100).toFixed(2)}</cbc:PayableAmount>`);
  });
});
