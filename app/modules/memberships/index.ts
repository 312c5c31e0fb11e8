// What the browser and the server may use of memberships: client-safe code only, never a .server file.
export { type EffectiveStatus, effectiveStatuses, statusTone, stripBalance } from "./memberships";
export {
  applySchema,
  cancelPreviewSchema,
  manageMembershipSchema,
  memberActionSchema,
  membershipFilterSchema,
  type ApplyInput,
} from "./memberships.schema";
