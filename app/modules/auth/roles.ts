import { roleValues } from "#db/schema/enums";

/** The roles a user can hold in a werkplaats (also the PostgreSQL enum, see db/schema/roles.ts). */
export { roleValues };
export type Role = (typeof roleValues)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roleValues as readonly string[]).includes(value);
}

export function hasAnyRole(held: readonly Role[], wanted: readonly Role[]) {
  return wanted.some((r) => held.includes(r));
}
