import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "#db/factories";
import { pageWeight, readManifest } from "../../bench/lib/page-weight.js";
import { translate } from "~/modules/i18n";
import { freshServerDatabase, serverEnv, startServerProcess, type ServerProcess } from "../support/server-process";

// A guest's public pages carry an ETag and may sit in a shared cache for a minute; a repeat
// visit with the ETag is answered 304 without rendering. Members get the private page.
const root = path.resolve(__dirname, "../..");
let server: ServerProcess;
let database: Awaited<ReturnType<typeof freshServerDatabase>>;

beforeAll(async () => {
  database = await freshServerDatabase({ demo: true });
  server = await startServerProcess(serverEnv({ ...database.env, SEED_DEMO: "true" }));
}, 270_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

const publicPages = ["/plans", "/events", "/events/feed.ics", "/impact"];

async function memberCookie() {
  const res = await fetch(`${server.url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url },
    body: new URLSearchParams({ email: "sanne@studio-noord.nl", password: DEMO_PASSWORD, redirectTo: "/" }),
  });
  expect(res.status).toBe(302);
  return res.headers.get("set-cookie")!.split(";")[0]!;
}

describe("public pages for guests", () => {
  it.each(publicPages)("%s has an ETag, public caching, and answers a repeat with 304 and no body", async (page) => {
    const first = await fetch(`${server.url}${page}`);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"[\w-]{20,}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(first.headers.get("vary")).toMatch(/Cookie/);
    expect(first.headers.get("set-cookie")).toBeNull();
    await first.arrayBuffer();

    const again = await fetch(`${server.url}${page}`, { headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    // The stored page keeps the policy with its own nonce.
    expect(again.headers.get("content-security-policy")).toBeNull();

    const stale = await fetch(`${server.url}${page}`, { headers: { "If-None-Match": 'W/"something-else"' } });
    expect(stale.status).toBe(200);
    expect(stale.headers.get("etag")).toBe(etag);
    await stale.arrayBuffer();
  });

  it("varies by language and by query", async () => {
    const nl = await fetch(`${server.url}/events`, { headers: { "Accept-Language": "nl" } });
    const en = await fetch(`${server.url}/events`, { headers: { "Accept-Language": "en" } });
    const filtered = await fetch(`${server.url}/events?kind=workshop`, { headers: { "Accept-Language": "nl" } });
    const tags = [nl, en, filtered].map((r) => r.headers.get("etag"));
    expect(new Set(tags).size).toBe(3);
  });

  it("gives a member the private page: no ETag, no shared caching", async () => {
    const cookie = await memberCookie();
    for (const page of ["/plans", "/events", "/impact", "/"]) {
      const res = await fetch(`${server.url}${page}`, { headers: { cookie } });
      expect(res.status, page).toBe(200);
      expect(res.headers.get("etag"), page).toBeNull();
      expect(res.headers.get("cache-control"), page).toBe("private, no-store");
      await res.arrayBuffer();
    }
  });

  it("keeps its ETag while nothing changes, and gets a new one when what the page shows does", async () => {
    const before = (await fetch(`${server.url}/plans`)).headers.get("etag");
    expect((await fetch(`${server.url}/plans`)).headers.get("etag")).toBe(before);
    // The change comes from another connection, as another instance's would. PGlite's folder
    // belongs to the server process, so that half runs on PostgreSQL only.
    if (!database.env.DATABASE_URL) return;
    const sql = postgres(database.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    await sql`update plans set price_cents = price_cents + 100 where id = (select id from plans where is_public and archived_at is null limit 1)`;
    await sql.end();
    const after = await fetch(`${server.url}/plans`, { headers: { "If-None-Match": before! } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(before);
    await after.arrayBuffer();
  });

  it("gives a 404 of a public page's werkplaats no ETag", async () => {
    const res = await fetch(`${server.url}/events/00000000-0000-0000-0000-000000000000`);
    expect(res.status).toBe(404);
    expect(res.headers.get("etag")).toBeNull();
    await res.arrayBuffer();
  });
});

/** The script URLs of a page's words, as its HTML lists them. */
const wordScripts = (html: string) => [...html.matchAll(/<script src="(\/i18n\/[^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));

describe("the words a page sends", () => {
  // What a browser downloads for the member start page on a first visit: the build's modules for
  // "/" (Remix's manifest) and the words script the rendered page names, gzip.
  const START_PAGE_BUDGET_KB = 120;

  it("keeps the member start page's JavaScript within its budget, with the words it renders", async () => {
    const cookie = await memberCookie();
    const html = await (await fetch(`${server.url}/`, { headers: { cookie } })).text();
    const scripts = wordScripts(html);
    expect(scripts).toHaveLength(1);
    const extra = await Promise.all(scripts.map(async (url) => ({ name: url, text: await (await fetch(`${server.url}${url}`)).text() })));
    const weight = pageWeight(root, readManifest(root), "/", extra);
    expect(weight.routes).toEqual(["root", "routes/_index"]);
    const kb = Math.round(weight.js / 102.4) / 10;
    expect(kb, `${kb} KB gzip`).toBeLessThanOrEqual(START_PAGE_BUDGET_KB);
  });

  it("sends a page the words it renders and not the rest; the rest comes on demand", async () => {
    const html = await (await fetch(`${server.url}/login`, { headers: { "Accept-Language": "nl" } })).text();
    const [url] = wordScripts(html);
    expect(url).toMatch(/^\/i18n\/nl\.js\?g=[\w.,]+&v=[\w-]+$/);
    const res = await fetch(`${server.url}${url}`);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const words = await res.text();
    expect(words).toContain(JSON.stringify(translate("nl", "login.intro")));
    expect(words).not.toContain(JSON.stringify(translate("nl", "billing.run.title")));
    // The complete table the page's script points to, for the words a later page needs.
    const full = /"(\/i18n\/nl\.js\?v=[\w-]+)"/.exec(words)?.[1];
    expect(await (await fetch(`${server.url}${full}`)).text()).toContain(JSON.stringify(translate("nl", "billing.run.title")));
    // A group that does not exist, or too many, is not made into a script.
    expect((await fetch(`${server.url}/i18n/nl.js?g=nav,no.such.group`)).status).toBe(404);
    expect((await fetch(`${server.url}/i18n/nl.js?g=${Array(1001).fill("nav").join(",")}`)).status).toBe(404);
  });
});

describe("compression", () => {
  // On by default (the embedded set-up has no proxy in front); the browser tests' servers turn it
  // off (COMPRESSION=false, as behind a compressing proxy), so this is where it is checked.
  it("gzips a page for a client that asks for it, and sends it as it is to one that does not", async () => {
    const zipped = await fetch(`${server.url}/login`, { headers: { "Accept-Encoding": "gzip" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(await zipped.text()).toContain("<html");
    const plain = await fetch(`${server.url}/login`, { headers: { "Accept-Encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toContain("<html");
  });
});
