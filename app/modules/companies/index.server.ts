// What other modules and routes may use of companies on the server (with everything in index.ts).
export {
  companyOf,
  companyOptions,
  createCompany,
  leaveCompany,
  removeTeamMember,
  requireCompanyRole,
  teamOf,
  updateCompany,
} from "./companies.server";
export * from "./index";
