import { beforeAll, describe, expect, it } from "vitest";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeBillingSettings, makeIssuedInvoice } from "#db/billing-factories";
import type { Role } from "~/modules/auth/roles";
import { defaultLedgerCodes } from "~/modules/billing/export/index";
import { ledgerCodesOf } from "~/modules/billing/index.server";
import type { RequestContext } from "~/server/context";
import * as page from "~/routes/admin.billing.export";
import * as zip from "~/routes/admin.billing.export_.ubl[.]zip";
import * as journal from "~/routes/admin.billing.export_.journal[.]csv";
import * as btw from "~/routes/admin.billing.export_.btw[.]csv";
import { formPost, outcome, routeArgs, type Visitor } from "../support/route-harness";

type Handler = (args: { request: Request; params: Record<string, string>; context: RequestContext }) => unknown;
type Who = "guest" | "member" | "staff" | "manager" | "otherManager";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let elsewhere: Awaited<ReturnType<typeof makeWerkplaats>>;
const people = {} as Record<Exclude<Who, "guest">, { id: string; email: string; name: string }>;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "Export Routes" });
  elsewhere = await makeWerkplaats({ name: "Elders" });
  for (const who of ["member", "staff", "manager"] as const) people[who] = await makePerson(werkplaats.id, [who]);
  people.otherManager = await makePerson(elsewhere.id, ["manager"]);
  await makeBillingSettings(werkplaats.id);
  const company = await makeCompany(werkplaats.id, people.member.id, { name: "Studio Noord" });
  await makeIssuedInvoice(werkplaats.id, company.id, { now: new Date("2026-12-02T09:00:00Z") });
});

function visitor(who: Who): Visitor {
  if (who === "guest") return { user: null, roles: [], werkplaats };
  if (who === "otherManager") return { user: people.otherManager, roles: ["manager"], werkplaats: elsewhere };
  return { user: people[who], roles: [who as Role], werkplaats };
}
const get = (handler: Handler, who: Who, path: string) => outcome(() => handler(routeArgs(path, visitor(who))));
const post = (who: Who, form: Record<string, string>) =>
  outcome(() => (page.action as Handler)(routeArgs("/admin/billing/export", visitor(who), formPost(form))));

const codesForm = () =>
  Object.fromEntries([
    ...Object.entries(defaultLedgerCodes.accounts).map(([k, v]) => [`account_${k}`, v]),
    ...Object.entries(defaultLedgerCodes.btwCodes).map(([k, v]) => [`btw_${k}`, v]),
  ]);

describe("the export pages", () => {
  it("are for the manager only", async () => {
    for (const [handler, path] of [
      [page.loader, "/admin/billing/export"],
      [zip.loader, "/admin/billing/export/ubl.zip?period=2026-12"],
      [journal.loader, "/admin/billing/export/journal.csv?period=2026-12"],
      [btw.loader, "/admin/billing/export/btw.csv?period=2026-12"],
    ] as const) {
      const got = await Promise.all(
        (["guest", "member", "staff", "manager"] as const).map(async (who) => (await get(handler as Handler, who, path)).status),
      );
      expect(got, path).toEqual([302, 403, 403, 200]);
    }
    expect((await post("member", codesForm())).status).toBe(403);
  });

  it("sends the files as downloads named by the period", async () => {
    const response = (await get(zip.loader as Handler, "manager", "/admin/billing/export/ubl.zip?period=2026-Q4")).body as Response;
    expect(response.headers.get("Content-Type")).toBe("application/zip");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="ubl-2026-Q4.zip"');
    expect(new Uint8Array(await response.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    const csv = (
      await get(journal.loader as Handler, "manager", "/admin/billing/export/journal.csv?period=range&from=2026-12-01&to=2026-12-02")
    ).body as Response;
    expect(csv.headers.get("Content-Disposition")).toBe('attachment; filename="verkoopjournaal-2026-12-01_2026-12-02.csv"');
  });

  it("refuses a range that ends before it starts with the reason, on the page and for a download", async () => {
    const pageData = (await get(page.loader as Handler, "manager", "/admin/billing/export?period=range&from=2026-12-10&to=2026-12-01"))
      .body as {
      periodError: string;
    };
    expect(pageData.periodError).toBe("billing.export.errors.range");
    const refused = await Promise.resolve(
      (btw.loader as Handler)(routeArgs("/admin/billing/export/btw.csv?period=range&from=2026-12-10&to=2026-12-01", visitor("manager"))),
    ).catch((response: Response) => response);
    expect((refused as Response).status).toBe(400);
    expect(await (refused as Response).json()).toMatchObject({
      error: "Kies een begin- en einddatum; de einddatum ligt niet voor de begindatum.",
    });
    expect((await get(btw.loader as Handler, "manager", "/admin/billing/export/btw.csv?period=2026-13")).status).toBe(400);
  });

  it("answers an empty period, and another werkplaats's manager, with 'nothing issued' instead of an empty file", async () => {
    expect(await get(zip.loader as Handler, "manager", "/admin/billing/export/ubl.zip?period=2026-01")).toMatchObject({
      status: 404,
      body: { message: { key: "billing.export.empty" } },
    });
    expect((await get(zip.loader as Handler, "otherManager", "/admin/billing/export/ubl.zip?period=2026-12")).status).toBe(404);
  });

  it("saves the ledger codes, and keeps the old ones when one is not a code", async () => {
    const refused = await post("manager", { ...codesForm(), account_membership: "80 00", btw_21: "" });
    expect(refused.status).toBe(400);
    expect(await ledgerCodesOf(werkplaats.id)).toEqual(defaultLedgerCodes);
    expect((await post("manager", { ...codesForm(), account_membership: "8100" })).status).toBe(200);
    expect((await ledgerCodesOf(werkplaats.id)).accounts.membership).toBe("8100");
  });
});
