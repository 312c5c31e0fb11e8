import { expertHoursValue } from "~/modules/workshop/index.server";
import { costRows, inKindRows, ledgerRows, subsidyRows } from "./economics.server";
import { coworkingKinds, type DrillFigure, incomeGroups, type IncomeGroup } from "./economics-rules";
import type { DrillRow } from "./drill-row";
import type { Period } from "./period";

const isGroup = (figure: string): figure is IncomeGroup => figure in incomeGroups;

/** Which location cost rows a cost figure sums, as `economicsOf` splits them; null for other figures. */
function costKindOf(figure: DrillFigure): ((kind: string) => boolean) | null {
  if (figure === "locationCosts") return (kind) => kind !== "workshop";
  if (figure === "workshopCosts") return (kind) => kind === "workshop";
  if (figure === "allCosts") return () => true;
  if (figure.startsWith("cost_")) return (kind) => kind === figure.slice("cost_".length);
  return null;
}

/**
 * The rows an economics figure sums, from the same queries `economicsOf` sums: the tests check
 * that the rows of every figure add up to it exactly.
 */
export async function economicsRows(werkplaatsId: string, period: Period, figure: DrillFigure): Promise<DrillRow[]> {
  if (figure === "coworking" || figure === "sponsorshipCash" || isGroup(figure)) {
    const kinds = figure === "coworking" ? coworkingKinds : figure === "sponsorshipCash" ? ["sponsorship"] : [...incomeGroups[figure]];
    const rows = await ledgerRows(werkplaatsId, period, kinds);
    return rows.map((r, i) => ({
      key: `${r.invoiceId}-${i}`,
      date: r.issueDate ?? "",
      document: r.number,
      href: `/invoices/${r.invoiceId}`,
      who: { name: r.party },
      what: r.description,
      amountCents: r.netCents,
    }));
  }
  if (figure === "coverage" || figure === "leftForWorkshop") {
    // Income in, location costs out: the rows add up to what is left, and income over costs is the coverage.
    const [income, costs] = await Promise.all([
      economicsRows(werkplaatsId, period, "coworking"),
      economicsRows(werkplaatsId, period, "locationCosts"),
    ]);
    return [...income, ...costs.map((c) => ({ ...c, amountCents: -c.amountCents }))];
  }
  const costKind = costKindOf(figure);
  if (costKind) {
    const rows = (await costRows(werkplaatsId, period)).filter((c) => costKind(c.kind));
    return rows.map((c) => ({
      key: c.id,
      date: c.month,
      document: null,
      href: null,
      who: { costKind: c.kind },
      what: c.note,
      amountCents: c.amountCents,
    }));
  }
  if (figure === "sponsorshipInKind") {
    const [rows, experts] = await Promise.all([
      inKindRows(werkplaatsId, period),
      expertHoursValue(werkplaatsId, { start: period.from, end: period.to }),
    ]);
    const gifts: DrillRow[] = rows.map((c) => ({
      key: c.id,
      date: c.givenOn,
      document: null,
      href: null,
      who: { name: c.partner },
      what: c.description,
      amountCents: c.valueCents,
    }));
    if (experts.minutes === 0) return gifts;
    // Expert hours are the workshop's figure: one row, opened further on the expert pool page.
    return [
      ...gifts,
      {
        key: "expert-hours",
        date: period.to,
        document: null,
        href: "/admin/experts",
        who: { experts: true },
        what: String(experts.minutes),
        amountCents: experts.valueCents,
      },
    ];
  }
  const rows = await subsidyRows(werkplaatsId, period);
  return rows.map((s) => ({
    key: s.id,
    date: s.startsOn,
    document: null,
    href: null,
    who: { subsidySource: s.source },
    what: s.name,
    amountCents: s.shareCents,
  }));
}
