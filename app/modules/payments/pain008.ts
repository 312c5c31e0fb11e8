import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { isIsoDate, type IsoDate } from "~/utils/calendar";
import { invalid } from "~/utils/errors";
import { centsToDecimal } from "~/utils/money";
import { isCreditorId } from "~/modules/companies";
import { isIban, normaliseIban } from "./iban";

/**
 * A SEPA direct debit batch (pain.008.001.02, the version Dutch banks take for SEPA Incasso
 * Core) for the werkplaats to upload at its own bank. First and recurring collections go in
 * separate payment infos, as the scheme requires; each carries its count and control sum, as
 * does the whole file. Text fields are cut to the SEPA character set and lengths, because a
 * bank refuses the whole file for one "é" or one name too long.
 */

export type SequenceType = "FRST" | "RCUR";

export type Mandate = {
  /** The mandate reference (kenmerk machtiging), unique per creditor. */
  id: string;
  signedOn: IsoDate;
  debtorName: string;
  iban: string;
  bic: string | null;
  /** FRST for the first collection under a mandate, RCUR after it. */
  sequence: SequenceType;
};

export type Collection = {
  mandateId: string;
  invoiceNumber: string;
  amountCents: number;
  /** Comes back on the statement (and with a storno) to find the invoice again. */
  endToEndId: string;
};

export type DirectDebitBatch = {
  /** Unique per file: the bank refuses a message id it has seen. */
  messageId: string;
  createdAt: Date;
  collectionDate: IsoDate;
  creditor: { name: string; iban: string; bic: string | null; creditorId: string };
  mandates: readonly Mandate[];
  collections: readonly Collection[];
};

const NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02";

/** The SEPA Latin subset: letters, digits, space and / - ? : ( ) . , ' +; accents are dropped, other signs become spaces. */
export function sepaText(value: string, maxLength: number): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, "+")
    .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, maxLength)
    .trim();
}

export function directDebitFile(batch: DirectDebitBatch): string {
  const creditorId = batch.creditor.creditorId.replace(/\s/g, "").toUpperCase();
  if (!isCreditorId(creditorId)) throw invalid("payments.directDebit.creditorId", { creditorId: batch.creditor.creditorId });
  const creditorIban = normaliseIban(batch.creditor.iban);
  if (!isIban(creditorIban)) throw invalid("payments.iban.invalid", { iban: batch.creditor.iban });
  if (!isIsoDate(batch.collectionDate)) throw new Error(`not a collection date: ${batch.collectionDate}`);
  if (batch.collections.length === 0) throw invalid("payments.directDebit.noCollections");

  const mandates = new Map(batch.mandates.map((m) => [m.id, m]));
  const seen = new Set<string>();
  const rows = batch.collections.map((c) => {
    const mandate = mandates.get(c.mandateId);
    if (!mandate) throw invalid("payments.directDebit.mandateUnknown", { invoice: c.invoiceNumber, mandate: c.mandateId });
    const iban = normaliseIban(mandate.iban);
    if (!isIban(iban)) throw invalid("payments.directDebit.mandateIban", { mandate: mandate.id });
    if (!Number.isSafeInteger(c.amountCents) || c.amountCents <= 0)
      throw invalid("payments.directDebit.amount", { invoice: c.invoiceNumber });
    const endToEndId = sepaText(c.endToEndId, 35);
    if (endToEndId !== c.endToEndId || seen.has(endToEndId)) throw invalid("payments.directDebit.endToEndId", { invoice: c.invoiceNumber });
    seen.add(endToEndId);
    return { collection: c, mandate, iban };
  });

  const total = (list: typeof rows) => centsToDecimal(list.reduce((sum, r) => sum + r.collection.amountCents, 0));
  const doc = create({ version: "1.0", encoding: "UTF-8" }).ele(NAMESPACE, "Document").ele("CstmrDrctDbtInitn");
  const header = doc.ele("GrpHdr");
  header.ele("MsgId").txt(sepaText(batch.messageId, 35));
  header.ele("CreDtTm").txt(batch.createdAt.toISOString().slice(0, 19));
  header.ele("NbOfTxs").txt(String(rows.length));
  header.ele("CtrlSum").txt(total(rows));
  header.ele("InitgPty").ele("Nm").txt(sepaText(batch.creditor.name, 70));

  for (const sequence of ["FRST", "RCUR"] as const) {
    const group = rows.filter((r) => r.mandate.sequence === sequence);
    if (group.length === 0) continue;
    const info = doc.ele("PmtInf");
    info.ele("PmtInfId").txt(sepaText(`${batch.messageId}-${sequence}`, 35));
    info.ele("PmtMtd").txt("DD");
    info.ele("BtchBookg").txt("true");
    info.ele("NbOfTxs").txt(String(group.length));
    info.ele("CtrlSum").txt(total(group));
    const type = info.ele("PmtTpInf");
    type.ele("SvcLvl").ele("Cd").txt("SEPA");
    type.ele("LclInstrm").ele("Cd").txt("CORE");
    type.ele("SeqTp").txt(sequence);
    info.ele("ReqdColltnDt").txt(batch.collectionDate);
    info.ele("Cdtr").ele("Nm").txt(sepaText(batch.creditor.name, 70));
    info.ele("CdtrAcct").ele("Id").ele("IBAN").txt(creditorIban);
    agent(info.ele("CdtrAgt"), batch.creditor.bic);
    info.ele("ChrgBr").txt("SLEV");
    const scheme = info.ele("CdtrSchmeId").ele("Id").ele("PrvtId").ele("Othr");
    scheme.ele("Id").txt(creditorId);
    scheme.ele("SchmeNm").ele("Prtry").txt("SEPA");

    for (const { collection, mandate, iban } of group) {
      const tx = info.ele("DrctDbtTxInf");
      tx.ele("PmtId").ele("EndToEndId").txt(collection.endToEndId);
      tx.ele("InstdAmt", { Ccy: "EUR" }).txt(centsToDecimal(collection.amountCents));
      const mandateInfo = tx.ele("DrctDbtTx").ele("MndtRltdInf");
      mandateInfo.ele("MndtId").txt(sepaText(mandate.id, 35));
      mandateInfo.ele("DtOfSgntr").txt(mandate.signedOn);
      agent(tx.ele("DbtrAgt"), mandate.bic);
      tx.ele("Dbtr").ele("Nm").txt(sepaText(mandate.debtorName, 70));
      tx.ele("DbtrAcct").ele("Id").ele("IBAN").txt(iban);
      tx.ele("RmtInf").ele("Ustrd").txt(sepaText(collection.invoiceNumber, 140));
    }
  }
  return doc.end({ prettyPrint: true });
}

/** A bank by its BIC, or "NOTPROVIDED" where the IBAN alone suffices (SEPA since 2016). */
function agent(parent: XMLBuilder, bic: string | null) {
  const institution = parent.ele("FinInstnId");
  if (bic) institution.ele("BIC").txt(bic.replace(/\s/g, "").toUpperCase());
  else institution.ele("Othr").ele("Id").txt("NOTPROVIDED");
}
