import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { bankLines } from "#db/schema";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeBillingSettings } from "#db/billing-factories";
import type { Role } from "~/modules/auth/roles";
import * as demoFile from "~/routes/admin.payments.voorbeeldafschrift[.]xml";
import * as mandatesRoute from "~/routes/admin.mandates";
import * as paymentsRoute from "~/routes/admin.payments._index";
import { db } from "~/utils/db.server";
import { formPost, outcome, routeArgs, type Visitor } from "../support/route-harness";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
const people = {} as Record<"member" | "manager", { id: string; email: string; name: string }>;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "Bank Routes" });
  await makeBillingSettings(werkplaats.id);
  for (const role of ["member", "manager"] as const) people[role] = await makePerson(werkplaats.id, [role]);
});

const visitor = (role: "member" | "manager"): Visitor => ({ user: people[role], roles: [role as Role], werkplaats });
function upload(role: "member" | "manager", name: string, content: string) {
  const body = new FormData();
  body.set("statement", new File([content], name, { type: "application/octet-stream" }));
  return outcome(() => paymentsRoute.action(routeArgs("/admin/payments", visitor(role), { method: "POST", body }) as never));
}

describe("bank pages", () => {
  it("are for the manager only", async () => {
    for (const handler of [paymentsRoute.loader, mandatesRoute.loader]) {
      expect((await outcome(() => handler(routeArgs("/admin/x", visitor("member")) as never))).status).toBe(403);
      expect((await outcome(() => handler(routeArgs("/admin/x", visitor("manager")) as never))).status).toBe(200);
    }
    expect((await upload("member", "a.xml", "<Document/>")).status).toBe(403);
  });

  it("answers a file that is not a statement with a Dutch 400 and stores nothing", async () => {
    const answer = await upload("manager", "export.csv", "Datum,Bedrag\n2026-12-01,10.00\n");
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ status: "error", formErrors: [{ key: "payments.statement.unknownFormat" }] });
    const empty = await outcome(() =>
      paymentsRoute.action(routeArgs("/admin/payments", visitor("manager"), { method: "POST", body: new FormData() }) as never),
    );
    expect(empty.status).toBe(400);
    expect(await db.select().from(bankLines).where(eq(bankLines.werkplaatsId, werkplaats.id))).toEqual([]);
  });

  it("refuses a mandate with a wrong IBAN with a 400 beside the field, and offers no sample statement outside the demo", async () => {
    const answer = await outcome(() =>
      mandatesRoute.action(
        routeArgs(
          "/admin/mandates",
          visitor("manager"),
          formPost({
            intent: "add",
            partyId: crypto.randomUUID(),
            reference: "M-1",
            signedOn: "2026-01-05",
            debtorName: "X",
            iban: "NL00BANK0000000000",
          }),
        ) as never,
      ),
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ fieldErrors: { iban: [{ key: "payments.iban.invalid" }] } });
    expect(
      (await outcome(() => demoFile.loader(routeArgs("/admin/payments/voorbeeldafschrift.xml", visitor("manager")) as never))).status,
    ).toBe(404);
  });
});
