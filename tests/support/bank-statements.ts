import { centsToDecimal } from "~/utils/money";

/**
 * Bank statements written for a test, in the shapes Dutch banks export (CAMT.053.001.02 as ING
 * and Rabobank do, MT940 as ING does), so a test can pay or return exactly the invoices it made.
 */
export type TestEntry = {
  amountCents: number;
  direction?: "credit" | "debit";
  name?: string;
  iban?: string;
  remittance?: string;
  structuredReference?: string;
  endToEndId?: string;
  /** A SEPA return reason: the entry is a returned direct debit (storno). */
  returnReason?: string;
  bankReference?: string;
};

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export function camtStatement(account: string, date: string, entries: TestEntry[]): string {
  const ntry = entries.map((e, i) => {
    const dbit = e.direction === "debit" || e.returnReason !== undefined;
    const family = e.returnReason
      ? "<Cd>IDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd>"
      : `<Cd>${dbit ? "ICDT" : "RCDT"}</Cd><SubFmlyCd>ESCT</SubFmlyCd>`;
    const party =
      e.name || e.iban
        ? `<RltdPties><${dbit ? "Cdtr" : "Dbtr"}><Nm>${xmlText(e.name ?? "")}</Nm></${dbit ? "Cdtr" : "Dbtr"}>${
            e.iban ? `<${dbit ? "CdtrAcct" : "DbtrAcct"}><Id><IBAN>${e.iban}</IBAN></Id></${dbit ? "CdtrAcct" : "DbtrAcct"}>` : ""
          }</RltdPties>`
        : "";
    const remittance = e.structuredReference
      ? `<RmtInf><Strd><CdtrRefInf><Ref>${e.structuredReference}</Ref></CdtrRefInf></Strd></RmtInf>`
      : `<RmtInf><Ustrd>${xmlText(e.remittance ?? "")}</Ustrd></RmtInf>`;
    return `<Ntry><Amt Ccy="EUR">${centsToDecimal(e.amountCents)}</Amt><CdtDbtInd>${dbit ? "DBIT" : "CRDT"}</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>${date}</Dt></BookgDt><ValDt><Dt>${date}</Dt></ValDt><AcctSvcrRef>${e.bankReference ?? `T${date.replace(/-/g, "")}${i}`}</AcctSvcrRef>
<BkTxCd><Domn><Cd>PMNT</Cd><Fmly>${family}</Fmly></Domn></BkTxCd>
<NtryDtls><TxDtls>${e.endToEndId ? `<Refs><EndToEndId>${e.endToEndId}</EndToEndId></Refs>` : ""}${party}${remittance}${
      e.returnReason ? `<RtrInf><Rsn><Cd>${e.returnReason}</Cd></Rsn></RtrInf>` : ""
    }</TxDtls></NtryDtls></Ntry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>TEST-${date}</MsgId><CreDtTm>${date}T20:00:00</CreDtTm></GrpHdr>
<Stmt><Id>TEST-${account}-${date}</Id><CreDtTm>${date}T20:00:00</CreDtTm><Acct><Id><IBAN>${account}</IBAN></Id></Acct>
${ntry.join("\n")}
</Stmt></BkToCstmrStmt></Document>`;
}

/** An ING MT940 statement: :61: lines with their :86: descriptions in ING's /TAG/ form. */
export function mt940Statement(account: string, date: string, entries: TestEntry[]): string {
  const yymmdd = date.slice(2).replace(/-/g, "");
  const body = entries.flatMap((e, i) => {
    const dbit = e.direction === "debit" || e.returnReason !== undefined;
    const tags = [
      e.returnReason ? `/RTRN/${e.returnReason}/` : "",
      e.endToEndId ? `/EREF/${e.endToEndId}/` : "",
      e.name || e.iban ? `/CNTP/${e.iban ?? ""}//${e.name ?? ""}///` : "",
      e.structuredReference ? `/REMI/STRD/CUR/${e.structuredReference}/` : `/REMI/USTD//${e.remittance ?? ""}/`,
    ].join("");
    return [
      `:61:${yymmdd}${yymmdd.slice(2)}${dbit ? "D" : "C"}${centsToDecimal(e.amountCents).replace(".", ",")}N${e.returnReason ? "DDT" : "TRF"}${e.endToEndId ?? "NONREF"}//${e.bankReference ?? `${yymmdd}${i}`}`,
      `:86:${tags}`,
    ];
  });
  return [
    `{1:F01INGBNL2ABXXX0000000000}{2:I940INGBNL2AXXXN}{4:`,
    `:20:T${yymmdd}`,
    `:25:${account}EUR`,
    `:28C:00001`,
    `:60F:C${yymmdd}EUR0,00`,
    ...body,
    `:62F:C${yymmdd}EUR0,00`,
    `-}`,
  ].join("\r\n");
}
