import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { useLocale, useT } from "~/modules/i18n";
import { formatDay } from "~/utils/calendar";
import { formatMoney } from "~/utils/money";

export type ReceivableRow = {
  id: string;
  number: string;
  partyName: string;
  dueDate: string;
  daysPastDue: number;
  bucket: string;
  dueCents: number;
  reminders: { step: number; kind: string; sentOn: string; payBy: string | null }[];
  nextReminderOn: string | null;
  canRemind: boolean;
  collectionCostsCents: number | null;
  canChargeCosts: boolean;
};

/** The open invoices, oldest due date first, with their reminders and what the manager can do next. */
export function ReceivablesTable({ rows, totalCents, busy }: { rows: ReceivableRow[]; totalCents: number; busy: boolean }) {
  const t = useT();
  const locale = useLocale();
  return (
    <table className="data-table">
      <caption className="sr-only">{t("receivables.title")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("receivables.col.number")}</th>
          <th scope="col" className="hidden md:table-cell">
            {t("receivables.col.dueDate")}
          </th>
          <th scope="col" className="text-right">
            {t("receivables.col.due")}
          </th>
          <th scope="col" className="hidden md:table-cell">
            {t("receivables.col.reminders")}
          </th>
          <th scope="col" className="hidden lg:table-cell">
            {t("receivables.col.actions")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <Link to={`/invoices/${row.id}`} className="font-semibold whitespace-nowrap">
                {row.number}
              </Link>
              <span className="block text-sm break-words">{row.partyName}</span>
              <span className={`block text-sm ${row.daysPastDue > 0 ? "text-red-800" : "text-slate-600"}`}>
                {t(`receivables.bucket.${row.bucket}`)}
                {row.daysPastDue > 0 ? ` (${row.daysPastDue})` : ""}
              </span>
              <span className="mt-1 block text-sm text-slate-600 md:hidden">{formatDay(row.dueDate, locale)}</span>
              <div className="mt-2 md:hidden">
                <Reminders row={row} />
              </div>
              <div className="mt-2 lg:hidden">
                <Actions row={row} busy={busy} />
              </div>
            </td>
            <td className="hidden whitespace-nowrap md:table-cell">{formatDay(row.dueDate, locale)}</td>
            <td className="text-right whitespace-nowrap tabular-nums">
              {formatMoney(row.dueCents, locale)}
              {row.collectionCostsCents ? (
                <span className="block text-sm text-slate-600">
                  {t("receivables.costs", { amount: formatMoney(row.collectionCostsCents, locale) })}
                </span>
              ) : null}
            </td>
            <td className="hidden md:table-cell">
              <Reminders row={row} />
            </td>
            <td className="hidden lg:table-cell">
              <Actions row={row} busy={busy} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <th scope="row">{t("receivables.totalOpen")}</th>
          <td className="hidden md:table-cell" />
          <td className="text-right whitespace-nowrap tabular-nums">{formatMoney(totalCents, locale)}</td>
          <td className="hidden md:table-cell" />
          <td className="hidden lg:table-cell" />
        </tr>
      </tfoot>
    </table>
  );
}

function Reminders({ row }: { row: ReceivableRow }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="space-y-1 text-sm">
      {row.reminders.length === 0 ? <li className="text-slate-600">{t("receivables.noReminders")}</li> : null}
      {row.reminders.map((r) => (
        <li key={r.step}>
          {t("receivables.reminderSent", { kind: t(`receivables.reminder.${r.kind}`), date: formatDay(r.sentOn, locale, "short") })}
          {r.payBy ? <span className="block text-slate-600">{t("receivables.payBy", { date: formatDay(r.payBy, locale) })}</span> : null}
        </li>
      ))}
      {row.nextReminderOn ? (
        <li className="text-slate-600">{t("receivables.nextReminder", { date: formatDay(row.nextReminderOn, locale, "short") })}</li>
      ) : null}
    </ul>
  );
}

function Actions({ row, busy }: { row: ReceivableRow; busy: boolean }) {
  const t = useT();
  if (!row.canRemind && !row.canChargeCosts) return null;
  return (
    <Form method="post" className="flex flex-wrap gap-2">
      <input type="hidden" name="invoiceId" value={row.id} />
      {row.canRemind ? (
        <Button type="submit" name="intent" value="remind" variant="secondary" small disabled={busy}>
          {t("receivables.remind")}
        </Button>
      ) : null}
      {row.canChargeCosts ? (
        <Button type="submit" name="intent" value="costs" variant="secondary" small disabled={busy}>
          {t("receivables.chargeCosts")}
        </Button>
      ) : null}
    </Form>
  );
}
