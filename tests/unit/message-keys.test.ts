import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isMessageKey } from "~/modules/i18n";
import { planFacts, planKinds } from "~/modules/plans/plans";
import { effectiveStatuses } from "~/modules/memberships/memberships";

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

// A module's words: messages.ts, or <part>-messages.ts where one file would grow too long.
function isMessagesFile(file: string) {
  return /(^|-)messages\.ts$/.test(path.basename(file));
}

const messagesFiles = filesUnder("app/modules").filter(isMessagesFile);
const sourceFiles = filesUnder("app").filter((p) => /\.(ts|tsx)$/.test(p) && !isMessagesFile(p));

// Rule failures and page texts name dictionary keys as plain strings, which the type checker
// cannot follow (t() also accepts any string). A key missing from the dictionary would show the
// generic "invalid" message instead of the real one; this finds them.
const patterns = [
  /\b(?:invalid|conflict|notFound|forbidden|tooMany|pageTitle)\(\s*"([^"]+)"/g,
  /new DomainError\(\d+,\s*"([^"]+)"/g,
  /\bkey:\s*"([^"]*\.[^"]+)"/g,
  /\bt\(\s*"([^"]+)"/g,
  /\btemplate:\s*"([^"]+)"/g,
  /\b(?:error|message): "([a-z]+\.[\w.]+)"/g,
  /\blabel: "([a-z]+\.[\w.]+)"/g,
  /\bv\("([a-z]+\.[\w.]+)"/g,
  /"(mail\.[a-zA-Z]+)"/g,
];

describe("message keys", () => {
  it("are defined once: no two domain files claim the same key (a later spread would win silently)", async () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of messagesFiles) {
      const messages = (await import(path.resolve(file))) as { nl: Record<string, string> };
      for (const key of Object.keys(messages.nl)) {
        if (owner.has(key)) clashes.push(`${key}: ${owner.get(key)} and ${file}`);
        else owner.set(key, file);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("are all in the dictionary: every module's messages file is merged into it", async () => {
    expect(messagesFiles).toContain(path.join("app", "modules", "i18n", "common-messages.ts"));
    const unmerged: string[] = [];
    for (const file of messagesFiles) {
      const messages = (await import(path.resolve(file))) as { nl: Record<string, string> };
      unmerged.push(
        ...Object.keys(messages.nl)
          .filter((key) => !isMessageKey(key))
          .map((key) => `${file}: ${key}`),
      );
    }
    expect(unmerged).toEqual([]);
  });

  it("every key named in the code exists in the dictionary", () => {
    const missing: string[] = [];
    for (const file of sourceFiles) {
      const text = fs.readFileSync(file, "utf8");
      for (const re of patterns) {
        for (const m of text.matchAll(re)) {
          const key = m[1]!;
          const full =
            key.startsWith("mail.") && !key.endsWith(".subject") && !key.endsWith(".body") ? [`${key}.subject`, `${key}.body`] : [key];
          for (const k of full) if (!isMessageKey(k)) missing.push(`${path.relative(".", file)}: ${k}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("has a name for every plan kind and membership status, and every fact a plan can list", () => {
    for (const kind of planKinds) {
      expect(isMessageKey(`plan.kind.${kind}`), kind).toBe(true);
      const facts = planFacts({
        kind,
        includedRoomMinutes: 90,
        accessDaysPerWeek: 2,
        stripDays: 10,
        stripValidityMonths: 3,
        minimumTermMonths: 1,
        noticePeriodMonths: 1,
        depositCents: 100,
      });
      for (const f of facts) expect(isMessageKey(f.key), f.key).toBe(true);
    }
    for (const s of effectiveStatuses) expect(isMessageKey(`membership.status.${s}`), s).toBe(true);
    for (const k of ["past", "tooFarAhead"]) expect(isMessageKey(`reservation.errors.${k}`)).toBe(true);
  });
});
