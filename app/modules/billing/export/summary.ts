import { translate, type Locale, type MessageKey } from "~/modules/i18n";
import { toCsv } from "~/utils/csv";
import { centsToInput } from "~/utils/money";
import { treatmentOf } from "./codes";
import { sign, type IssuedLine } from "./lines";

/**
 * The BTW summary for the aangifte omzetbelasting, per rubriek: 1a (21 %), 1b (9 %), 1e (0 % or
 * not taxed here), 3b (services to businesses elsewhere in the EU, BTW verlegd). Two rows carry
 * no rubriek but keep the totals equal to the invoices: exempt supplies (vrijgesteld, not in the
 * aangifte) and deposits (borg: held for the member, not turnover).
 */
export const summaryRows = ["1a", "1b", "1e", "3b", "exempt", "deposit"] as const;
export type SummaryRow = (typeof summaryRows)[number];
type SummaryAmounts = { netCents: number; btwCents: number; grossCents: number };
export type BtwSummary = { rows: ({ row: SummaryRow; inAangifte: boolean } & SummaryAmounts)[]; totals: SummaryAmounts };

const rubriekOfTreatment = { "21": "1a", "9": "1b", "0": "1e", reverse_charge: "3b", exempt: "exempt" } as const;

export function summaryRowOf(line: Pick<IssuedLine, "revenueKind" | "btwCategory" | "btwPercent">): SummaryRow {
  if (line.revenueKind === "deposit") return "deposit";
  return rubriekOfTreatment[treatmentOf(line.btwCategory, line.btwPercent)];
}

/** Sums the issued lines per rubriek, credit notes subtracted; every row is shown, also when zero. */
export function btwSummary(lines: IssuedLine[]): BtwSummary {
  const zero = (): SummaryAmounts => ({ netCents: 0, btwCents: 0, grossCents: 0 });
  const byRow = new Map<SummaryRow, SummaryAmounts>(summaryRows.map((row) => [row, zero()]));
  const totals = zero();
  for (const line of lines) {
    const net = sign(line) * line.netCents;
    const btw = sign(line) * line.btwCents;
    for (const amounts of [byRow.get(summaryRowOf(line))!, totals]) {
      amounts.netCents += net;
      amounts.btwCents += btw;
      amounts.grossCents += net + btw;
    }
  }
  return {
    rows: summaryRows.map((row) => ({ row, inAangifte: row !== "exempt" && row !== "deposit", ...byRow.get(row)! })),
    totals,
  };
}

/** The summary as CSV, one line per rubriek and a total, in the reader's language. */
export function summaryCsv(summary: BtwSummary, locale: Locale): string {
  const t = (key: MessageKey) => translate(locale, key);
  return toCsv(
    [
      t("billing.export.summary.rubriek"),
      t("billing.export.summary.description"),
      t("billing.export.summary.net"),
      t("billing.export.summary.btw"),
      t("billing.export.summary.gross"),
    ],
    [
      ...summary.rows.map((r) => [
        r.inAangifte ? r.row : "",
        t(`billing.export.summary.row.${r.row}`),
        centsToInput(r.netCents),
        centsToInput(r.btwCents),
        centsToInput(r.grossCents),
      ]),
      [
        "",
        t("billing.export.summary.total"),
        centsToInput(summary.totals.netCents),
        centsToInput(summary.totals.btwCents),
        centsToInput(summary.totals.grossCents),
      ],
    ],
  );
}
