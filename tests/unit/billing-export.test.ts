import { describe, expect, it } from "vitest";
import { btwSummary, defaultLedgerCodes, journalBookings, periodChoices, periodOf, type IssuedLine } from "~/modules/billing/export/index";
import { journalCsv } from "~/modules/billing/export/journal";
import { summaryCsv } from "~/modules/billing/export/summary";

let seq = 0;
function line(overrides: Partial<IssuedLine> = {}): IssuedLine {
  seq += 1;
  return {
    invoiceId: "inv-1",
    kind: "invoice",
    number: "WPT-2026-00001",
    issueDate: "2026-12-01",
    partyName: "Studio Noord",
    description: `Regel ${seq}`,
    revenueKind: "membership",
    btwCategory: "S",
    btwPercent: 21,
    netCents: 100_00,
    btwCents: 21_00,
    ...overrides,
  };
}
const amounts = (summary: ReturnType<typeof btwSummary>, row: string) => {
  const found = summary.rows.find((r) => r.row === row)!;
  return [found.netCents, found.btwCents];
};

describe("export periods", () => {
  it("turns a month, a quarter and a year into their first and last day", () => {
    expect(periodOf("2028-02")).toEqual({ start: "2028-02-01", end: "2028-02-29", choice: "2028-02" });
    expect(periodOf("2026-Q4")).toEqual({ start: "2026-10-01", end: "2026-12-31", choice: "2026-Q4" });
    expect(periodOf("2026-Q1")).toEqual({ start: "2026-01-01", end: "2026-03-31", choice: "2026-Q1" });
    expect(periodOf("2026")).toEqual({ start: "2026-01-01", end: "2026-12-31", choice: "2026" });
    expect(periodOf("2026-13")).toBeNull();
    expect(periodOf("2026-Q5")).toBeNull();
  });

  it("offers the recent months, quarters and years, newest first", () => {
    const choices = periodChoices("2026-01-15");
    expect(choices.months.slice(0, 3)).toEqual(["2026-01", "2025-12", "2025-11"]);
    expect(choices.quarters.slice(0, 3)).toEqual(["2026-Q1", "2025-Q4", "2025-Q3"]);
    expect(choices.years).toEqual(["2026", "2025", "2024"]);
  });
});

describe("the BTW summary per rubriek", () => {
  it("puts 21 % in 1a, 9 % in 1b, 0 % in 1e, reverse charge in 3b, and keeps exempt and deposits out of the aangifte", () => {
    const summary = btwSummary([
      line({ netCents: 100_00, btwCents: 21_00 }),
      line({ btwPercent: 9, netCents: 50_00, btwCents: 4_50, revenueKind: "ticket" }),
      line({ btwCategory: "Z", btwPercent: 0, netCents: 10_00, btwCents: 0 }),
      line({ btwCategory: "AE", btwPercent: 0, netCents: 300_00, btwCents: 0 }),
      line({ btwCategory: "E", btwPercent: 0, netCents: 40_00, btwCents: 0 }),
      line({ btwCategory: "Z", btwPercent: 0, netCents: 250_00, btwCents: 0, revenueKind: "deposit" }),
    ]);
    expect(amounts(summary, "1a")).toEqual([100_00, 21_00]);
    expect(amounts(summary, "1b")).toEqual([50_00, 4_50]);
    expect(amounts(summary, "1e")).toEqual([10_00, 0]);
    expect(amounts(summary, "3b")).toEqual([300_00, 0]);
    expect(amounts(summary, "exempt")).toEqual([40_00, 0]);
    expect(amounts(summary, "deposit")).toEqual([250_00, 0]);
    expect(summary.rows.filter((r) => r.inAangifte).map((r) => r.row)).toEqual(["1a", "1b", "1e", "3b"]);
    expect(summary.totals).toEqual({ netCents: 750_00, btwCents: 25_50, grossCents: 775_50 });
  });

  it("subtracts a credit note and takes BTW as issued, never recomputed from the net", () => {
    // 21 % of 0,33 is 0,0693: issued as 7 cents on the line; the summary must keep the 7.
    const summary = btwSummary([
      line({ netCents: 33, btwCents: 7 }),
      line({ netCents: 33, btwCents: 7 }),
      line({ kind: "credit_note", invoiceId: "cn-1", netCents: 33, btwCents: 7 }),
    ]);
    expect(amounts(summary, "1a")).toEqual([33, 7]);
    expect(summary.totals.grossCents).toBe(40);
  });

  it("writes the summary as CSV with the rubriek, amounts with a decimal comma and a total", () => {
    const csv = summaryCsv(btwSummary([line(), line({ kind: "credit_note", netCents: 10_00, btwCents: 2_10 })]), "nl");
    expect(csv).toContain("1a;Leveringen/diensten belast met 21 %;90,00;18,90;108,90");
    expect(csv).toContain(";Borg (geen omzet, niet in de aangifte);0,00;0,00;0,00");
    expect(csv).toContain(";Totaal (gelijk aan de facturenlijst);90,00;18,90;108,90");
  });
});

describe("the sales journal", () => {
  it("books an invoice's lines per ledger account and BTW code: debtors to revenue and BTW payable", () => {
    const bookings = journalBookings(
      [
        line({ description: "Flexplek december" }),
        line({ description: "Extra uren", revenueKind: "membership", netCents: 20_00, btwCents: 4_20 }),
        line({ description: "Vergaderzaal", revenueKind: "room_hours", netCents: 60_00, btwCents: 12_60 }),
      ],
      defaultLedgerCodes,
    );
    expect(bookings).toHaveLength(2);
    expect(bookings[0]).toMatchObject({
      number: "WPT-2026-00001",
      party: "Studio Noord",
      description: "Flexplek december · Extra uren",
      debtorAccount: "1300",
      account: "8000",
      btwCode: "V21",
      btwAccount: "1500",
      netCents: 120_00,
      btwCents: 25_20,
      grossCents: 145_20,
    });
    expect(bookings[1]).toMatchObject({ account: "8010", netCents: 60_00, btwCents: 12_60 });
  });

  it("books a credit note negative, reverse charge with its own code, and a deposit to the liability without a BTW code", () => {
    const bookings = journalBookings(
      [
        line({ invoiceId: "cn", kind: "credit_note", number: "WPT-2026-00009", netCents: 50_00, btwCents: 10_50 }),
        line({ invoiceId: "be", btwCategory: "AE", btwPercent: 0, netCents: 300_00, btwCents: 0, revenueKind: "one_off" }),
        line({ invoiceId: "dep", btwCategory: "Z", btwPercent: 0, netCents: 250_00, btwCents: 0, revenueKind: "deposit" }),
      ],
      { ...defaultLedgerCodes, accounts: { ...defaultLedgerCodes.accounts, deposit: "1655" } },
    );
    expect(bookings.map((b) => [b.account, b.btwCode, b.btwAccount, b.netCents, b.btwCents, b.grossCents])).toEqual([
      ["8000", "V21", "1500", -50_00, -10_50, -60_50],
      ["8090", "VERL", "1500", 300_00, 0, 300_00],
      ["1655", "", "", 250_00, 0, 250_00],
    ]);
    const csv = journalCsv(bookings, "nl");
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFDatum;Boekstuk;Soort;Relatie;Omschrijving;Debet (debiteuren);Grootboekrekening;BTW-code;BTW-rekening;Bedrag excl. BTW;BTW;Bedrag incl. BTW",
    );
    expect(csv).toContain("2026-12-01;WPT-2026-00009;Creditnota;Studio Noord;");
    expect(csv).toContain(";1300;8000;V21;1500;-50,00;-10,50;-60,50");
  });

  it("keeps a party name that looks like a formula as text", () => {
    const csv = journalCsv(journalBookings([line({ partyName: "=HYPERLINK(1)" })], defaultLedgerCodes), "nl");
    expect(csv).toContain(";'=HYPERLINK(1);");
  });
});
