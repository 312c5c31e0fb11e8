/**
 * What a team may upload as a deliverable: documents, slides, sheets, images and zipped
 * prototypes, at most 10 MB (the database checks the same bound). The type is decided by the
 * file's first bytes together with its extension, never by what the browser claims, and the
 * file is always served as a download, so an uploaded page can never run in our origin.
 */
export const MAX_DELIVERABLE_BYTES = 10 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];

const TYPES: Record<string, { magic: number[]; contentType: string }> = {
  pdf: { magic: PDF, contentType: "application/pdf" },
  docx: { magic: ZIP, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  xlsx: { magic: ZIP, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  pptx: { magic: ZIP, contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
  odt: { magic: ZIP, contentType: "application/vnd.oasis.opendocument.text" },
  ods: { magic: ZIP, contentType: "application/vnd.oasis.opendocument.spreadsheet" },
  odp: { magic: ZIP, contentType: "application/vnd.oasis.opendocument.presentation" },
  zip: { magic: ZIP, contentType: "application/zip" },
  png: { magic: PNG, contentType: "image/png" },
  jpg: { magic: JPEG, contentType: "image/jpeg" },
  jpeg: { magic: JPEG, contentType: "image/jpeg" },
};

/** The extensions offered in the file picker and named in the error. */
export const deliverableExtensions = Object.keys(TYPES);

export type DeliverableFileProblem = "empty" | "tooLarge" | "type";

/** The content type to store, or why the file is refused. */
export function judgeDeliverableFile(name: string, bytes: Uint8Array): { contentType: string } | { problem: DeliverableFileProblem } {
  if (bytes.length === 0) return { problem: "empty" };
  if (bytes.length > MAX_DELIVERABLE_BYTES) return { problem: "tooLarge" };
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase() ?? "";
  const type = TYPES[extension];
  if (!type?.magic.every((b, i) => bytes[i] === b)) return { problem: "type" };
  return { contentType: type.contentType };
}

/** A file name safe to keep and to send back: no path, no control characters, at most 120 characters. */
export function cleanFileName(name: string) {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\p{Cc}"]/gu, "").trim();
  return (cleaned || "oplevering").slice(-120);
}
