import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sourcesHash } from "../../scripts/sources-hash.js";

/** `npm start` rebuilds only when this hash changes: it must see every source change and nothing else. */
describe("the build's sources hash", () => {
  let root: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "sources-hash-"));
    write("app/root.tsx", "export default 1;");
    write("db/schema/index.ts", "export {};");
    write("public/favicon.svg", "<svg/>");
    write("package-lock.json", "{}");
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("is the same for the same sources, also when only modification times change", () => {
    const before = sourcesHash(root);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, "app/root.tsx"), later, later);
    expect(sourcesHash(root)).toBe(before);
  });

  it("changes with a source's content, a new source, the lock file or a public asset", () => {
    const seen = new Set([sourcesHash(root)]);
    write("app/root.tsx", "export default 2;");
    seen.add(sourcesHash(root));
    write("app/routes/new.tsx", "export default 3;");
    seen.add(sourcesHash(root));
    write("package-lock.json", '{"lockfileVersion":3}');
    seen.add(sourcesHash(root));
    write("public/favicon.svg", "<svg></svg>");
    seen.add(sourcesHash(root));
    expect(seen.size).toBe(5);
  });

  it("ignores the build's own output in public/build", () => {
    const before = sourcesHash(root);
    write("public/build/root-ABC.js", "built");
    expect(sourcesHash(root)).toBe(before);
  });
});
