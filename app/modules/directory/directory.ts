/** Expertise tags and photos for the member directory; pure rules. */

export const MAX_TAGS = 12;
const MAX_TAG_LENGTH = 40;

/** Themes of the Digitale Werkplaatsen, offered as tag suggestions (experts are matched to trajectories on them). */
export const suggestedTags = [
  "e-commerce",
  "online marketing",
  "data",
  "automatisering",
  "cyber security",
  "circulaire economie",
  "energietransitie",
  "webdevelopment",
  "ux-design",
  "ai",
] as const;

/** "Data, AI;  webshops, data" → ["data", "ai", "webshops"]: lower case, trimmed, unique, in order. */
export function normalizeTags(input: string | undefined): string[] {
  if (!input) return [];
  const seen = new Set<string>();
  for (const raw of input.split(/[,;\n]/)) {
    const tag = raw.trim().replace(/\s+/g, " ").toLowerCase();
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/** "NL, en" → ["nl", "en"]: language codes like tags; none given means Dutch. */
export function normalizeLanguages(input: string | undefined): string[] {
  const codes = normalizeTags(input);
  return codes.length === 0 ? ["nl"] : codes;
}

export const MAX_LANGUAGES = 6;
export const languageCode = /^[a-z]{2}$/;

export function tagsProblem(tags: string[]): "tooMany" | "tooLong" | undefined {
  if (tags.length > MAX_TAGS) return "tooMany";
  if (tags.some((t) => t.length > MAX_TAG_LENGTH)) return "tooLong";
  return undefined;
}

export const MAX_PHOTO_BYTES = 300 * 1024;

/** The image type by its first bytes, not by what the browser claims. */
export function sniffImageType(bytes: Uint8Array): "image/png" | "image/jpeg" | "image/webp" | undefined {
  const b = (i: number) => bytes[i];
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return "image/png";
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return "image/jpeg";
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));
  if (bytes.length > 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  return undefined;
}

/** "Sanne Visser" → "SV"; "Fatima el Amrani" → "FA". */
export function initialsOf(name: string) {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "")).toUpperCase();
}
