import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dictionaries } from "~/modules/i18n/dictionary";

/** Every literal message key in the rooms/events code exists in the dictionary (both languages by type). */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const patterns = [
  /\bt\(\s*"([a-zA-Z][\w.]+)"/g,
  /\b(?:conflict|notFound|invalid|forbidden|pageTitle)\(\s*"([a-zA-Z][\w.]+)"/g,
  /\bkey: "([a-zA-Z][\w.]+)"/g,
  /\b(?:error|message): "([a-z]+\.[\w.]+)"/g,
  /\blabel: "([a-z]+\.[\w.]+)"/g,
  /\bv\("([a-z]+\.[\w.]+)"/g,
];

describe("dictionary coverage", () => {
  it("has every key the code uses, and both halves of every mail template", () => {
    const keys = new Set(Object.keys(dictionaries.nl));
    const missing: string[] = [];
    for (const file of sources(path.resolve("app"))) {
      const text = fs.readFileSync(file, "utf8");
      for (const re of patterns) for (const m of text.matchAll(re)) if (!keys.has(m[1]!)) missing.push(`${path.relative(".", file)}: ${m[1]}`);
      for (const m of text.matchAll(/"(mail\.[a-zA-Z]+)"/g)) {
        for (const part of ["subject", "body"]) if (!keys.has(`${m[1]}.${part}`)) missing.push(`${path.relative(".", file)}: ${m[1]}.${part}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
