/**
 * Password policy after NIST SP 800-63B: length matters, composition rules do not.
 * At least 10 characters, at most 128, not a well-known password, not the email address,
 * and not one or two characters repeated.
 */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

// The most used passwords that are 10+ characters long (from public breach top lists),
// plus the obvious local ones.
const COMMON = new Set([
  "1234567890", "0123456789", "12345678910", "qwertyuiop", "1q2w3e4r5t", "qwerty1234", "password12",
  "password123", "password1234", "iloveyou12", "1qaz2wsx3edc", "qazwsxedc123", "abcdefghij",
  "0987654321", "1111111111", "welkom1234", "welkom12345", "wachtwoord", "wachtwoord1", "wachtwoord12",
  "wachtwoord123", "werkplaats", "werkplaats1", "werkplaats123", "changeme123", "letmein1234",
  "administrator", "passw0rd123", "zaq12wsxcde", "football123", "sunshine123", "princess123",
]);

export type PasswordProblem =
  | "password.tooShort"
  | "password.tooLong"
  | "password.common"
  | "password.containsEmail"
  | "password.repeated";

export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN) return "password.tooShort";
  if (password.length > PASSWORD_MAX) return "password.tooLong";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "password.common";
  if (new Set(lower).size < 4) return "password.repeated";
  const local = email?.toLowerCase().split("@")[0];
  if (email && (lower.includes(email.toLowerCase()) || (local && local.length >= 4 && lower.includes(local)))) {
    return "password.containsEmail";
  }
  return null;
}
