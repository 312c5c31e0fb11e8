import { DEMO_PASSWORD } from "../../db/factories";
import { demoAccount, expect, logIn, test } from "./fixtures";

test("every page carries the security headers", async ({ request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-request-id"]).toBeTruthy();
});

test("a cross-site form post is refused with 403", async ({ request, baseURL }) => {
  const foreign = await request.post("/login", {
    form: { email: demoAccount("manager").email, password: DEMO_PASSWORD },
    headers: { Origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toContain("niet van deze website");
  const same = await request.post("/login", {
    form: { email: demoAccount("manager").email, password: "fout maar van hier" },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(same.status()).toBe(400);
});

test("an oversized body is refused with 413", async ({ request, baseURL }) => {
  const response = await request.post("/login", {
    data: "x".repeat(1_100_000),
    headers: { Origin: baseURL!, "Content-Type": "application/x-www-form-urlencoded" },
  });
  expect(response.status()).toBe(413);
});

test("the health check answers 200 with the database kind", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  // The e2e server runs on the PostgreSQL server in DATABASE_URL, else on embedded PGlite.
  expect(await response.json()).toEqual({ status: "ok", database: process.env.DATABASE_URL ? "postgres" : "pglite" });
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("the session cookie is httpOnly and SameSite=Lax", async ({ page }) => {
  // A real login: a shared session's cookies are copied in by the test itself.
  await logIn(page, demoAccount("member").email);
  const cookie = (await page.context().cookies()).find((c) => c.name === "werkplaats_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
