import { strToU8, Zip, ZipDeflate } from "fflate";
import type { InvoiceDocument } from "../document";
import { ublFile } from "../invoice-lists.server";

/** Documents written per pull: enough to keep the deflater busy, few enough to let other requests in between. */
const PER_PULL = 25;

/**
 * The period's UBL files as a ZIP that is written while it is sent: each pull writes a few
 * documents and hands their compressed bytes on, so a year of a werkplaats (thousands of files,
 * tens of megabytes of XML) never sits in memory at once and the server keeps answering others.
 */
export function ublZipStream(documents: InvoiceDocument[]): ReadableStream<Uint8Array> {
  let next = 0;
  let zip: Zip;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    pull() {
      for (const document of documents.slice(next, next + PER_PULL)) {
        const file = ublFile(document);
        const entry = new ZipDeflate(file.filename, { level: 6 });
        zip.add(entry);
        entry.push(strToU8(file.body), true);
      }
      next += PER_PULL;
      if (next >= documents.length) zip.end();
    },
  });
}
