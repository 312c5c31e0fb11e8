import type { Locale } from "~/modules/i18n";
import type { IsoDate } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/errors";
import { recordMoneyEvent } from "../audit.server";
import { ledgerCodesOf } from "./codes.server";
import type { ExportPeriodInput } from "./export.schema";
import { exportLines, issuedDocuments, issuedInPeriod, payoutCostsInPeriod } from "./issued.server";
import { journalBookings, journalCsv, payoutCostBookings } from "./journal";
import { defaultPeriod, periodOf, periodSlug, type ExportPeriod } from "./period";
import { btwSummary, summaryCsv } from "./summary";
import { ublZipStream } from "./ubl-zip.server";

/** The period the manager chose (validated by the schema), or this quarter when none was chosen. */
export function exportPeriod(input: ExportPeriodInput, today: IsoDate): ExportPeriod {
  if (input.period === "range") return { start: input.from!, end: input.to!, choice: "range" };
  return (input.period && periodOf(input.period)) || defaultPeriod(today);
}

/** What the export page shows: how many documents, the BTW summary, and the accounts the journal uses. */
export async function exportOverview(werkplaatsId: string, period: ExportPeriod) {
  const [issued, codes] = await Promise.all([issuedInPeriod(werkplaatsId, period), ledgerCodesOf(werkplaatsId)]);
  return {
    invoices: issued.filter((i) => i.invoice.kind === "invoice").length,
    creditNotes: issued.filter((i) => i.invoice.kind === "credit_note").length,
    summary: btwSummary(exportLines(issued)),
    codes,
  };
}

type ExportKind = "ubl" | "journal" | "summary";

/**
 * Reads the period's documents for one download and records who exported what: an empty
 * period is a clear "nothing issued" rather than an empty file the accountant wonders about.
 */
async function exported(werkplaatsId: string, actorId: string, period: ExportPeriod, kind: ExportKind) {
  const issued = await issuedInPeriod(werkplaatsId, period);
  if (issued.length === 0) throw notFound("billing.export.empty");
  await recordMoneyEvent(db, {
    werkplaatsId,
    invoiceId: null,
    actorId,
    kind: "exported",
    details: { export: kind, from: period.start, to: period.end, documents: issued.length },
  });
  return issued;
}

const fileName = (what: string, period: ExportPeriod, extension: string) => `${what}-${periodSlug(period)}.${extension}`;

/** A ZIP (streamed) of every issued document's SI-UBL file, named by its number: the same bytes as its ubl.xml download. */
export async function ublZip(werkplaatsId: string, actorId: string, period: ExportPeriod) {
  const issued = await exported(werkplaatsId, actorId, period, "ubl");
  return { filename: fileName("ubl", period, "zip"), contentType: "application/zip", body: ublZipStream(issuedDocuments(issued)) };
}

export async function journalExport(werkplaatsId: string, actorId: string, period: ExportPeriod, locale: Locale) {
  const [issued, codes, payouts] = await Promise.all([
    exported(werkplaatsId, actorId, period, "journal"),
    ledgerCodesOf(werkplaatsId),
    payoutCostsInPeriod(werkplaatsId, period),
  ]);
  // The sales bookings, then what the payment provider kept of each payout that reached the bank.
  const csv = journalCsv([...journalBookings(exportLines(issued), codes), ...payoutCostBookings(payouts, codes, locale)], locale);
  return { filename: fileName("verkoopjournaal", period, "csv"), contentType: "text/csv; charset=utf-8", body: csv };
}

export async function summaryExport(werkplaatsId: string, actorId: string, period: ExportPeriod, locale: Locale) {
  const issued = await exported(werkplaatsId, actorId, period, "summary");
  const csv = summaryCsv(btwSummary(exportLines(issued)), locale);
  return { filename: fileName("btw-overzicht", period, "csv"), contentType: "text/csv; charset=utf-8", body: csv };
}
