// What other modules and routes may use of auth on the server (with everything in index.ts).
export { addRole, countPeople, grantRole, listPeople, removeRole, rolesOf } from "./access.server";
export {
  changePassword,
  claimAccount,
  confirmEmailChange,
  findUserByEmail,
  getUser,
  insertUser,
  isResetTokenUsable,
  logIn,
  markEmailVerified,
  replacePasswordOfProvenAddress,
  requestEmailChange,
  requestPasswordReset,
  resendVerificationLink,
  resetPassword,
  setLocale,
  signUp,
  updateProfile,
  verificationLinkOwner,
  verifyEmail,
} from "./accounts.server";
export { hashPassword } from "./password-hash.server";
export {
  deleteExpiredSessions,
  endSession,
  hasSessionCookie,
  readSession,
  requireRole,
  requireUser,
  requireVerifiedUser,
  requireWerkplaats,
  safeRedirect,
  startSession,
} from "./session.server";
export { hashToken, newToken } from "./tokens.server";
export * from "./index";
