// What the browser and the server may use of auth: client-safe code only, never a .server file.
export { peopleFormSchema, peopleSearchSchema } from "./access.schema";
export {
  acceptInviteSchema,
  changeEmailSchema,
  changePasswordSchema,
  forgotPasswordSchema,
  localeSchema,
  loginSchema,
  profileSchema,
  resetPasswordSchema,
  signupSchema,
} from "./auth.schema";
export { passwordProblem } from "./password";
export { type Role, roleValues } from "./roles";
