import { createCookie } from "@remix-run/node";
import { env, sessionSecret } from "~/utils/env.server";

const base = {
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  secure: env().NODE_ENV === "production",
  secrets: [sessionSecret()],
};

/** A guest's language choice (logged-in users keep theirs on their account). */
export const localeCookie = createCookie("werkplaats_lang", { ...base, maxAge: 365 * 86400 });

/** Which werkplaats the visitor is looking at, for people who belong to more than one. */
export const werkplaatsCookie = createCookie("werkplaats_choice", { ...base, maxAge: 365 * 86400 });
