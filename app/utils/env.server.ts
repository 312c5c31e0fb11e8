import { z } from "zod";

/**
 * Every environment variable the app reads, validated once at start-up.
 * The app runs with none of them set: the defaults give an embedded database
 * and the outbox instead of SMTP.
 */
const envSchema = z
  .object({
    // development | production | test. Production demands real secrets.
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // Interface and port the HTTP server listens on.
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    // Public base URL used in emails and iCal links; defaults to http://HOST:PORT.
    APP_URL: z.url().optional(),
    // PostgreSQL connection string. Unset: embedded PGlite in PGLITE_DIR.
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres://")
      .optional(),
    // Folder where the embedded PGlite database lives when DATABASE_URL is unset.
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    // Maximum connections in the postgres.js pool.
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    // Secret for signing cookies (locale, werkplaats choice). Required in production.
    SESSION_SECRET: z.string().min(32).optional(),
    // SMTP server for outgoing mail, e.g. smtp://user:pass@mail.example.nl:587. Unset: mail waits in the outbox.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
      .optional(),
    // Sender address for outgoing mail.
    MAIL_FROM: z.string().min(3).default("Werkplaats <noreply@werkplaats.local>"),
    // How often the outbox worker looks for mail to send, in milliseconds.
    OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(5000),
    // Seed demo data into an empty database on start-up (true by default outside production).
    SEED_DEMO: z.enum(["true", "false"]).optional(),
    // Log level for the JSON logger.
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    // Gzip answers in Node (the embedded default). `false` when a reverse proxy in front compresses:
    // gzip costs this process CPU on every page (docs/PERFORMANCE.md).
    COMPRESSION: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    // Largest accepted request body in bytes (forms and JSON).
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
    // How many reverse proxies in front of the app add to X-Forwarded-For: the client's address is
    // the entry that many hops from the right (1 = the one your proxy added). Rate limits and login
    // throttling key on it, so never more than you really have. `true` is an alias for 1; unset or
    // `false` (0) ignores X-Forwarded-For and uses the connection's address.
    TRUST_PROXY: z
      .string()
      .regex(/^(true|false|\d{1,2})$/, {
        error: "must be the number of proxy hops in front of the app (e.g. 1), or true (= 1) / false (= 0)",
      })
      .default("false")
      .transform((v) => (v === "true" ? 1 : v === "false" ? 0 : Number(v))),
    // Test servers only: hash passwords with cheap argon2 parameters, so browser journeys that
    // sign up and log in many times stay fast on a busy CI machine. Refused in production.
    TEST_FAST_PASSWORD_HASHING: z.enum(["true", "false"]).optional(),
    // Stripe as the payment rail (iDEAL, card, Bancontact, SEPA Direct Debit). Unset: invoices are
    // paid by bank transfer and incasso file only. A test key (sk_test_…) shows "testmodus".
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]{8,}$/, "must be a Stripe secret key (sk_test_… or sk_live_…)")
      .optional(),
    // The signing secret of the webhook endpoint /webhooks/stripe (whsec_…).
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_[A-Za-z0-9_]{8,}$/, "must be a Stripe webhook signing secret (whsec_…)")
      .optional(),
    // Tests only: where the SDK sends its calls instead of api.stripe.com (the local test server).
    STRIPE_API_HOST: z.string().min(1).optional(),
    STRIPE_API_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    STRIPE_API_PROTOCOL: z.enum(["http", "https"]).optional(),
    // How long one call to Stripe may take before it counts as failed (and is retried later).
    STRIPE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && env.TEST_FAST_PASSWORD_HASHING === "true") {
      ctx.addIssue({
        code: "custom",
        path: ["TEST_FAST_PASSWORD_HASHING"],
        message: "weakens every stored password and is refused in production",
      });
    }
    if (Boolean(env.STRIPE_SECRET_KEY) !== Boolean(env.STRIPE_WEBHOOK_SECRET)) {
      ctx.addIssue({
        code: "custom",
        path: [env.STRIPE_SECRET_KEY ? "STRIPE_WEBHOOK_SECRET" : "STRIPE_SECRET_KEY"],
        message: "Stripe needs both STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET (or neither)",
      });
    }
    if (env.NODE_ENV === "production" && env.STRIPE_API_HOST) {
      ctx.addIssue({ code: "custom", path: ["STRIPE_API_HOST"], message: "points Stripe at a test server and is refused in production" });
    }
    if (env.NODE_ENV === "production" && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SESSION_SECRET"],
        message: "is required in production (at least 32 characters)",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** A bad environment: the message names every bad variable on one line, for the start-up message. */
export class EnvError extends Error {
  // Named, so server.js recognises it when it surfaces while the build is being imported.
  override name = "EnvError";
}

/** Parses an environment; throws an EnvError listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`invalid environment: ${problems.join("; ")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache() {
  cached = undefined;
}

export function appUrl(): string {
  const e = env();
  return (e.APP_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, "");
}

/** The cookie secret; a fixed development value is fine where no secret is set outside production. */
export function sessionSecret(): string {
  return env().SESSION_SECRET ?? "werkplaats-development-secret-not-for-production";
}

export function shouldSeedDemo(): boolean {
  const e = env();
  if (e.SEED_DEMO) return e.SEED_DEMO === "true";
  return e.NODE_ENV !== "production";
}
