import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "~/utils/env.server";

describe("Stripe settings at start-up", () => {
  const keys = { STRIPE_SECRET_KEY: "sk_test_abcdefghij", STRIPE_WEBHOOK_SECRET: "whsec_abcdefghij" };

  it("takes both keys, or neither", () => {
    expect(parseEnv(keys)).toMatchObject(keys);
    expect(parseEnv({}).STRIPE_SECRET_KEY).toBeUndefined();
    expect(() => parseEnv({ STRIPE_SECRET_KEY: keys.STRIPE_SECRET_KEY })).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(() => parseEnv({ STRIPE_WEBHOOK_SECRET: keys.STRIPE_WEBHOOK_SECRET })).toThrow(/STRIPE_SECRET_KEY/);
  });

  it("refuses what is not a Stripe key, and a test server in production", () => {
    expect(() => parseEnv({ ...keys, STRIPE_SECRET_KEY: "pk_test_publishable" })).toThrow(EnvError);
    expect(() => parseEnv({ ...keys, NODE_ENV: "production", SESSION_SECRET: "x".repeat(40), STRIPE_API_HOST: "127.0.0.1" })).toThrow(
      /STRIPE_API_HOST/,
    );
  });
});
