import { take, tableLimiter } from "~/modules/rate-limits/index.server";
import { tooMany } from "~/utils/errors";
import { logger } from "~/utils/logger.server";

/**
 * Throttling of password checks (login and the current password on /account/password), counted
 * atomically in the database so parallel guesses cannot slip past it (decision 027).
 *
 * - Per account: the first 5 wrong passwords in a row cost nothing; after that every further
 *   wrong one makes the account wait longer (30 s, 1, 2, 4, 8, then 15 minutes at most) and
 *   allows one try per wait. A right password ends the streak. The owner is slowed down, never
 *   locked out for long.
 * - Per network (IP): 100 wrong passwords in 15 minutes across accounts, generous enough for a
 *   busy werkplaats Wi-Fi. When that is used up, people who have logged in from that network
 *   before still get in; only new combinations of network and account wait.
 */
export const THROTTLE = {
  freeAttempts: 5,
  streakHours: 24,
  delaysSeconds: [30, 60, 120, 240, 480, 900],
  perIp: { failures: 100, minutes: 15 },
  knownNetworkDays: 30,
} as const;

const HOUR = 3600;
const BIG = 1_000_000;

// Attempts in the current streak; blocked (over its points) while a delay runs.
const accountAttempts = tableLimiter({ prefix: "login:account", points: THROTTLE.freeAttempts, seconds: THROTTLE.streakHours * HOUR });
// How many delays the streak has earned so far: picks the next, longer delay.
const streakDelays = tableLimiter({ prefix: "login:delays", points: BIG, seconds: THROTTLE.streakHours * HOUR });
const networkFailures = tableLimiter({ prefix: "login:ip", points: THROTTLE.perIp.failures, seconds: THROTTLE.perIp.minutes * 60 });
// Network and account pairs that have logged in successfully.
const knownNetworks = tableLimiter({ prefix: "login:known", points: BIG, seconds: THROTTLE.knownNetworkDays * 24 * HOUR });

export function streakDelaySeconds(delaysSoFar: number): number {
  const delays = THROTTLE.delaysSeconds;
  return delays[Math.min(Math.max(delaysSoFar, 1), delays.length) - 1]!;
}

function wait(key: "login.throttled" | "login.throttledNetwork", msBeforeNext: number) {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return tooMany(key, { minutes: Math.max(1, Math.ceil(seconds / 60)) }, seconds);
}

/**
 * Runs `verify` (the expensive password hash check) only when the account and the network may
 * try now, and records the outcome. Throws a 429 DomainError with the wait otherwise.
 * Every attempt reserves its place before verifying, so 30 parallel guesses get 5 checks.
 */
export async function throttledPasswordCheck(account: string, ip: string, verify: () => Promise<boolean>): Promise<boolean> {
  const key = account.trim().toLowerCase();
  const pair = `${ip}|${key}`;
  const [delays, known] = await Promise.all([streakDelays.get(key), knownNetworks.get(pair)]);

  const countsForNetwork = !known;
  if (countsForNetwork) {
    const network = await take(networkFailures, ip);
    if (!network.allowed) {
      logger.warn("login throttled for network", { ip });
      throw wait("login.throttledNetwork", network.msBeforeNext);
    }
  }
  // Once delays have started, one try per delay: the try takes the whole budget at once.
  const inDelays = (delays?.consumedPoints ?? 0) > 0;
  const attempt = await take(accountAttempts, key, inDelays ? THROTTLE.freeAttempts : 1);
  if (!attempt.allowed) {
    if (countsForNetwork) await networkFailures.reward(ip);
    throw wait("login.throttled", attempt.msBeforeNext);
  }

  const ok = await verify();
  if (ok) {
    await Promise.all([
      accountAttempts.delete(key),
      streakDelays.delete(key),
      knownNetworks.set(pair, 1, THROTTLE.knownNetworkDays * 24 * HOUR),
      countsForNetwork ? networkFailures.reward(ip) : null,
    ]);
    return true;
  }
  if (inDelays || attempt.consumed >= THROTTLE.freeAttempts) {
    const earned = await streakDelays.penalty(key);
    const seconds = streakDelaySeconds(earned.consumedPoints);
    await accountAttempts.block(key, seconds);
    logger.warn("wrong-password streak", { delays: earned.consumedPoints, waitSeconds: seconds });
  }
  return false;
}
