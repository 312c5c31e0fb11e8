import { DrizzlePostgreSQLAdapter } from "@lucia-auth/adapter-drizzle";
import { Lucia, TimeSpan } from "lucia";
import { sessions, users } from "#db/schema";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";

// Lucia stays behind this module (docs/decisions/003-sessions-with-lucia.md): the rest of
// the app uses session.server.ts and never imports lucia.
const adapter = new DrizzlePostgreSQLAdapter(db, sessions, users);
const SESSION_LIFETIME = new TimeSpan(30, "d");
/** session.server.ts reads sessions itself (with the roles) and applies the same expiry. */
export const SESSION_LIFETIME_MS = SESSION_LIFETIME.milliseconds();

export const lucia = new Lucia(adapter, {
  // Sliding expiry: lucia extends a session when less than half of this is left.
  sessionExpiresIn: SESSION_LIFETIME,
  sessionCookie: {
    name: "werkplaats_session",
    attributes: { secure: env().NODE_ENV === "production", sameSite: "lax" },
  },
  getUserAttributes: (attributes) => ({
    email: attributes.email,
    name: attributes.name,
    locale: attributes.locale === "en" ? ("en" as const) : ("nl" as const),
    emailVerified: attributes.emailVerifiedAt != null,
  }),
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    UserId: string;
    DatabaseUserAttributes: { email: string; name: string; locale: string; emailVerifiedAt: Date | null };
  }
}
