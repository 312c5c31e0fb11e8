// A guest's repeat visit to the public pages: the first answer's ETag sent back as
// If-None-Match, as a browser or a shared cache does. Every answer must be 304 Not Modified,
// given before Remix matches a route or renders (decision 057).
import { run } from "../lib/load.js";

export const name = "public pages, repeat visit (304)";
export const order = 1;

const pages = ["/plans", "/events", "/events/feed.ics"];

export async function measure({ base, label }) {
  const rows = [];
  for (const page of pages) {
    const first = await fetch(`${base}${page}`);
    await first.arrayBuffer();
    const etag = first.headers.get("etag");
    if (!etag) throw new Error(`${page} answered without an ETag`);
    const result = await run({ url: `${base}${page}`, headers: { "if-none-match": etag } });
    const notModified = result.notModified;
    rows.push({
      scenario: `GET ${page} again with its ETag (guest), ${label}`,
      ...result,
      // 304 is the right answer here, not a failure: only other statuses count as non-2xx.
      non2xx: result.non2xx - notModified,
      notes: `${notModified} of ${result.total} answered 304`,
    });
  }
  return rows;
}
