import * as admin from "./messages/admin";
import * as auth from "./messages/auth";
import * as common from "./messages/common";
import * as companies from "./messages/companies";
import * as desks from "./messages/desks";
import * as directory from "./messages/directory";
import * as membershipPages from "./messages/membership-pages";
import * as memberships from "./messages/memberships";
import * as plans from "./messages/plans";
import * as presence from "./messages/presence";
import * as events from "./messages/events";
import * as rooms from "./messages/rooms";
import * as limits from "./messages/limits";
import * as verification from "./messages/verification";
import * as requests from "./messages/requests";
import * as billing from "~/modules/billing/messages";
import type { Locale } from "./locales";

// Each domain keeps its Dutch source and English translation side by side in messages/<domain>.ts;
// the English half is typed Record<keyof typeof nl, string>, so a missing key fails the type check.
const nl = {
  ...common.nl,
  ...auth.nl,
  ...admin.nl,
  ...plans.nl,
  ...memberships.nl,
  ...membershipPages.nl,
  ...companies.nl,
  ...desks.nl,
  ...presence.nl,
  ...directory.nl,
  ...rooms.nl,
  ...events.nl,
  ...limits.nl,
  ...verification.nl,
  ...requests.nl,
  ...billing.nl,
};
const en: Record<keyof typeof nl, string> = {
  ...common.en,
  ...auth.en,
  ...admin.en,
  ...plans.en,
  ...memberships.en,
  ...membershipPages.en,
  ...companies.en,
  ...desks.en,
  ...presence.en,
  ...directory.en,
  ...rooms.en,
  ...events.en,
  ...limits.en,
  ...verification.en,
  ...requests.en,
  ...billing.en,
};

export type MessageKey = keyof typeof nl;
export const dictionaries: Record<Locale, Record<MessageKey, string>> = { nl, en };

export type Vars = Record<string, string | number>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(nl, key);
}

/**
 * Looks a key up in the locale's dictionary, falling back to Dutch, and fills {placeholders}.
 * Strings that are not keys (zod messages are keys, but a stray one may not be) become the
 * generic "invalid" message rather than leaking English library text.
 */
export function translate(locale: Locale, key: string, vars?: Vars): string {
  const template = isMessageKey(key)
    ? (dictionaries[locale][key] ?? dictionaries.nl[key])
    : dictionaries[locale]["errors.invalid"];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

export type Translate = (key: MessageKey | (string & {}), vars?: Vars) => string;

export function translator(locale: Locale): Translate {
  return (key, vars) => translate(locale, key, vars);
}
