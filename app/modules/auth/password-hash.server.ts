import { hash, verify } from "@node-rs/argon2";
import { env, type Env } from "~/utils/env.server";
import { invalid } from "~/utils/errors";
import { isCommonPassword } from "./password-blocklist.server";

// argon2id (the library's default algorithm) with OWASP's recommended minimum:
// 19 MiB memory, 2 iterations, 1 lane.
const owaspMinimum = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
// For test servers only (TEST_FAST_PASSWORD_HASHING, refused in production): a hash in about a
// millisecond instead of tens, so a loaded CI machine does not spend the browser tests hashing.
const testOnly = { memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

/** The argon2 parameters new hashes get; a hash keeps its own, so verifying works across both. */
export function hashOptions(settings: Pick<Env, "NODE_ENV" | "TEST_FAST_PASSWORD_HASHING"> = env()) {
  return settings.TEST_FAST_PASSWORD_HASHING === "true" && settings.NODE_ENV !== "production" ? testOnly : owaspMinimum;
}

/**
 * Every password we store is hashed here, so this is where the blocklist holds: a common or
 * breached password never gets a hash, whichever form (sign-up, reset, change, invitation,
 * set-up) it came through. The 400 lands on the form's password field.
 */
export async function hashPassword(password: string): Promise<string> {
  if (isCommonPassword(password)) throw invalid("password.common", undefined, "password");
  return hash(password, hashOptions());
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the email is unknown makes both answers take as long.
let dummy: Promise<string> | undefined;
export async function burnVerifyTime(password: string) {
  dummy ??= hashPassword("not-a-real-password-for-timing");
  await verifyPassword(await dummy, password);
}
