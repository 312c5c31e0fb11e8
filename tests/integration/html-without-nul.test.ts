import { createElement } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { PassThrough, type Transform } from "node:stream";
import { describe, expect, it } from "vitest";
import { withoutNulBytes } from "~/server/without-nul-bytes.server";

/** Renders paragraphs through React's streaming renderer into `sink`, returning the bytes. */
function render(paragraphs: string[], sink: Transform): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    sink.on("data", (c: Buffer) => chunks.push(c));
    sink.on("end", () => resolve(Buffer.concat(chunks)));
    const { pipe } = renderToPipeableStream(
      createElement("div", null, ...paragraphs.map((text, i) => createElement("p", { key: i }, text))),
      { onAllReady: () => pipe(sink), onShellError: reject },
    );
  });
}

// Short Dutch texts with curly quotes (3 bytes in UTF-8), so that sooner or later one of them
// straddles the end of React's 2 KB buffer at every possible offset.
const paragraphs = Array.from({ length: 400 }, (_, i) => `${"a".repeat(i % 7)}’t Hooft – café ‘${i}’ ${"’".repeat(i % 11)}`);

describe("HTML reaches the browser without NUL bytes", () => {
  it("React 18's streaming renderer pads its buffers with NULs around multi-byte characters (the cause)", async () => {
    const raw = await render(paragraphs, new PassThrough());
    expect(raw.includes(0)).toBe(true);
  });

  it("the stream our pages go through drops them and keeps the text intact", async () => {
    const html = (await render(paragraphs, withoutNulBytes())).toString("utf8");
    expect(html).not.toContain("\u0000");
    expect(html).not.toContain("\uFFFD");
    for (const text of paragraphs) expect(html).toContain(text);
  });
});
