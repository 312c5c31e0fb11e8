import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { invoices, moneyEvents, paymentReversals, payments } from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeBillingSettings, makeIssuedInvoice } from "#db/billing-factories";
import { invoicePage, partyForCompany } from "~/modules/billing/index.server";
import {
  addMandate,
  createDirectDebitBatch,
  directDebitBatchFile,
  importStatement,
  listMandates,
  revokeMandate,
} from "~/modules/payments/index.server";
import { db } from "~/utils/db.server";
import { isDomainError } from "~/utils/errors";
import { camtStatement, mt940Statement } from "../support/bank-statements";

const onServer = !!process.env.DATABASE_URL;
const ACCOUNT = "NL91ABNA0417164300";
const TODAY = "2026-12-01";
let werkplaatsId: string;
let managerId: string;

beforeAll(async () => {
  werkplaatsId = (await makeWerkplaats({ name: "Incasso Test" })).id;
  await makeBillingSettings(werkplaatsId, { iban: ACCOUNT, creditorId: "NL66ZZZ301234560000" });
  managerId = (await makeUser()).id;
});

async function partyWithMandate(name: string, reference: string) {
  const company = await makeCompany(werkplaatsId, (await makeUser()).id, { name });
  const party = await partyForCompany(werkplaatsId, company.id);
  await addMandate(
    werkplaatsId,
    managerId,
    { partyId: party.id, reference, signedOn: "2026-10-01", debtorName: name, iban: "NL02ABNA0123456789" },
    TODAY,
  );
  return company.id;
}
async function refusal(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (isDomainError(error)) return { status: error.status, key: error.key };
    throw error;
  }
  throw new Error("not refused");
}
const tag = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, "g"))].map((m) => m[1]);
const stateOf = async (id: string) => (await db.select().from(invoices).where(eq(invoices.id, id)))[0]!;

describe(`SEPA direct debits on ${onServer ? "the PostgreSQL server" : "PGlite"}`, () => {
  it("checks a mandate's IBAN and keeps one mandate in force per party with a unique reference", async () => {
    const company = await makeCompany(werkplaatsId, (await makeUser()).id, { name: "Controle BV" });
    const party = await partyForCompany(werkplaatsId, company.id);
    const input = {
      partyId: party.id,
      reference: "CTRL-1",
      signedOn: "2026-10-01" as const,
      debtorName: "Controle",
      iban: "NL02ABNA0123456788",
    };
    expect(await refusal(() => addMandate(werkplaatsId, managerId, input, TODAY))).toMatchObject({
      status: 400,
      key: "payments.iban.invalid",
    });
    expect(
      await refusal(() => addMandate(werkplaatsId, managerId, { ...input, iban: "NL02ABNA0123456789", signedOn: "2026-12-02" }, TODAY)),
    ).toMatchObject({
      key: "payments.mandates.futureDate",
    });
    const mandate = await addMandate(werkplaatsId, managerId, { ...input, iban: "nl02 abna 0123 4567 89" }, TODAY);
    expect(mandate.iban).toBe("NL02ABNA0123456789");
    expect(
      await refusal(() => addMandate(werkplaatsId, managerId, { ...input, reference: "CTRL-2", iban: "NL02ABNA0123456789" }, TODAY)),
    ).toMatchObject({
      status: 409,
      key: "payments.mandates.partyHasOne",
    });
    await revokeMandate(werkplaatsId, managerId, mandate.id);
    expect(await refusal(() => addMandate(werkplaatsId, managerId, { ...input, iban: "NL02ABNA0123456789" }, TODAY))).toMatchObject({
      key: "payments.mandates.duplicate",
    });
    const other = (await makeWerkplaats()).id;
    expect(await refusal(() => revokeMandate(other, managerId, mandate.id))).toMatchObject({ status: 404 });
  });

  it("writes FRST for a mandate's first collection and RCUR after, never collects an invoice twice, and a storno re-opens it", async () => {
    const firstCompany = await partyWithMandate("Eerste Keer", "MND-FIRST");
    const invoice = await makeIssuedInvoice(werkplaatsId, firstCompany);
    expect(await refusal(() => createDirectDebitBatch(werkplaatsId, managerId, TODAY, TODAY))).toMatchObject({
      key: "payments.batch.dateTooSoon",
    });

    const batch = await createDirectDebitBatch(werkplaatsId, managerId, "2026-12-03", TODAY);
    const xml = (await directDebitBatchFile(werkplaatsId, batch.id)).body;
    expect(batch).toMatchObject({ count: 1, totalCents: 121_00 });
    expect(tag(xml, "SeqTp")).toEqual(["FRST"]);
    expect(tag(xml, "MndtId")).toEqual(["MND-FIRST"]);
    expect(tag(xml, "DtOfSgntr")).toEqual(["2026-10-01"]);
    expect(tag(xml, "EndToEndId")).toEqual([invoice.number]);
    expect(xml).toContain('<InstdAmt Ccy="EUR">121.00</InstdAmt>');
    expect(tag(xml, "ReqdColltnDt")).toEqual(["2026-12-03"]);
    expect(tag(xml, "Id")).toContain("NL66ZZZ301234560000");
    // In incasso: not collected again.
    expect(await refusal(() => createDirectDebitBatch(werkplaatsId, managerId, "2026-12-04", TODAY))).toMatchObject({
      key: "payments.directDebit.noCollections",
    });

    // The bank credits the collection; the statement names it by its end-to-end id.
    await importStatement(werkplaatsId, managerId, {
      name: "dag1.xml",
      bytes: new TextEncoder().encode(
        camtStatement(ACCOUNT, "2026-12-03", [
          { amountCents: 121_00, endToEndId: invoice.number!, name: "Eerste Keer", remittance: invoice.number! },
        ]),
      ),
    });
    expect(await stateOf(invoice.id)).toMatchObject({ status: "paid", paidCents: 121_00 });
    expect((await db.select().from(payments).where(eq(payments.invoiceId, invoice.id)))[0]?.method).toBe("incasso");
    expect((await listMandates(werkplaatsId)).find((m) => m.reference === "MND-FIRST")?.sequence).toBe("RCUR");

    // A week later the debtor has it returned (MD06): the payment is reversed, not deleted, and the invoice is open again.
    const summary = await importStatement(werkplaatsId, managerId, {
      name: "dag2.sta",
      bytes: new TextEncoder().encode(
        mt940Statement(ACCOUNT, "2026-12-10", [
          { amountCents: 121_00, endToEndId: invoice.number!, returnReason: "MD06", name: "Eerste Keer" },
        ]),
      ),
    });
    expect(summary).toMatchObject({ booked: 1, review: 0 });
    expect(await stateOf(invoice.id)).toMatchObject({ status: "issued", paidCents: 0 });
    const [payment] = await db.select().from(payments).where(eq(payments.invoiceId, invoice.id));
    expect(payment?.reversedAt).not.toBeNull();
    expect(await db.select().from(paymentReversals).where(eq(paymentReversals.paymentId, payment!.id))).toMatchObject([
      { reasonCode: "MD06" },
    ]);
    const events = await db.select().from(moneyEvents).where(eq(moneyEvents.invoiceId, invoice.id));
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(["direct_debit_file", "paid", "payment_reversed"]));
    const page = await invoicePage(werkplaatsId, { id: managerId, roles: ["manager"] }, invoice.id);
    expect(page.payments[0]).toMatchObject({ reversalReason: "MD06" });

    // Returned, it may be collected again, with a new end-to-end id; the first collection came back, so this is the first again.
    const again = await createDirectDebitBatch(werkplaatsId, managerId, "2026-12-14", TODAY);
    const xml2 = (await directDebitBatchFile(werkplaatsId, again.id)).body;
    expect(tag(xml2, "SeqTp")).toEqual(["FRST"]);
    expect(tag(xml2, "EndToEndId")).toEqual([`${invoice.number}-2`]);
  });

  it("refuses a file without a creditor id, and another werkplaats's file is not found", async () => {
    const bare = (await makeWerkplaats()).id;
    await makeBillingSettings(bare, { creditorId: null });
    expect(await refusal(() => createDirectDebitBatch(bare, managerId, "2026-12-03", TODAY))).toMatchObject({
      status: 409,
      key: "payments.batch.noCreditorId",
    });
    const [anyBatch] = await db.select().from(moneyEvents).where(eq(moneyEvents.kind, "direct_debit_file"));
    const batchId = (anyBatch!.details as { batchId: string }).batchId;
    expect(await refusal(() => directDebitBatchFile(bare, batchId))).toMatchObject({ status: 404 });
  });
});
