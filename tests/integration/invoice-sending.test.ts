import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { invoices, moneyEvents, outboxAttachments, outboxMessages } from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeBillingSettings, makeIssuedInvoice, oneOffLine } from "#db/billing-factories";
import {
  addBusinessParty,
  createDraftInvoice,
  invoiceFile,
  issueInvoice,
  partyForCompany,
  sendInvoice,
  sendUnsentInvoices,
} from "~/modules/billing/index.server";
import { db } from "~/utils/db.server";

const onServer = !!process.env.DATABASE_URL;
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let manager: Awaited<ReturnType<typeof makeUser>>;
let companyId: string;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "Sending Test" });
  await makeBillingSettings(werkplaats.id);
  manager = await makeUser({ name: "Beheerder" });
  companyId = (await makeCompany(werkplaats.id, (await makeUser()).id, { name: "Studio Zuid", billingEmail: "boekhouding@studiozuid.nl" }))
    .id;
});

/** A business invoiced without being a member company here, that gave no email address. */
async function issuedWithoutEmail(werkplaatsId: string) {
  const party = await addBusinessParty(werkplaatsId, {
    name: "Zonder Mail BV",
    email: null,
    street: "Kade 1",
    postalCode: "3311 AA",
    city: "Dordrecht",
    countryCode: "NL",
  });
  const draft = await createDraftInvoice(werkplaatsId, null, {
    partyId: party.id,
    period: { start: "2026-11-01", end: "2026-11-30" },
    lines: [oneOffLine()],
  });
  return issueInvoice(werkplaatsId, null, draft.id);
}

const mailsFor = (invoiceNumber: string) =>
  db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.werkplaatsId, werkplaats.id), eq(outboxMessages.subject, `Factuur ${invoiceNumber} van Werkplaats Test`)));

describe(`sending invoices on ${onServer ? "the PostgreSQL server" : "PGlite"}`, () => {
  it("mails an issued invoice once, to the billing email, with amount, IBAN, due date and betalingskenmerk, audited as sent", async () => {
    const invoice = await makeIssuedInvoice(werkplaats.id, companyId);
    const first = await sendInvoice(werkplaats.id, manager.id, invoice.id);
    expect(first).toEqual({ number: invoice.number, to: "boekhouding@studiozuid.nl", sent: true });
    const again = await sendInvoice(werkplaats.id, manager.id, invoice.id);
    expect(again.sent).toBe(false);
    const mails = await mailsFor(invoice.number!);
    expect(mails).toHaveLength(1);
    const body = mails[0]!.bodyText;
    expect(body).toMatch(/Te betalen: €\s121,00/);
    expect(body).toContain("NL91 ABNA 0417 1643 00");
    expect(body).toContain(invoice.paymentReference!.replace(/(\d{4})(?=\d)/g, "$1 "));
    expect(body).toMatch(/Uiterlijk op: \d+ \w+ 20\d\d/);
    const [row] = await db.select().from(invoices).where(eq(invoices.id, invoice.id));
    expect(row!.sentAt).not.toBeNull();
    const events = await db
      .select()
      .from(moneyEvents)
      .where(and(eq(moneyEvents.invoiceId, invoice.id), eq(moneyEvents.kind, "sent")));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: manager.id, details: { to: "boekhouding@studiozuid.nl", again: false } });
  });

  it("attaches the PDF and UBL exactly as issued, the same files the invoice page serves", async () => {
    const invoice = await makeIssuedInvoice(werkplaats.id, companyId);
    await sendInvoice(werkplaats.id, manager.id, invoice.id);
    const [mail] = await mailsFor(invoice.number!);
    const attached = await db
      .select()
      .from(outboxAttachments)
      .where(eq(outboxAttachments.messageId, mail!.id))
      .orderBy(outboxAttachments.position);
    expect(attached.map((a) => [a.filename, a.contentType])).toEqual([
      [`${invoice.number}.pdf`, "application/pdf"],
      [`${invoice.number}.xml`, "application/xml; charset=utf-8"],
    ]);
    const reader = { id: manager.id, roles: ["manager"] as const };
    const pdf = await invoiceFile(werkplaats.id, reader, invoice.id, "pdf");
    const ubl = await invoiceFile(werkplaats.id, reader, invoice.id, "ubl");
    expect(Buffer.compare(attached[0]!.content, Buffer.from(pdf.body))).toBe(0);
    expect(attached[1]!.content.toString("utf8")).toBe(ubl.body);
    expect(attached[1]!.content.toString("utf8")).toContain(`<cbc:ID>${invoice.number}</cbc:ID>`);
  });

  it("mails it again only when the manager resends, and audits that", async () => {
    const invoice = await makeIssuedInvoice(werkplaats.id, companyId);
    await sendInvoice(werkplaats.id, manager.id, invoice.id);
    const resent = await sendInvoice(werkplaats.id, manager.id, invoice.id, { again: true });
    expect(resent.sent).toBe(true);
    expect(await mailsFor(invoice.number!)).toHaveLength(2);
    const events = await db
      .select()
      .from(moneyEvents)
      .where(and(eq(moneyEvents.invoiceId, invoice.id), eq(moneyEvents.kind, "sent")));
    expect(events.map((e) => e.details.again).sort()).toEqual([false, true]);
  });

  it("mails once when two managers send the same invoice at the same moment", async () => {
    const invoice = await makeIssuedInvoice(werkplaats.id, companyId);
    const results = await Promise.all([1, 2, 3].map(() => sendInvoice(werkplaats.id, manager.id, invoice.id)));
    expect(results.filter((r) => r.sent)).toHaveLength(1);
    expect(await mailsFor(invoice.number!)).toHaveLength(1);
  });

  it("refuses a draft and a party without an email address with a 409, and sends nothing", async () => {
    const party = await partyForCompany(werkplaats.id, companyId);
    const draft = await createDraftInvoice(werkplaats.id, null, {
      partyId: party.id,
      period: { start: "2026-11-01", end: "2026-11-30" },
      lines: [oneOffLine()],
    });
    await expect(sendInvoice(werkplaats.id, manager.id, draft.id)).rejects.toMatchObject({
      status: 409,
      key: "billing.sending.errors.notIssued",
    });
    const other = await makeWerkplaats();
    await expect(sendInvoice(other.id, manager.id, draft.id)).rejects.toMatchObject({ status: 404 });
    const invoice = await issuedWithoutEmail(werkplaats.id);
    await expect(sendInvoice(werkplaats.id, manager.id, invoice.id)).rejects.toMatchObject({
      status: 409,
      key: "billing.sending.errors.noEmail",
    });
    const [row] = await db.select().from(invoices).where(eq(invoices.id, invoice.id));
    expect(row!.sentAt).toBeNull();
  });

  it("sends every unsent invoice, skipping the ones without an address, and then nothing more", async () => {
    const place = await makeWerkplaats();
    await makeBillingSettings(place.id);
    const withMail = (await makeCompany(place.id, (await makeUser()).id, { billingEmail: "a@bedrijf.nl" })).id;
    await makeIssuedInvoice(place.id, withMail);
    await makeIssuedInvoice(place.id, withMail);
    await issuedWithoutEmail(place.id);
    expect(await sendUnsentInvoices(place.id, manager.id)).toEqual({ sent: 2, skipped: 1 });
    expect(await sendUnsentInvoices(place.id, manager.id)).toEqual({ sent: 0, skipped: 1 });
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.werkplaatsId, place.id));
    expect(mails).toHaveLength(2);
  });
});
