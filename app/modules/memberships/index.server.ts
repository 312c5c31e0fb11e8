// What other modules and routes may use of memberships on the server (with everything in index.ts).
export { includedRoomMinutes, includedRoomMinutesExpression } from "./allowance.server";
export { applyForMembership, withdrawApplication } from "./applications.server";
export {
  confirmStrippenkaartHold,
  holdStrippenkaart,
  releaseStrippenkaartHold,
  type StrippenkaartHoldOutcome,
} from "./strippenkaart-holds.server";
export { cancellationView } from "./cancellation-view.server";
export { cancelMembership } from "./changes.server";
export { membersCsv, membershipsCsv } from "./export.server";
export { inForce } from "./in-force.server";
export { managementView } from "./management-view.server";
export { runManagerAction } from "./manager-actions.server";
export { revokeEndedMemberRoles } from "./member-role.server";
export { listMemberships, membershipCounts, membershipDetail, myMemberships } from "./queries.server";
export { membershipReport, mrrTrend } from "./reports.server";
export { lockMembership, membershipsInForceOn, planOn } from "./rows.server";
export * from "./index";
