// What other modules and routes may use of invitations: one flow per scope, over one table.
export {
  acceptInvitation,
  countOpenInvitations,
  findOpenInvitation,
  inviteToRole,
  listOpenInvitations,
  revokeInvitation,
} from "./role-invitations.server";
export {
  acceptCompanyInvitation,
  findCompanyInvitation,
  inviteColleague,
  openCompanyInvitations,
  revokeCompanyInvitation,
} from "./company-invitations.server";
export { acceptTeamInvitation, findTeamInvitation, issueTeamInvitation } from "./trajectory-invitations.server";
export * from "./index";
