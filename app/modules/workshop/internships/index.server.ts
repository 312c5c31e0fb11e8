// Stage-opdrachten on the server: made from intakes, claimed by teachers, paid what the SME wants on delivery.
export {
  assignmentsFor,
  claimAssignment,
  createAssignment,
  deliverAssignment,
  internshipCandidates,
  listAssignments,
  waiveFee,
} from "./internships.server";
export * from "./index";
