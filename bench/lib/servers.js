// Servers the benchmark starts and stops by PID: the app, the Remix ceiling, bare Node.
import { spawn, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

async function waitForHttp(url, timeoutMs = 60_000) {
  const started = Date.now();
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not come up in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function startProcess(args, env) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
  return {
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * Werkplaats' production build, run as in production (NODE_ENV=production: React's production
 * build, Secure cookies, a real secret, request logs at info), on a fresh database seeded with
 * the demo data.
 */
export async function startApp({ port, databaseUrl, pgliteDir, smtpUrl, extraEnv = {}, script = "server.js" }) {
  const env = {
    PORT: String(port),
    HOST: "127.0.0.1",
    NODE_ENV: "production",
    SESSION_SECRET: randomBytes(32).toString("hex"),
    SEED_DEMO: "true",
    LOG_LEVEL: "info",
    // As behind a load balancer: the flex scenario's fifty new members sign up from fifty
    // addresses (X-Forwarded-For), not all from 127.0.0.1 into the sign-up limit of 20 an hour.
    TRUST_PROXY: "1",
  };
  // Mail goes to the benchmark's mailbox, which is how new members get their verification link.
  if (smtpUrl) Object.assign(env, { SMTP_URL: smtpUrl, OUTBOX_POLL_MS: "200" });
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else {
    fs.rmSync(pgliteDir, { recursive: true, force: true });
    env.PGLITE_DIR = pgliteDir;
    env.DATABASE_URL = "";
  }
  Object.assign(env, extraEnv);
  const proc = startProcess([script], env);
  // The demo seed takes minutes on a shared machine under load; a server that never answers is
  // stopped, not left behind.
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 300_000).catch(async (error) => {
    await proc.stop();
    throw error;
  });
  return proc;
}

/** Builds and serves the one-route Remix app in bench/ceiling with @remix-run/express. */
export async function startRemixCeiling(port) {
  execFileSync(process.execPath, ["node_modules/@remix-run/dev/dist/cli.js", "build", "bench/ceiling"], { stdio: "ignore" });
  const script = path.resolve("bench/lib/ceiling-server.js");
  const proc = startProcess([script], { PORT: String(port), NODE_ENV: "production" });
  await waitForHttp(`http://127.0.0.1:${port}/`);
  return proc;
}

/** A bare node:http server answering every request with the same bytes. */
export function startBareNode(port, body) {
  const bytes = Buffer.from(body);
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": bytes.length });
    res.end(bytes);
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => resolve({ stop: () => new Promise((r) => server.close(() => r())) })),
  );
}
