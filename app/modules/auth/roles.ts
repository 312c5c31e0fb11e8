import { roleValues } from "#db/schema/enums";

/** The roles a user can hold in a werkplaats (also the PostgreSQL enum, see db/schema/roles.ts). */
export { roleValues };
export type Role = (typeof roleValues)[number];

export function hasAnyRole(held: readonly Role[], wanted: readonly Role[]) {
  return wanted.some((r) => held.includes(r));
}
