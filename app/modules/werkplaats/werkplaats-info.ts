import type { WerkplaatsRow } from "#db/schema";

/** What every page needs to know about the werkplaats it is showing. */
export type WerkplaatsInfo = Pick<
  WerkplaatsRow,
  "id" | "slug" | "name" | "street" | "postalCode" | "city" | "kvkNumber" | "btwId" | "email" | "timezone" | "defaultLocale" | "accentColor"
>;
