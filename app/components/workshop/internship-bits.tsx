import type { ReactNode } from "react";
import { useLocale, useT } from "~/modules/i18n";
import { formatDate } from "~/utils/dates";
import { formatMoney } from "~/utils/money";

export type AssignmentRow = {
  id: string;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  feeMinimumCents: number;
  feeSuggestedCents: number;
  feeStatus: "open" | "paid" | "waived";
  feePaidCents: number | null;
  feeWaivedReason: string | null;
  deliveredAt: string | Date | null;
  studentName: string | null;
  organisation: string | null;
};

/** One stage-opdracht as staff, teachers and students see it; `children` are the buttons each may use. */
export function AssignmentCard({ assignment: a, children }: { assignment: AssignmentRow; children?: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const fee =
    a.feeStatus === "paid"
      ? t("workshop.internship.feeStatus.paid", { amount: formatMoney(a.feePaidCents ?? 0, locale) })
      : a.feeStatus === "waived"
        ? t("workshop.internship.feeStatus.waived", { reason: a.feeWaivedReason ?? "" })
        : t("workshop.internship.feeStatus.open");
  return (
    <li className="card space-y-2 break-words">
      <p className="font-semibold">{a.title}</p>
      <p className="text-sm text-slate-700">
        {a.organisation ? `${a.organisation} · ` : ""}
        {t("workshop.internship.period", { start: formatDate(a.startsOn, locale), end: formatDate(a.endsOn, locale) })}
      </p>
      <p className="whitespace-pre-line">{a.description}</p>
      <p className="text-sm">
        {t("workshop.internship.fee", {
          minimum: formatMoney(a.feeMinimumCents, locale),
          suggested: formatMoney(a.feeSuggestedCents, locale),
        })}{" "}
        · <span className="font-semibold">{fee}</span>
      </p>
      <p className="text-sm text-slate-700">
        {a.studentName ? t("workshop.internship.student", { name: a.studentName }) : t("workshop.internship.unclaimed")}
        {a.deliveredAt ? ` · ${t("workshop.internship.delivered", { date: formatDate(a.deliveredAt, locale) })}` : ""}
      </p>
      {children}
    </li>
  );
}
