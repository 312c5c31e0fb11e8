import type { Server } from "node:http";
import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { databaseIsEmpty, seedDemo } from "#db/seed/index";
import { demoLogins } from "#db/seed/people";
import { DEMO_PASSWORD } from "#db/factories";
import { serveMessages } from "~/modules/i18n/index.server";
import { createTransport, startMailWorker } from "~/modules/notifications/index.server";
import { startStripeWorker } from "~/modules/stripe/index.server";
import { listenForWerkplaatsChanges } from "~/modules/werkplaats/index.server";
import { startMaintenance } from "./maintenance.server";
import { connectDatabase, disconnectDatabase, migrateDatabase } from "~/utils/db.server";
import { env, EnvError, shouldSeedDemo } from "~/utils/env.server";
import { FolderLockedError } from "~/utils/folder-lock.server";
import { logger } from "~/utils/logger.server";
import { trustProxyHops } from "./client-address.server";
import { buildRequestContext } from "./load-context.server";
import { ownErrorPage } from "./error-page.server";
import { healthz } from "./healthz.server";
import { publicPageCache } from "./public-pages.server";
import { refuseMalformedRequests } from "./malformed-input.server";
import { withErrorStatuses } from "./route-errors.server";
import { bodyLimit, requestIdentity, requestLog, sameOriginMutations, securityHeaders } from "./security.server";

/**
 * Boots Werkplaats: validates the environment, opens and migrates the database, seeds an empty
 * one with demo data, starts the mail worker and serves HTTP until SIGTERM/SIGINT.
 * Called by server.js with the compiled Remix build.
 */
export async function startServer(build: ServerBuild) {
  let config: ReturnType<typeof env>;
  try {
    config = env();
  } catch (error) {
    if (error instanceof EnvError) {
      process.stderr.write(`Werkplaats cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  // What the start spends its time on, in the "listening" line: a slow start says why.
  // loadMs: Node loading the build and its packages, before this function ran.
  const timings: Record<string, number> = { loadMs: Math.round(process.uptime() * 1000) };
  let handle: Awaited<ReturnType<typeof connectDatabase>>;
  const opening = performance.now();
  try {
    handle = await connectDatabase();
    timings.openMs = Math.round(performance.now() - opening);
  } catch (error) {
    if (error instanceof FolderLockedError) {
      process.stderr.write(`Werkplaats cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const timed = async <T>(step: string, work: () => Promise<T>) => {
    const from = performance.now();
    try {
      return await work();
    } finally {
      timings[`${step}Ms`] = Math.round(performance.now() - from);
    }
  };
  await timed("migrate", () => migrateDatabase(handle));
  let seeded = false;
  if (shouldSeedDemo() && (await databaseIsEmpty())) {
    await timed("seed", () => seedDemo());
    seeded = true;
  }

  const stopWorker = config.SMTP_URL ? startMailWorker(createTransport(config.SMTP_URL)) : async () => {};
  const stopMaintenance = startMaintenance();
  const stopStripe = startStripeWorker();
  const stopListening = await listenForWerkplaatsChanges();

  const app = express();
  app.disable("x-powered-by");
  trustProxyHops(app, config.TRUST_PROXY);
  app.use(requestIdentity, requestLog, securityHeaders);
  if (config.COMPRESSION) app.use(compression());
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y", index: false, fallthrough: false }));
  // Only paths that look like files can be in public/; pages skip the disk lookup.
  const publicFiles = express.static("public", { maxAge: "1h", index: false });
  app.use((req, res, next) => (/\.[a-z0-9]{1,8}$/i.test(req.path) ? publicFiles(req, res, next) : next()));
  app.get("/healthz", healthz);
  app.get("/i18n/:file", serveMessages);
  app.use(sameOriginMutations, bodyLimit, refuseMalformedRequests);
  app.use(publicPageCache(build.assets.version));
  const remix = createRequestHandler({
    build: withErrorStatuses(build),
    mode: build.mode,
    // A public page's cache check may have worked the request out already.
    getLoadContext: (req, res) => res.locals.context ?? buildRequestContext(req, res),
  });
  // Requests still being answered; shutdown waits for them before closing the database,
  // even when their clients have already hung up.
  let inFlight = 0;
  app.all("*", async (req, res, next) => {
    inFlight++;
    try {
      await remix(req, res, next);
    } finally {
      inFlight--;
    }
  });
  app.use(ownErrorPage);

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
  });
  // Slow clients cannot hold a socket open forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;

  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  logger.info("listening", {
    url: `http://${config.HOST}:${port}`,
    database: handle.kind,
    seeded,
    smtp: Boolean(config.SMTP_URL),
    ...timings,
    upMs: Math.round(process.uptime() * 1000),
  });
  if (shouldSeedDemo()) printWelcome(port);
  if (build.mode === "development" && process.env.REMIX_DEV_ORIGIN) broadcastDevReady(build);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info("shutting down", { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    for (let waited = 0; inFlight > 0 && waited < 8000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    server.closeAllConnections();
    await closed;
    await stopWorker();
    stopMaintenance();
    stopStripe();
    await stopListening();
    await disconnectDatabase();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  return server;
}

function printWelcome(port: number) {
  const base = env().APP_URL ?? `http://${env().HOST}:${port}`;
  const lines = [
    "",
    `  Werkplaats draait op ${base}`,
    "",
    `  Demo-accounts (wachtwoord voor allemaal: ${DEMO_PASSWORD}):`,
    ...demoLogins.map((p) => `    ${p.email.padEnd(34)} ${p.roles.join(", ")}`),
    "",
    `  E-mail zonder SMTP: lees de berichten op ${base}/admin/outbox (als beheerder).`,
    "",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
