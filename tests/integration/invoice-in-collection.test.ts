import { beforeAll, describe, expect, it } from "vitest";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeBillingSettings, makeIssuedInvoice } from "#db/billing-factories";
import { partyForCompany } from "~/modules/billing/index.server";
import { addMandate, createDirectDebitBatch, importStatement } from "~/modules/payments/index.server";
import * as myInvoices from "~/routes/invoices._index";
import * as invoiceRoute from "~/routes/invoices.$invoiceId";
import { camtStatement, mt940Statement } from "../support/bank-statements";
import { outcome, routeArgs, type Visitor } from "../support/route-harness";

/**
 * While an invoice sits in a direct debit file that has not come back, the member and the manager
 * read "In incasso" with the collection date, on the invoice page and in the member's list.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";
const ACCOUNT = "NL91ABNA0417164300";
const TODAY = "2026-12-01";
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let member: Visitor;
let manager: Visitor;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Incasso Status" });
  await makeBillingSettings(werkplaats.id, { iban: ACCOUNT, creditorId: "NL66ZZZ301234560000" });
  const owner = await makePerson(werkplaats.id, ["member"]);
  const boss = await makePerson(werkplaats.id, ["manager"]);
  member = { user: owner, roles: ["member"], werkplaats };
  manager = { user: boss, roles: ["manager"], werkplaats };
});

type Shown = { invoice: { status: string; inCollectionOn: string | null } };
type Listed = { invoices: { id: string; status: string; inCollectionOn: string | null }[] };
const pageFor = async (who: Visitor, id: string) =>
  (await outcome(() => invoiceRoute.loader(routeArgs(`/invoices/${id}`, who, { params: { invoiceId: id } })))).body as Shown;
const listFor = async (who: Visitor) => (await outcome(() => myInvoices.loader(routeArgs("/invoices", who)))).body as Listed;

describe(`"In incasso" on the invoice, on ${server}`, () => {
  it("shows the collection date until the bank pays it, and again nothing after a storno", async () => {
    const company = await makeCompany(werkplaats.id, member.user!.id, { name: "Afschrijf BV" });
    const party = await partyForCompany(werkplaats.id, company.id);
    await addMandate(
      werkplaats.id,
      manager.user!.id,
      { partyId: party.id, reference: "MND-STATUS", signedOn: "2026-10-01", debtorName: "Afschrijf BV", iban: "NL02ABNA0123456789" },
      TODAY,
    );
    const invoice = await makeIssuedInvoice(werkplaats.id, company.id);
    expect((await pageFor(member, invoice.id)).invoice.inCollectionOn).toBeNull();

    await createDirectDebitBatch(werkplaats.id, manager.user!.id, "2026-12-03", TODAY);
    expect((await pageFor(member, invoice.id)).invoice).toMatchObject({ status: "issued", inCollectionOn: "2026-12-03" });
    expect((await pageFor(manager, invoice.id)).invoice.inCollectionOn).toBe("2026-12-03");
    expect((await listFor(member)).invoices.find((i) => i.id === invoice.id)?.inCollectionOn).toBe("2026-12-03");

    await importStatement(werkplaats.id, manager.user!.id, {
      name: "dag1.xml",
      bytes: new TextEncoder().encode(
        camtStatement(ACCOUNT, "2026-12-03", [
          { amountCents: 121_00, endToEndId: invoice.number!, name: "Afschrijf BV", remittance: invoice.number! },
        ]),
      ),
    });
    expect((await pageFor(member, invoice.id)).invoice).toMatchObject({ status: "paid", inCollectionOn: null });

    await importStatement(werkplaats.id, manager.user!.id, {
      name: "dag2.sta",
      bytes: new TextEncoder().encode(
        mt940Statement(ACCOUNT, "2026-12-10", [
          { amountCents: 121_00, endToEndId: invoice.number!, returnReason: "MD06", name: "Afschrijf BV" },
        ]),
      ),
    });
    expect((await listFor(member)).invoices.find((i) => i.id === invoice.id)).toMatchObject({ status: "issued", inCollectionOn: null });
  });
});
