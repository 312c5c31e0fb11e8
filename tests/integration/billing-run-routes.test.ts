import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { billingRuns, invoices } from "#db/schema";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeCompany, makeMembership, makePlan } from "#db/membership-factories";
import { makeBillingSettings } from "#db/billing-factories";
import type { Role } from "~/modules/auth/roles";
import * as runRoute from "~/routes/admin.billing._index";
import { db } from "~/utils/db.server";
import { formPost, outcome, routeArgs, type Visitor } from "../support/route-harness";

type Who = "guest" | "none" | Role;
type Handler = (args: never) => unknown;

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let elsewhereCompanyId: string;
let companyId: string;
const people = {} as Record<Exclude<Who, "guest">, { id: string; email: string; name: string }>;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "Run Routes" });
  await makeBillingSettings(werkplaats.id);
  for (const who of ["none", "member", "staff", "manager", "student", "teacher", "partner"] as const) {
    people[who] = who === "none" ? await makeUser() : await makePerson(werkplaats.id, [who]);
  }
  const plan = await makePlan(werkplaats.id, "flex", { priceCents: 200_00 });
  const company = await makeCompany(werkplaats.id, people.member.id, { name: "Studio Noord" });
  companyId = company.id;
  await makeMembership(werkplaats.id, people.member.id, plan.id, { startDate: "2026-01-01", companyId });
  const elsewhere = await makeWerkplaats({ name: "Elders" });
  elsewhereCompanyId = (await makeCompany(elsewhere.id, (await makeUser()).id)).id;
});

const visitor = (who: Who): Visitor => ({
  user: who === "guest" ? null : people[who],
  roles: who === "guest" || who === "none" ? [] : [who],
  werkplaats,
});
const get = (who: Who, path: string) => outcome(() => (runRoute.loader as Handler)(routeArgs(path, visitor(who)) as never));
const post = (who: Who, form: Record<string, string>) =>
  outcome(() => (runRoute.action as Handler)(routeArgs("/admin/billing", visitor(who), formPost(form)) as never));
const runRow = async () => (await db.select().from(billingRuns).where(eq(billingRuns.werkplaatsId, werkplaats.id)))[0];

describe("the billing run's page", () => {
  it("is for the manager only, reading and writing", async () => {
    const got: Record<string, number> = {};
    for (const who of ["guest", "none", "member", "staff", "manager", "student", "teacher", "partner"] as const) {
      got[who] = (await get(who, "/admin/billing?month=2026-03")).status;
    }
    expect(got).toEqual({ guest: 302, none: 403, member: 403, staff: 403, manager: 200, student: 403, teacher: 403, partner: 403 });
    for (const who of ["member", "staff"] as const) {
      expect((await post(who, { intent: "issue", month: "2026-03" })).status).toBe(403);
    }
    expect(await runRow()).toBeUndefined();
  });

  it("shows the month's preview: the company's invoice with its membership line", async () => {
    const page = await get("manager", "/admin/billing?month=2026-03");
    const body = page.body as { invoices: { party: { name: string }; lines: { description: string; netCents: number }[] }[] };
    expect(body.invoices).toMatchObject([{ party: { name: "Studio Noord" }, lines: [{ netCents: 200_00 }] }]);
  });

  it("answers bad input with a 400 in Dutch and changes nothing", async () => {
    expect((await get("manager", "/admin/billing?month=2026-13")).status).toBe(400);
    for (const form of <Record<string, string>[]>[
      { intent: "exclude", month: "2026-3", partyKey: `company:${companyId}` },
      { intent: "exclude", month: "2026-03", partyKey: "company:../../etc" },
      { intent: "oneOff", month: "2026-03", partyKey: `company:${companyId}`, description: "x", amount: "12,345", rate: "21" },
      { intent: "oneOff", month: "2026-03", partyKey: `company:${companyId}`, description: "x", amount: "10", rate: "7" },
      { intent: "oneOff", month: "2026-03", partyKey: `company:${companyId}`, description: "", amount: "10", rate: "21" },
      { intent: "launch", month: "2026-03" },
    ]) {
      expect((await post("manager", form)).status, JSON.stringify(form)).toBe(400);
    }
    // Another werkplaats's company is not a party of this preview.
    const foreign = await post("manager", {
      intent: "oneOff",
      month: "2026-03",
      partyKey: `company:${elsewhereCompanyId}`,
      description: "Sleutel",
      amount: "10",
      rate: "21",
    });
    expect(foreign.status).toBe(400);
    expect(JSON.stringify(foreign.body)).toContain("billing.run.errors.unknownParty");
    expect((await runRow())?.oneOffs ?? []).toEqual([]);
  });

  it("adds a one-off line and leaves a party out, as the manager chose", async () => {
    expect(
      (
        await post("manager", {
          intent: "oneOff",
          month: "2026-03",
          partyKey: `company:${companyId}`,
          description: "Sleutel",
          amount: "12,50",
          rate: "21",
        })
      ).status,
    ).toBe(200);
    expect((await post("manager", { intent: "exclude", month: "2026-03", partyKey: `company:${companyId}` })).status).toBe(200);
    const page = await get("manager", "/admin/billing?month=2026-03");
    const body = page.body as {
      invoices: { excluded: boolean; lines: { description: string; netCents: number }[] }[];
      totals: { parties: number };
    };
    expect(body.invoices[0]).toMatchObject({ excluded: true, lines: [{ netCents: 200_00 }, { description: "Sleutel", netCents: 12_50 }] });
    expect(body.totals.parties).toBe(0);
    expect(await db.select().from(invoices).where(eq(invoices.werkplaatsId, werkplaats.id))).toEqual([]);
  });
});
