import { invalid } from "~/utils/errors";
import { parseCamt053 } from "./camt053";
import { parseMt940 } from "./mt940";
import type { BankStatement } from "./statement";

/**
 * An uploaded statement file, whichever of the two formats Dutch banks export: XML is read as
 * CAMT.053, text with SWIFT :20: fields as MT940, anything else is refused with a Dutch message.
 */
export function parseStatementFile(text: string): BankStatement[] {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("<")) return parseCamt053(start);
  if (/^(\{1:[^}]*\})?(\{2:[^}]*\})?(\{4:)?\s*:20:/.test(start) || /^:940:/.test(start) || /\n:20:/.test(start.slice(0, 400))) {
    return parseMt940(start);
  }
  throw invalid("payments.statement.unknownFormat");
}
