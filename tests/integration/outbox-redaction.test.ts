import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { outboxMessages } from "#db/schema";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { inviteToRole } from "~/modules/invitations/index.server";
import { requestPasswordReset } from "~/modules/auth/accounts.server";
import { enqueueMail } from "~/modules/notifications/outbox.server";
import * as outboxPage from "~/routes/admin.outbox";
import { db } from "~/utils/db.server";
import { resetEnvCache } from "~/utils/env.server";
import { outcome, routeArgs } from "../support/route-harness";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let manager: Awaited<ReturnType<typeof makeUser>>;
const saved = {
  NODE_ENV: process.env.NODE_ENV,
  SESSION_SECRET: process.env.SESSION_SECRET,
  TEST_FAST_PASSWORD_HASHING: process.env.TEST_FAST_PASSWORD_HASHING,
};

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Test" });
  manager = await makePerson(werkplaats.id, ["manager"]);
  const member = await makeUser({ email: "lid-met-reset@example.nl" });
  await requestPasswordReset(member.email, werkplaats.id);
  await inviteToRole(werkplaats, manager, { name: "Nieuw", email: "uitgenodigd@example.nl", role: "staff" }, "nl");
  await enqueueMail(db, {
    werkplaatsId: werkplaats.id,
    to: "gast@example.nl",
    locale: "nl",
    template: "mail.welcome",
    vars: { name: "Gast", werkplaats: "DOC", link: "http://127.0.0.1:3000/events/0b7e4c1e-3f7a-4c55-9d0e-6a1f2b3c4d5e" },
  });
});

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
});

async function tokensInOutbox() {
  const rows = await db.select().from(outboxMessages).where(eq(outboxMessages.werkplaatsId, werkplaats.id));
  return rows.flatMap((r) => [...r.bodyText.matchAll(/\/(?:reset-password|invite)\/([A-Za-z0-9_-]+)/g)].map((m) => m[1]!));
}

async function page() {
  const result = await outcome(() => outboxPage.loader(routeArgs("/admin/outbox", { user: manager, roles: ["manager"], werkplaats })));
  expect(result.status).toBe(200);
  return result.body as { messages: { bodyText: string }[]; linksShown: boolean };
}

describe("/admin/outbox", () => {
  it("in production shows messages with their token links redacted, and says so", async () => {
    process.env.NODE_ENV = "production";
    process.env.SESSION_SECRET = "x".repeat(40);
    // Production refuses the test suite's cheap password hashing.
    delete process.env.TEST_FAST_PASSWORD_HASHING;
    resetEnvCache();
    const tokens = await tokensInOutbox();
    expect(tokens).toHaveLength(2);
    const { messages, linksShown } = await page();
    const text = JSON.stringify(messages);
    for (const token of tokens) expect(text).not.toContain(token);
    expect(text).toContain("/reset-password/••••••");
    expect(text).toContain("/invite/••••••");
    // Ids are not secrets: an event link stays readable.
    expect(text).toContain("/events/0b7e4c1e-3f7a-4c55-9d0e-6a1f2b3c4d5e");
    expect(linksShown).toBe(false);
  });

  it("in development and the demo shows the links in full, and says so", async () => {
    process.env.NODE_ENV = "development";
    resetEnvCache();
    const { messages, linksShown } = await page();
    const text = JSON.stringify(messages);
    for (const token of await tokensInOutbox()) expect(text).toContain(token);
    expect(linksShown).toBe(true);
  });
});
