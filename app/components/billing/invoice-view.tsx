import type { BtwSubtotal, InvoiceDocument } from "~/modules/billing";
import { formatPaymentReference } from "~/modules/billing";
import { useLocale, useT } from "~/modules/i18n";
import { formatDay } from "~/utils/calendar";
import { formatMoney } from "~/utils/money";

type PageDocument = Omit<InvoiceDocument, "supplier"> & { supplier: Omit<InvoiceDocument["supplier"], "logo"> };

function PartyBlock({
  title,
  party,
}: {
  title: string;
  party: { name: string; address: InvoiceDocument["customer"]["address"]; kvk: string | null; btwId: string | null };
}) {
  const t = useT();
  return (
    <div>
      <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{title}</h2>
      <p className="mt-1 font-semibold">{party.name}</p>
      <p>{party.address.street}</p>
      <p>
        {party.address.postalCode} {party.address.city}
        {party.address.countryCode !== "NL" ? ` (${party.address.countryCode})` : ""}
      </p>
      {party.kvk ? <p className="text-sm text-slate-700">{t("billing.page.kvk", { kvk: party.kvk })}</p> : null}
      {party.btwId ? <p className="text-sm text-slate-700">{t("billing.page.btwId", { btwId: party.btwId })}</p> : null}
    </div>
  );
}

function subtotalLabel(t: ReturnType<typeof useT>, subtotal: BtwSubtotal, amount: string) {
  if (subtotal.category === "AE") return t("billing.page.reverseCharge", { amount });
  if (subtotal.category === "E") return t("billing.page.exempt", { reason: subtotal.exemptionReason ?? "", amount });
  if (subtotal.category === "Z") return t("billing.page.zero", { amount });
  return t("billing.page.btwOver", { rate: `${subtotal.percent} %`, amount });
}

/**
 * The invoice or credit note as a page: everything art. 35a Wet OB asks for, drawn from the
 * same InvoiceDocument the PDF and the UBL are made from.
 */
export function InvoiceView({ document, creditedCents }: { document: PageDocument; creditedCents: number }) {
  const t = useT();
  const locale = useLocale();
  const money = (cents: number) => formatMoney(cents, locale);
  const day = (date: string) => formatDay(date, locale);
  return (
    <article className="card space-y-6" aria-labelledby="invoice-title" style={{ borderTop: `6px solid ${document.supplier.colour}` }}>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 id="invoice-title" className="text-2xl font-bold">
            {t(`billing.kind.${document.kind}`)} {document.number}
          </h1>
          {document.corrects ? (
            <p className="text-slate-700">
              {t("billing.page.corrects", { number: document.corrects.number, date: day(document.corrects.issueDate) })}
            </p>
          ) : null}
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">{t("billing.page.issueDate")}</dt>
          <dd>{day(document.issueDate)}</dd>
          {document.kind === "invoice" ? (
            <>
              <dt className="font-semibold">{t("billing.page.dueDate")}</dt>
              <dd>{day(document.dueDate)}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t("billing.page.period")}</dt>
          <dd>{t("common.range", { from: day(document.supplyPeriod.start), to: day(document.supplyPeriod.end) })}</dd>
        </dl>
      </header>
      <div className="grid gap-6 sm:grid-cols-2">
        <PartyBlock
          title={t("billing.page.from")}
          party={{
            ...document.supplier,
            name: document.supplier.tradeName
              ? `${document.supplier.legalName} (${document.supplier.tradeName})`
              : document.supplier.legalName,
          }}
        />
        <PartyBlock title={t("billing.page.to")} party={document.customer} />
      </div>
      <div className="overflow-x-auto">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("billing.page.description")}</th>
              <th scope="col" className="text-right">
                {t("billing.page.quantity")}
              </th>
              <th scope="col" className="text-right">
                {t("billing.page.unitPrice")}
              </th>
              <th scope="col" className="text-right">
                {t("billing.page.btw")}
              </th>
              <th scope="col" className="text-right">
                {t("billing.page.net")}
              </th>
            </tr>
          </thead>
          <tbody>
            {document.lines.map((line, i) => (
              <tr key={i}>
                <td>
                  {line.description}
                  {line.period ? (
                    <span className="block text-sm text-slate-600">
                      {t("common.range", { from: day(line.period.start), to: day(line.period.end) })}
                    </span>
                  ) : null}
                </td>
                <td className="text-right tabular-nums">{line.quantity.toLocaleString(locale === "nl" ? "nl-NL" : "en-GB")}</td>
                <td className="text-right tabular-nums whitespace-nowrap">{money(line.unitCents)}</td>
                <td className="text-right whitespace-nowrap">
                  {line.btw.category === "AE"
                    ? t("billing.rate.reverse")
                    : line.btw.category === "E"
                      ? t("billing.rate.exempt")
                      : `${line.btw.percent} %`}
                </td>
                <td className="text-right tabular-nums whitespace-nowrap">{money(line.netCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="ml-auto grid max-w-md grid-cols-[1fr_auto] gap-x-6 gap-y-1">
        <dt>{t("billing.page.subtotal")}</dt>
        <dd className="text-right tabular-nums">{money(document.totals.netCents)}</dd>
        {document.btwBreakdown.map((subtotal, i) => (
          <div key={i} className="contents">
            <dt className="text-slate-700">{subtotalLabel(t, subtotal, money(subtotal.netCents))}</dt>
            <dd className="text-right tabular-nums">{money(subtotal.btwCents)}</dd>
          </div>
        ))}
        <dt>{t("billing.page.btwTotal")}</dt>
        <dd className="text-right tabular-nums">{money(document.totals.btwCents)}</dd>
        <dt className="text-lg font-bold">{t("billing.page.total")}</dt>
        <dd className="text-right text-lg font-bold tabular-nums" data-testid="invoice-total">
          {money(document.totals.grossCents)}
        </dd>
        {document.kind === "invoice" && document.totals.paidCents > 0 ? (
          <>
            <dt>{t("billing.page.paid")}</dt>
            <dd className="text-right tabular-nums">{money(-document.totals.paidCents)}</dd>
          </>
        ) : null}
        {creditedCents > 0 ? (
          <>
            <dt>{t("billing.page.credited")}</dt>
            <dd className="text-right tabular-nums">{money(-creditedCents)}</dd>
          </>
        ) : null}
        {document.kind === "invoice" ? (
          <>
            <dt className="font-semibold">{t("billing.page.due")}</dt>
            <dd className="text-right font-semibold tabular-nums" data-testid="invoice-due">
              {money(document.totals.dueCents)}
            </dd>
          </>
        ) : null}
      </dl>
      {document.notes.length > 0 ? (
        <footer className="border-t border-slate-200 pt-3 text-sm text-slate-700">
          {document.notes.map((note, i) => (
            <p key={i}>{note}</p>
          ))}
        </footer>
      ) : null}
    </article>
  );
}

/** How to pay: IBAN, name, amount, due date and the betalingskenmerk, or that nothing is due. */
export function PaymentInstructions({ document }: { document: PageDocument }) {
  const t = useT();
  const locale = useLocale();
  if (document.kind === "credit_note") return <p className="text-slate-700">{t("billing.page.creditNoteSettled")}</p>;
  if (document.totals.dueCents === 0) return <p className="font-semibold text-green-900">{t("billing.page.settled")}</p>;
  return (
    <div className="space-y-2">
      <p>
        {t("billing.page.payInstructions", {
          amount: formatMoney(document.totals.dueCents, locale),
          iban: document.supplier.iban.replace(/(.{4})(?=.)/g, "$1 "),
          name: document.supplier.legalName,
          date: formatDay(document.dueDate, locale),
        })}
      </p>
      <p>
        <span className="font-semibold">{t("billing.page.paymentReference")}: </span>
        <span className="font-mono text-lg" data-testid="payment-reference">
          {formatPaymentReference(document.paymentReference)}
        </span>
      </p>
    </div>
  );
}
