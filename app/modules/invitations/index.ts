// What the browser may use of invitations: the steps accepting one takes.
export { needsPassword, type InviteeStep } from "./invitee";
