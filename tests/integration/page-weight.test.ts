import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pageModules, readManifest, staticUrls } from "../../bench/lib/page-weight.js";
import { translate } from "~/modules/i18n";

/**
 * What a browser downloads, read off the production build (`npm test` builds before the
 * integration tests; alone, build first). The figures are gzip, as the server sends them.
 */
const root = path.resolve(__dirname, "../..");
const manifest = readManifest(root);

// The member start page's budget is checked on a rendered page (public-page-cache.test.ts): its
// words depend on what it renders.
describe("JavaScript per page", () => {
  it("ships no dictionary in a browser chunk: the words come per language from /i18n", () => {
    // Long sentences of both languages, which only a dictionary would contain.
    const sentences = [translate("nl", "login.intro"), translate("en", "login.intro")].map((s) => JSON.stringify(s));
    const chunks = fs.readdirSync(path.join(root, "public", "build"), { recursive: true, encoding: "utf8" });
    const found = chunks
      .filter((file) => file.endsWith(".js"))
      .filter((file) => {
        const text = fs.readFileSync(path.join(root, "public", "build", file), "utf8");
        return sentences.some((s) => text.includes(s));
      });
    expect(found).toEqual([]);
  });
});

describe("FullCalendar", () => {
  // The build's own record of which source went into which output.
  const metafile = JSON.parse(fs.readFileSync(path.join(root, "build", "metafile.js.json"), "utf8")) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }>; imports: { path: string; kind: string }[] }>;
  };
  const calendarChunks = Object.entries(metafile.outputs)
    .filter(
      ([file, out]) =>
        file.endsWith(".js") && Object.entries(out.inputs).some(([i, v]) => /@fullcalendar\/.*\.js$/.test(i) && v.bytesInOutput > 0),
    )
    .map(([file]) => `/${path.relative(path.join(root, "public"), path.join(root, file))}`);

  it("is in a chunk of its own, loaded on demand by the calendar page only", () => {
    expect(calendarChunks).toHaveLength(1);
    const importers = Object.entries(metafile.outputs)
      .filter(([, out]) => out.imports.some((i) => calendarChunks.includes(`/${path.relative("public", i.path)}`)))
      .map(([file, out]) => ({
        file,
        kinds: out.imports.filter((i) => calendarChunks.includes(`/${path.relative("public", i.path)}`)).map((i) => i.kind),
      }));
    expect(importers).toEqual([{ file: expect.stringMatching(/^public\/build\/routes\/calendar-/), kinds: ["dynamic-import"] }]);
  });

  it("is not loaded by any page on its first visit", () => {
    const urls = staticUrls(manifest);
    expect(urls).toContain("/calendar");
    for (const url of urls) {
      const loaded = [...pageModules(manifest, url)];
      expect(
        loaded.filter((file) => calendarChunks.includes(file)),
        url,
      ).toEqual([]);
    }
  });
});
