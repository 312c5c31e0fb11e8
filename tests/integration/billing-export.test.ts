import { and, eq, sql } from "drizzle-orm";
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { moneyEvents } from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeBillingSettings, makeIssuedInvoice, oneOffLine } from "#db/billing-factories";
import {
  creditInvoice,
  exportOverview,
  invoiceFile,
  journalExport,
  ledgerCodesOf,
  listInvoices,
  saveLedgerCodes,
  summaryExport,
  ublZip,
  type LedgerCodesInput,
} from "~/modules/billing/index.server";
import { defaultLedgerCodes, periodOf } from "~/modules/billing/export/index";
import { isDomainError } from "~/utils/errors";
import { db } from "~/utils/db.server";
import { decimalToCents } from "~/utils/money";

const onServer = !!process.env.DATABASE_URL;
const december = periodOf("2026-12")!;
const january = periodOf("2027-01")!;
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let manager: Awaited<ReturnType<typeof makeUser>>;
const reader = () => ({ id: manager.id, roles: ["manager"] as const });
const issuedIds: string[] = [];
let lateId: string;
let newYearId: string;

const at = (iso: string) => ({ now: new Date(iso) });

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "Export Test" });
  await makeBillingSettings(werkplaats.id, { invoicePrefix: "EXP" });
  manager = await makeUser({ name: "Beheerder" });
  const noord = (await makeCompany(werkplaats.id, (await makeUser()).id, { name: "Studio Noord" })).id;
  const gent = (
    await makeCompany(werkplaats.id, (await makeUser()).id, {
      name: "Atelier Gent BV",
      btwId: "BE0477472701",
      city: "Gent",
      postalCode: "9000",
    })
  ).id;

  // November: outside the December export.
  await makeIssuedInvoice(werkplaats.id, noord, at("2026-11-30T12:00:00Z"));
  const mixed = await makeIssuedInvoice(werkplaats.id, noord, {
    ...at("2026-12-01T09:00:00Z"),
    lines: [
      oneOffLine({ description: "Flexplek december", revenueKind: "membership", unitCents: 250_00 }),
      oneOffLine({ description: "Workshop", revenueKind: "ticket", unitCents: 33_33, btw: { rate: 9 } }),
      oneOffLine({ description: "Borg flexplek", revenueKind: "deposit", unitCents: 150_00, btw: { rate: 0 } }),
      oneOffLine({
        description: "Cursus (CRKBO)",
        revenueKind: "one_off",
        unitCents: 80_00,
        btw: { rate: "exempt", reason: "art. 11 lid 1 onder o Wet OB" },
      }),
      oneOffLine({ description: "Drukwerk", revenueKind: "one_off", unitCents: 12_00, btw: { rate: 0 } }),
    ],
  });
  const reverse = await makeIssuedInvoice(werkplaats.id, gent, {
    ...at("2026-12-10T09:00:00Z"),
    lines: [oneOffLine({ unitCents: 400_00 })],
  });
  const creditNote = await creditInvoice(werkplaats.id, manager.id, reverse.id, undefined, new Date("2026-12-15T09:00:00Z"));
  // 23:30 on 31 December in Amsterdam: still December. 00:30 on 1 January there: January.
  const late = await makeIssuedInvoice(werkplaats.id, noord, at("2026-12-31T22:30:00Z"));
  const newYear = await makeIssuedInvoice(werkplaats.id, noord, at("2026-12-31T23:30:00Z"));
  issuedIds.push(mixed.id, reverse.id, creditNote.id, late.id);
  lateId = late.id;
  newYearId = newYear.id;

  // Another werkplaats's December invoice never shows up in this one's export.
  const other = await makeWerkplaats({ name: "Elders" });
  await makeBillingSettings(other.id);
  await makeIssuedInvoice(other.id, (await makeCompany(other.id, (await makeUser()).id)).id, at("2026-12-05T09:00:00Z"));
});

/** The streamed ZIP as its files, the way the browser saves it. */
const unzipped = async (file: { body: ReadableStream<Uint8Array> }) =>
  unzipSync(new Uint8Array(await new Response(file.body).arrayBuffer()));

const parseCsv = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((line) => line.split(";"));
const cents = (cell: string) => {
  const negative = cell.startsWith("-");
  const value = decimalToCents(negative ? cell.slice(1) : cell, ",")!;
  return negative ? -value : value;
};

describe(`the accountant's export on ${onServer ? "the PostgreSQL server" : "PGlite"}`, () => {
  it("zips every invoice and credit note issued in the period as its own UBL file, byte for byte the single download", async () => {
    const file = await ublZip(werkplaats.id, manager.id, december);
    expect(file.filename).toBe("ubl-2026-12.zip");
    const entries = await unzipped(file);
    const expected = await Promise.all(issuedIds.map((id) => invoiceFile(werkplaats.id, reader(), id, "ubl")));
    expect(Object.keys(entries).sort()).toEqual(expected.map((f) => f.filename).sort());
    for (const single of expected) expect(strFromU8(entries[single.filename]!)).toBe(single.body);
    expect(Object.values(entries).some((bytes) => strFromU8(bytes).includes("<CreditNote"))).toBe(true);
  });

  it("takes an invoice issued at 23:30 on 31 December in Amsterdam into December, and one at 00:30 into January", async () => {
    const decemberNumbers = Object.keys(await unzipped(await ublZip(werkplaats.id, manager.id, december)));
    const januaryNumbers = Object.keys(await unzipped(await ublZip(werkplaats.id, manager.id, january)));
    const [late, newYear] = await Promise.all([lateId, newYearId].map((id) => invoiceFile(werkplaats.id, reader(), id, "ubl")));
    expect(decemberNumbers).toContain(late!.filename);
    expect(januaryNumbers).toEqual([newYear!.filename]);
    expect(newYear!.filename).toBe("EXP-2027-00001.xml");
  });

  it("has journal totals equal to the BTW summary and to the invoice list of the same period", async () => {
    const overview = await exportOverview(werkplaats.id, december);
    expect(overview).toMatchObject({ invoices: 3, creditNotes: 1 });
    const list = await listInvoices(werkplaats.id, { from: december.start, to: december.end });
    expect(overview.summary.totals.grossCents).toBe(list.totals.grossCents);

    const journal = parseCsv((await journalExport(werkplaats.id, manager.id, december, "nl")).body);
    const rows = journal.slice(1);
    const sum = (column: number) => rows.reduce((total, row) => total + cents(row[column]!), 0);
    expect([sum(9), sum(10), sum(11)]).toEqual([
      overview.summary.totals.netCents,
      overview.summary.totals.btwCents,
      overview.summary.totals.grossCents,
    ]);

    const byRow = Object.fromEntries(overview.summary.rows.map((r) => [r.row, [r.netCents, r.btwCents]]));
    // 21 %: flexplek 250 + the late €100 invoice; 9 %: 33,33 with 3,00 BTW as issued (2,9997 rounded once).
    expect(byRow).toEqual({
      "1a": [350_00, 73_50],
      "1b": [33_33, 3_00],
      "1e": [12_00, 0],
      // The Belgian invoice is reverse charged and credited in full in the same month.
      "3b": [0, 0],
      exempt: [80_00, 0],
      deposit: [150_00, 0],
    });
    // The deposit books to the liability account without a BTW code; the credit note is negative.
    expect(rows.find((r) => r[6] === "1650")).toEqual(expect.arrayContaining(["", "150,00"]));
    expect(rows.filter((r) => r[7] === "VERL").map((r) => r[11])).toEqual(["400,00", "-400,00"]);

    const summary = parseCsv((await summaryExport(werkplaats.id, manager.id, december, "nl")).body);
    expect(summary.at(-1)!.slice(2).map(cents)).toEqual([
      overview.summary.totals.netCents,
      overview.summary.totals.btwCents,
      list.totals.grossCents,
    ]);
  });

  it("records each export as 'exported': who, which period and which kind", async () => {
    const before = await db.$count(moneyEvents, and(eq(moneyEvents.werkplaatsId, werkplaats.id), eq(moneyEvents.kind, "exported")));
    await summaryExport(werkplaats.id, manager.id, december, "en");
    const events = await db
      .select()
      .from(moneyEvents)
      .where(and(eq(moneyEvents.werkplaatsId, werkplaats.id), eq(moneyEvents.kind, "exported")))
      .orderBy(sql`${moneyEvents.at} desc`);
    expect(events).toHaveLength(before + 1);
    expect(events[0]).toMatchObject({
      actorId: manager.id,
      invoiceId: null,
      details: { export: "summary", from: "2026-12-01", to: "2026-12-31", documents: 4 },
    });
  });

  it("says clearly that nothing was issued in an empty period, and records no export", async () => {
    const before = await db.$count(moneyEvents, eq(moneyEvents.kind, "exported"));
    const march = periodOf("2026-03")!;
    // One after another: a second promise made up front could reject while the first is awaited,
    // with nothing listening yet (an unhandled rejection).
    for (const attempt of [() => ublZip(werkplaats.id, manager.id, march), () => journalExport(werkplaats.id, manager.id, march, "nl")]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(isDomainError(error) && [error.status, error.key]).toEqual([404, "billing.export.empty"]);
    }
    expect(await db.$count(moneyEvents, eq(moneyEvents.kind, "exported"))).toBe(before);
    expect((await exportOverview(werkplaats.id, march)).invoices).toBe(0);
  });

  it("books on the accounts and BTW codes the manager set; the database refuses an account that is not one", async () => {
    expect(await ledgerCodesOf(werkplaats.id)).toEqual(defaultLedgerCodes);
    const input = Object.fromEntries([
      ...Object.entries(defaultLedgerCodes.accounts).map(([k, v]) => [`account_${k}`, v]),
      ...Object.entries(defaultLedgerCodes.btwCodes).map(([k, v]) => [`btw_${k}`, v]),
    ]) as LedgerCodesInput;
    await saveLedgerCodes(werkplaats.id, { ...input, account_membership: "8100", btw_21: "HOOG_VERK_21" });
    const journal = parseCsv((await journalExport(werkplaats.id, manager.id, december, "nl")).body);
    expect(journal.find((r) => r[4] === "Flexplek december")?.slice(6, 8)).toEqual(["8100", "HOOG_VERK_21"]);
    await expect(
      db.execute(sql`update ledger_accounts set account = '8000; DROP' where werkplaats_id = ${werkplaats.id} and purpose = 'membership'`),
    ).rejects.toThrow();
  });
});
