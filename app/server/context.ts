import type { Role } from "~/modules/auth";
import type { Locale } from "~/modules/i18n";
import type { WerkplaatsInfo } from "~/modules/werkplaats";

/** `emailVerified`: the owner proved the address; until then the account gains nothing. */
export type SessionUser = { id: string; email: string; name: string; locale: Locale; emailVerified: boolean };

/** What the HTTP server works out once per request and hands to every loader and action. */
export type RequestContext = {
  requestId: string;
  /** CSP nonce for the inline scripts Remix renders. */
  nonce: string;
  ip: string;
  user: SessionUser | null;
  sessionId: string | null;
  /** Null only on a database without any werkplaats (before set-up). */
  werkplaats: WerkplaatsInfo | null;
  /** The user's roles in this werkplaats. */
  roles: Role[];
  /** The hackathon (event id) the user judges here and that is not yet over: their menu links to it. */
  judging: string[];
  /** The user has a place on a student team here as an expert: their menu shows "Mijn studententeams". */
  expertTeams: boolean;
  /** An invoice was sent to the user or their company here: their menu shows "Mijn facturen". */
  invoices: boolean;
  locale: Locale;
};

declare module "@remix-run/server-runtime" {
  interface AppLoadContext extends RequestContext {}
}
