import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { bankLines, invoices, moneyEvents, payments } from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeBillingSettings, makeIssuedInvoice } from "#db/billing-factories";
import { partyCreditCents } from "~/modules/billing/index.server";
import { assignLine, ignoreLine, importStatement, paymentsPage } from "~/modules/payments/index.server";
import { db } from "~/utils/db.server";
import { isDomainError } from "~/utils/errors";
import { camtStatement, mt940Statement, type TestEntry } from "../support/bank-statements";

const onServer = !!process.env.DATABASE_URL;
const ACCOUNT = "NL91ABNA0417164300";
const bytes = (text: string) => new TextEncoder().encode(text);
let werkplaatsId: string;
let managerId: string;

beforeAll(async () => {
  werkplaatsId = (await makeWerkplaats({ name: "Bank Test" })).id;
  await makeBillingSettings(werkplaatsId, { iban: ACCOUNT });
  managerId = (await makeUser({ name: "Mirjam Beheer" })).id;
});

/** An issued €121 invoice for a fresh company (IBAN given), to pay in a statement. */
async function invoiceFor(name: string, iban?: string) {
  const company = await makeCompany(werkplaatsId, (await makeUser()).id, { name, ...(iban ? { iban } : {}) });
  const invoice = await makeIssuedInvoice(werkplaatsId, company.id);
  return { ...invoice, partyId: invoice.partyId };
}
const stateOf = async (id: string) => (await db.select().from(invoices).where(eq(invoices.id, id)))[0]!;
const importCamt = (entries: TestEntry[], date = "2026-12-03", name = "afschrift.xml") =>
  importStatement(werkplaatsId, managerId, { name, bytes: bytes(camtStatement(ACCOUNT, date, entries)) });
async function refusal(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (isDomainError(error)) return { status: error.status, key: error.key };
    throw error;
  }
  throw new Error("not refused");
}

describe(`bank statements on ${onServer ? "the PostgreSQL server" : "PGlite"}`, () => {
  it("books CAMT.053 credits by reference, invoice number and amount with name; the rest waits for review", async () => {
    const byRef = await invoiceFor("Bakkerij van Dam");
    const byNumber = await invoiceFor("Kaya Installatietechniek");
    const byName = await invoiceFor("Datalab Dordt", "NL36INGB0007654321");
    const untouched = await invoiceFor("Circulair Meubel");
    const summary = await importCamt([
      { amountCents: 121_00, structuredReference: byRef.paymentReference!, name: "Bakkerij van Dam" },
      { amountCents: 121_00, remittance: `Factuur ${byNumber.number} werkplek`, name: "Kaya" },
      { amountCents: 121_00, remittance: "Abonnement", name: "Datalab Dordt B.V.", iban: "NL36INGB0007654321" },
      { amountCents: 50_00, structuredReference: "1234567890123455", name: "Onbekend" },
      { amountCents: 12_50, direction: "debit", name: "Bank", remittance: "Kosten betalingsverkeer" },
    ]);
    expect(summary).toMatchObject({ lines: 5, booked: 3, review: 2, known: 0, bookedCents: 363_00 });
    for (const paid of [byRef, byNumber, byName]) expect((await stateOf(paid.id)).status).toBe("paid");
    // A payment for a reference nobody has changes no invoice.
    expect(await stateOf(untouched.id)).toMatchObject({ status: "issued", paidCents: 0 });
    const booked = await db.select().from(payments).where(eq(payments.invoiceId, byRef.id));
    expect(booked).toMatchObject([{ method: "transfer", amountCents: 121_00, receivedOn: "2026-12-03" }]);
    const audit = await db
      .select()
      .from(moneyEvents)
      .where(and(eq(moneyEvents.werkplaatsId, werkplaatsId), eq(moneyEvents.kind, "statement_imported")));
    expect(audit.at(-1)?.details).toMatchObject({ lines: 5, booked: 3, review: 2 });
  });

  it("imports the same statement twice without booking anything twice", async () => {
    const invoice = await invoiceFor("Twee Keer BV");
    const entries = [{ amountCents: 60_00, structuredReference: invoice.paymentReference!, name: "Twee Keer" }];
    expect(await importCamt(entries, "2026-12-04")).toMatchObject({ booked: 1, known: 0 });
    expect(await importCamt(entries, "2026-12-04")).toMatchObject({ lines: 1, booked: 0, review: 0, known: 1 });
    expect(await stateOf(invoice.id)).toMatchObject({ status: "issued", paidCents: 60_00 });
    expect(await db.select().from(payments).where(eq(payments.invoiceId, invoice.id))).toHaveLength(1);
  });

  it("books MT940 the same way and keeps an overpayment as party credit", async () => {
    const invoice = await invoiceFor("Mt Negenveertig");
    const text = mt940Statement(ACCOUNT, "2026-12-05", [
      { amountCents: 130_00, structuredReference: invoice.paymentReference!, name: "Mt Negenveertig", iban: "NL36INGB0007654321" },
    ]);
    expect(await importStatement(werkplaatsId, managerId, { name: "ing.sta", bytes: bytes(text) })).toMatchObject({ booked: 1 });
    expect((await stateOf(invoice.id)).status).toBe("paid");
    expect(await partyCreditCents(invoice.partyId)).toBe(9_00);
  });

  it("the manager assigns a waiting line to an invoice, or marks it as no invoice with who and when", async () => {
    const invoice = await invoiceFor("Handwerk");
    await importCamt(
      [
        { amountCents: 121_00, remittance: "zie mail", name: "Iemand Anders", bankReference: "HAND-1" },
        { amountCents: 7_50, direction: "debit", remittance: "Kosten", name: "Bank", bankReference: "HAND-2" },
      ],
      "2026-12-06",
    );
    const waiting = await db
      .select()
      .from(bankLines)
      .where(and(eq(bankLines.werkplaatsId, werkplaatsId), eq(bankLines.bookingDate, "2026-12-06")));
    const credit = waiting.find((l) => l.direction === "credit")!;
    const fee = waiting.find((l) => l.direction === "debit")!;
    expect(credit.reviewReason).toEqual({ key: "payments.review.noMatch" });
    expect(await refusal(() => assignLine(werkplaatsId, managerId, fee.id, invoice.id))).toEqual({
      status: 409,
      key: "payments.review.notCredit",
    });

    expect(await assignLine(werkplaatsId, managerId, credit.id, invoice.id)).toEqual({ number: invoice.number });
    expect((await stateOf(invoice.id)).status).toBe("paid");
    expect(await refusal(() => assignLine(werkplaatsId, managerId, credit.id, invoice.id))).toEqual({
      status: 409,
      key: "payments.review.gone",
    });

    await ignoreLine(werkplaatsId, managerId, fee.id);
    const page = await paymentsPage(werkplaatsId);
    expect(page.review.map((l) => l.id)).not.toContain(fee.id);
    expect(page.ignored.find((l) => l.id === fee.id)).toMatchObject({ resolvedBy: "Mirjam Beheer" });

    // Another werkplaats's line or invoice is not there at all.
    const other = await makeWerkplaats();
    expect(await refusal(() => ignoreLine(other.id, managerId, credit.id))).toEqual({ status: 404, key: "errors.notFound.body" });
  });

  it("refuses files that are not statements, too large, with a DOCTYPE, or for another account, and stores nothing", async () => {
    const before = (await db.select().from(bankLines).where(eq(bankLines.werkplaatsId, werkplaatsId))).length;
    const attempt = (text: string | Uint8Array) =>
      refusal(() => importStatement(werkplaatsId, managerId, { name: "x", bytes: typeof text === "string" ? bytes(text) : text }));
    expect(await attempt("Datum,Bedrag\n2026-12-01,10.00\n")).toMatchObject({ status: 400, key: "payments.statement.unknownFormat" });
    expect(
      await attempt(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Document>&x;</Document>`),
    ).toMatchObject({ status: 400 });
    expect(await attempt(new Uint8Array(1_000_001).fill(60))).toMatchObject({ status: 400, key: "payments.import.tooLarge" });
    expect(await attempt(new Uint8Array([0x3c, 0, 0x3e]))).toMatchObject({ status: 400 });
    expect(await attempt(camtStatement("NL20INGB0001234567", "2026-12-07", [{ amountCents: 100 }]))).toMatchObject({
      status: 400,
      key: "payments.import.otherAccount",
    });
    expect(await attempt(camtStatement(ACCOUNT, "2026-12-07", []))).toMatchObject({ status: 400, key: "payments.import.empty" });
    expect((await db.select().from(bankLines).where(eq(bankLines.werkplaatsId, werkplaatsId))).length).toBe(before);
  });
});
