/**
 * Password policy after NIST SP 800-63B: length matters, composition rules do not.
 * At least 10 characters, at most 128, not the email address, and not one or two characters
 * repeated. Common and breached passwords are refused on the server, where the blocklist
 * lives (password-blocklist.server.ts), so it never reaches the browser.
 */
const PASSWORD_MIN = 10;
const PASSWORD_MAX = 128;

export type PasswordProblem = "password.tooShort" | "password.tooLong" | "password.containsEmail" | "password.repeated";

export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN) return "password.tooShort";
  if (password.length > PASSWORD_MAX) return "password.tooLong";
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4) return "password.repeated";
  const local = email?.toLowerCase().split("@")[0];
  if (email && (lower.includes(email.toLowerCase()) || (local && local.length >= 4 && lower.includes(local)))) {
    return "password.containsEmail";
  }
  return null;
}
