import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxMessages, reminderSettings } from "#db/schema";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeBillingSettings, makeIssuedInvoice } from "#db/billing-factories";
import type { Role } from "~/modules/auth/roles";
import type { RequestContext } from "~/server/context";
import { db } from "~/utils/db.server";
import * as receivablesRoute from "~/routes/admin.receivables";
import * as auditRoute from "~/routes/admin.billing.audit";
import * as sendRoute from "~/routes/admin.invoices.send";
import { formPost, outcome, routeArgs, type Visitor } from "../support/route-harness";

type Handler = (args: { request: Request; params: Record<string, string>; context: RequestContext }) => unknown;

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
const people = {} as Record<"member" | "staff" | "manager", { id: string; email: string; name: string }>;
let invoiceId: string;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "Debiteuren Routes" });
  for (const who of ["member", "staff", "manager"] as const) people[who] = await makePerson(werkplaats.id, [who]);
  await makeBillingSettings(werkplaats.id);
  const company = await makeCompany(werkplaats.id, people.member.id, { name: "Studio Noord" });
  invoiceId = (await makeIssuedInvoice(werkplaats.id, company.id, { now: new Date("2026-09-01T10:00:00Z") })).id;
});

const visitor = (who: keyof typeof people, place = werkplaats): Visitor => ({ user: people[who], roles: [who as Role], werkplaats: place });
const get = (handler: unknown, who: keyof typeof people, path: string) =>
  outcome(() => (handler as Handler)(routeArgs(path, visitor(who))));
const post = (handler: unknown, who: keyof typeof people, path: string, form: Record<string, string>, place = werkplaats) =>
  outcome(() => (handler as Handler)(routeArgs(path, visitor(who, place), formPost(form))));

describe("receivables pages", () => {
  it("are the manager's only", async () => {
    for (const [handler, path] of [
      [receivablesRoute.loader, "/admin/receivables"],
      [auditRoute.loader, "/admin/billing/audit"],
    ] as const) {
      expect((await get(handler, "member", path)).status).toBe(403);
      expect((await get(handler, "staff", path)).status).toBe(403);
      expect((await get(handler, "manager", path)).status).toBe(200);
    }
    expect((await post(sendRoute.action, "staff", "/admin/invoices/send", { intent: "send", invoiceId })).status).toBe(403);
    expect((await post(receivablesRoute.action, "member", "/admin/receivables", { intent: "remind", invoiceId })).status).toBe(403);
  });

  it("answer bad input with a clear 400 or 409 and change nothing; another werkplaats's invoice is not found", async () => {
    expect((await post(sendRoute.action, "manager", "/admin/invoices/send", { intent: "send", invoiceId: "nope" })).status).toBe(400);
    expect((await post(sendRoute.action, "manager", "/admin/invoices/send", { intent: "explode" })).status).toBe(400);
    const schedule = await post(receivablesRoute.action, "manager", "/admin/receivables", {
      intent: "schedule",
      firstAfterDays: "10",
      secondAfterDays: "12",
    });
    expect(schedule.status).toBe(400);
    expect(JSON.stringify(schedule.body)).toContain("receivables.errors.gap");
    expect(await db.select().from(reminderSettings).where(eq(reminderSettings.werkplaatsId, werkplaats.id))).toHaveLength(0);
    const costs = await post(receivablesRoute.action, "manager", "/admin/receivables", { intent: "costs", invoiceId });
    expect(costs.status).toBe(409);
    const elsewhere = await makeWerkplaats();
    expect((await post(sendRoute.action, "manager", "/admin/invoices/send", { intent: "send", invoiceId }, elsewhere)).status).toBe(404);
    expect((await post(receivablesRoute.action, "manager", "/admin/receivables", { intent: "remind", invoiceId }, elsewhere)).status).toBe(
      404,
    );
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.werkplaatsId, werkplaats.id))).toHaveLength(0);
  });

  it("send the invoice once, then say it was already sent", async () => {
    const first = await post(sendRoute.action, "manager", "/admin/invoices/send", { intent: "send", invoiceId });
    expect(JSON.stringify(first.body)).toContain("billing.sending.sent");
    const second = await post(sendRoute.action, "manager", "/admin/invoices/send", { intent: "send", invoiceId });
    expect(JSON.stringify(second.body)).toContain("billing.sending.alreadySent");
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.werkplaatsId, werkplaats.id))).toHaveLength(1);
  });
});
