import { describe, expect, it } from "vitest";
import { hashOptions, hashPassword, verifyPassword } from "~/modules/auth/password-hash.server";
import { parseEnv } from "~/utils/env.server";

describe("password hashing parameters", () => {
  it("are OWASP's argon2id minimum unless a test server asks for cheap ones", async () => {
    const owasp = { memoryCost: 19456, timeCost: 2, parallelism: 1 };
    expect(hashOptions(parseEnv({}))).toEqual(owasp);
    expect(hashOptions(parseEnv({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(32) }))).toEqual(owasp);
    expect(hashOptions(parseEnv({ NODE_ENV: "test", TEST_FAST_PASSWORD_HASHING: "false" }))).toEqual(owasp);
    // This process has no TEST_FAST_PASSWORD_HASHING: the stored hash names the parameters.
    const stored = await hashPassword("een lange zin voor de test");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("are cheaper for a test server, and such hashes still verify", async () => {
    const cheap = hashOptions(parseEnv({ NODE_ENV: "test", TEST_FAST_PASSWORD_HASHING: "true" }));
    expect(cheap.memoryCost).toBeLessThan(19456);
    const { hash } = await import("@node-rs/argon2");
    expect(await verifyPassword(await hash("een lange zin voor de test", cheap), "een lange zin voor de test")).toBe(true);
  });

  it("cannot be weakened in production, whatever the environment says", () => {
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(32), TEST_FAST_PASSWORD_HASHING: "true" })).toThrow(
      /TEST_FAST_PASSWORD_HASHING/,
    );
    expect(hashOptions({ NODE_ENV: "production", TEST_FAST_PASSWORD_HASHING: "true" }).memoryCost).toBe(19456);
  });
});
