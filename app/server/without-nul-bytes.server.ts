import { Transform } from "node:stream";

/**
 * The HTML stream minus NUL bytes. React 18's streaming renderer (react-dom/server, 18.3.1)
 * copies text into 2 KB buffers with TextEncoder.encodeInto; when a multi-byte character (’, é,
 * €) does not fit at the end of a buffer, encodeInto stops short and React still sends the
 * whole buffer, so the unfilled bytes at its end (zeros) reach the browser as invisible NULs.
 * Fixed in React 19, which we do not use yet. NUL never belongs in our HTML (we refuse it in
 * input) and never occurs inside a UTF-8 multi-byte sequence, so dropping every 0x00 byte
 * gives exactly the page React meant to send.
 */
export function withoutNulBytes() {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, chunk.includes(0) ? chunk.filter((byte) => byte !== 0) : chunk);
    },
  });
}
