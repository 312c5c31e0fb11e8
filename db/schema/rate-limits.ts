import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Counters for rate limits and login throttling, one row per key (e.g. `login:account:<email>`,
 * `limit:passwordReset:ip:<ip>`). rate-limiter-flexible updates a row with one atomic
 * INSERT … ON CONFLICT DO UPDATE … RETURNING, so parallel requests on several app instances
 * cannot count past a limit. Column names are the ones that library expects.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull(),
  // When the window (or a block) ends; the next attempt after it starts a fresh count.
  expire: timestamp("expire", { withTimezone: true }),
});
