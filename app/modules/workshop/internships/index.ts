// Stage-opdrachten, client-safe: the forms.
export { assignmentSchema, claimSchema, internshipStaffSchema, type AssignmentInput } from "./internship.schema";
