/** One row behind a figure: an invoice line, a month's cost, a gift in kind, a subsidy's share. */
export type DrillRow = {
  key: string;
  date: string;
  document: string | null;
  href: string | null;
  /** A name as it is, or a value the page translates (a cost kind, a subsidy source, the expert pool). */
  who: { name: string } | { costKind: string } | { subsidySource: string } | { experts: true };
  what: string;
  amountCents: number;
};
