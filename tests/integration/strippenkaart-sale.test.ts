import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { invoiceLines, invoices } from "#db/schema";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeCompany, makeMembership, makePlan } from "#db/membership-factories";
import { makeBillingSettings } from "#db/billing-factories";
import { invoiceStrippenkaart, issueMonth, previewMonth, receiptOf, recordPayment } from "~/modules/billing/index.server";
import { approveMembership } from "~/modules/memberships/applications.server";
import { db } from "~/utils/db.server";
import { todayIn } from "~/utils/zoned-time";

/**
 * A strippenkaart is a sale: invoiced the moment the manager approves it (the card is bought), with
 * the charge key the monthly run would use, so the run never bills the same card a second time.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";
const today = todayIn();
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let manager: Awaited<ReturnType<typeof makePerson>>;
let strip: Awaited<ReturnType<typeof makePlan>>;

const linesOf = (membershipId: string) =>
  db
    .select({ invoiceId: invoiceLines.invoiceId, unitCents: invoiceLines.unitCents, description: invoiceLines.description })
    .from(invoiceLines)
    .where(eq(invoiceLines.chargeKey, `strippenkaart:${membershipId}`));

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Strippen" });
  await makeBillingSettings(werkplaats.id, { invoicePrefix: "STR" });
  manager = await makePerson(werkplaats.id, ["manager"]);
  strip = await makePlan(werkplaats.id, "strippenkaart", {
    nameNl: "Tienrittenkaart",
    nameEn: "Ten-day card",
    priceCents: 150_00,
    btwRate: 21,
    stripDays: 10,
    stripValidityMonths: 3,
  });
});

describe(`a strippenkaart is invoiced when bought, on ${server}`, () => {
  it("approval issues a one-line invoice for the holder, unpaid until paid", async () => {
    const sanne = await makeUser({ name: "Sanne Strip", locale: "nl" });
    const card = await makeMembership(werkplaats.id, sanne.id, strip.id, { startDate: today, status: "pending" });
    await approveMembership(werkplaats, manager, card.id, {}, invoiceStrippenkaart);

    const [line] = await linesOf(card.id);
    expect(line).toMatchObject({ unitCents: 150_00, description: "Strippenkaart Tienrittenkaart" });
    const [invoice] = await db.select().from(invoices).where(eq(invoices.id, line!.invoiceId));
    expect(invoice).toMatchObject({ status: "issued", kind: "invoice", grossCents: 181_50, paidCents: 0 });
    expect(invoice!.number).toMatch(/^STR-\d{4}-\d{5}$/);
    expect(invoice!.customer).toMatchObject({ kind: "person", name: "Sanne Strip" });
    expect(await receiptOf(werkplaats.id, `strippenkaart:${card.id}`)).toMatchObject({ dueCents: 181_50 });

    await recordPayment(werkplaats.id, manager.id, invoice!.id, { amountCents: 181_50, method: "transfer", receivedOn: today });
    expect(await receiptOf(werkplaats.id, `strippenkaart:${card.id}`)).toMatchObject({ status: "paid", dueCents: 0 });
  });

  it("a card bought for the company is invoiced to the company", async () => {
    const owner = await makeUser({ name: "Olaf Eigenaar" });
    const company = await makeCompany(werkplaats.id, owner.id, { name: "Kaart BV" });
    const card = await makeMembership(werkplaats.id, owner.id, strip.id, { startDate: today, status: "pending", companyId: company.id });
    await approveMembership(werkplaats, manager, card.id, {}, invoiceStrippenkaart);
    const [line] = await linesOf(card.id);
    const [invoice] = await db.select().from(invoices).where(eq(invoices.id, line!.invoiceId));
    expect(invoice!.customer).toMatchObject({ kind: "company", name: "Kaart BV" });
  });

  it("the monthly run does not bill a card invoiced at purchase a second time", async () => {
    const tom = await makeUser({ name: "Tom Twee" });
    const card = await makeMembership(werkplaats.id, tom.id, strip.id, { startDate: today, status: "pending" });
    await approveMembership(werkplaats, manager, card.id, {}, invoiceStrippenkaart);
    const month = today.slice(0, 7);

    const preview = await previewMonth(werkplaats.id, month);
    const keys = preview.invoices.flatMap((i) => i.lines.map((l) => l.chargeKey));
    expect(keys).not.toContain(`strippenkaart:${card.id}`);
    await issueMonth(werkplaats.id, manager.id, month);
    expect(await linesOf(card.id)).toHaveLength(1);
    const allStripLines = await db
      .select({ key: invoiceLines.chargeKey })
      .from(invoiceLines)
      .where(and(eq(invoiceLines.werkplaatsId, werkplaats.id), like(invoiceLines.chargeKey, "strippenkaart:%")));
    expect(new Set(allStripLines.map((l) => l.key)).size).toBe(allStripLines.length);
  });
});
