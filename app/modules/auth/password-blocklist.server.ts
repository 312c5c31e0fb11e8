import { createRequire } from "node:module";

// The common-password list is unpacked at the first password check, not when the server starts.
const load = createRequire(import.meta.url);

/**
 * Passwords that attackers try first: the ~49,000 most common passwords from public breaches
 * (the list zxcvbn-ts ships and maintains), plus Dutch and local words that list lacks.
 * Server-only: the list is ~400 KB and must never reach a browser bundle.
 */
const DUTCH_AND_LOCAL = [
  "zomer",
  "lente",
  "herfst",
  "voorjaar",
  "najaar",
  "zomertijd",
  "wintertijd",
  "maandag",
  "dinsdag",
  "woensdag",
  "donderdag",
  "vrijdag",
  "zaterdag",
  "zondag",
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
  "welkom",
  "wachtwoord",
  "paswoord",
  "geheim",
  "inloggen",
  "prinses",
  "schat",
  "schatje",
  "lieverd",
  "zonnetje",
  "sneeuw",
  "fiets",
  "oranje",
  "psv",
  "feyenoord",
  "ajax",
  "vitesse",
  "twente",
  "nederland",
  "holland",
  "dordrecht",
  "drechtsteden",
  "werkplaats",
  "coworking",
];

let blocklist: Set<string> | undefined;
function list() {
  if (!blocklist) {
    const { dictionary } = load("@zxcvbn-ts/language-common") as typeof import("@zxcvbn-ts/language-common");
    blocklist = new Set([...dictionary["passwords-common"], ...DUTCH_AND_LOCAL]);
  }
  return blocklist;
}

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "9": "g",
  "@": "a",
  $: "s",
  "!": "i",
  "+": "t",
};
const unleet = (s: string, one = "i") => [...s].map((c) => (c === "1" ? one : (LEET[c] ?? c))).join("");

// What people add to a common word to pass composition rules: a year, a digit or two, "!".
// Only a short run is stripped, so a word followed by a long random part is not refused.
const SHORT_TAIL = /[\d\W_]{1,6}$/;
const SHORT_HEAD = /^[\d\W_]{1,4}/;

/** The forms of a password to look up: as typed, without a short tail or head, un-leetspoken. */
function passwordVariants(password: string): string[] {
  const lower = password.normalize("NFKC").toLowerCase().trim();
  const bases = new Set([lower]);
  const tailless = lower.match(/^(.*?)([\d\W_]*)$/);
  if (tailless && tailless[2]!.length <= 6) bases.add(tailless[1]!);
  for (const base of [...bases]) bases.add(base.replace(SHORT_HEAD, ""));
  const variants = new Set<string>();
  for (const base of bases) {
    for (const v of [base, unleet(base), unleet(base, "l"), base.replace(/[\s\-_.]+/g, "")]) {
      // Leetspeak may have turned a symbol tail into letters ("p@ssw0rd!" → "password" + "i").
      variants.add(v);
      variants.add(v.replace(SHORT_TAIL, ""));
    }
  }
  // Very short cores ("ab" from "ab12345678") say nothing about the password.
  return [...variants].filter((v) => v.length >= 4 || v === lower);
}

/** True when the password is, or is a lightly decorated form of, a common or breached password. */
export function isCommonPassword(password: string): boolean {
  const words = list();
  return passwordVariants(password).some((v) => words.has(v));
}
