import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { BudgetForm, CostForm, InKindForm, SubsidyForm } from "~/components/partners/financing-forms";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { costsFormSchema, periodQuerySchema, type SubsidySource } from "~/modules/partners";
import { financingOf, periodOf, recordInKind, recordSubsidy, saveBudgetLine, saveLocationCost } from "~/modules/partners/index.server";
import { isErrorReply } from "~/utils/forms";
import { parseQuery, submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("financing.title");

/** What the manager records beside the ledger for a year: gifts in kind, subsidies, location costs, the budget. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const today = todayIn(new Date(), werkplaats.timezone);
  const period = periodOf({ ...parseQuery(args.request, periodQuerySchema), span: "year" }, today);
  return { ...(await financingOf(werkplaats.id, period)), thisMonth: today.slice(0, 7) };
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, costsFormSchema, async (input) => {
    switch (input.intent) {
      case "inKind":
        await recordInKind(werkplaats.id, user.id, input);
        return successReply({ key: "financing.inKind.saved" });
      case "subsidy":
        await recordSubsidy(werkplaats.id, input);
        return successReply({ key: "financing.subsidy.saved" });
      case "cost":
        await saveLocationCost(werkplaats.id, input);
        return successReply({ key: "financing.cost.saved" });
      case "budget":
        await saveBudgetLine(werkplaats.id, input);
        return successReply({ key: "financing.budget.saved" });
    }
  });
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card space-y-4" aria-labelledby={id}>
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Rows({ rows, empty }: { rows: { key: string; label: ReactNode; amount: string }[]; empty: string }) {
  if (rows.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul>
      {rows.map((r) => (
        <li key={r.key} className="flex flex-wrap justify-between gap-x-4 border-b border-slate-200 py-1">
          <span className="min-w-0 break-words">{r.label}</span>
          <span className="tabular-nums">{r.amount}</span>
        </li>
      ))}
    </ul>
  );
}

export default function Financing() {
  const t = useT();
  const locale = useLocale();
  const { period, partners, inKind, expertHours, subsidies, costs, budget, thisMonth } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const money = (cents: number) => formatMoney(cents, locale);
  // Four forms on one page: only the one that was sent shows its errors.
  const replyFor = (intent: string) => (isErrorReply(reply) && reply.values.intent !== intent ? undefined : reply);
  return (
    <div className="space-y-6">
      <p>
        <Link to="/admin/partners">← {t("partners.back")}</Link>
      </p>
      <PageHeader title={t("financing.title")} intro={t("financing.intro", { year: period.year })} />
      <nav className="flex gap-4">
        <Link to={`?year=${period.year - 1}`}>← {period.year - 1}</Link>
        <Link to={`?year=${period.year + 1}`}>{period.year + 1} →</Link>
      </nav>
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} />

      <Section id="inkind" title={t("economics.sponsorshipInKind")}>
        <p className="font-semibold">
          {t("financing.inKind.expertHours", {
            hours: (expertHours.minutes / 60).toLocaleString(locale, { maximumFractionDigits: 1 }),
            rate: money(expertHours.rateCents),
            value: money(expertHours.valueCents),
          })}{" "}
          <Link to="/admin/experts">{t("financing.inKind.rateLink")}</Link>
        </p>
        <Rows
          empty={t("financing.inKind.none")}
          rows={inKind.map((c) => ({
            key: c.id,
            label: `${c.givenOn} · ${c.partnerName} · ${c.description}${c.hours ? ` (${c.hours} ${t("financing.hoursUnit")})` : ""}`,
            amount: money(c.valueCents),
          }))}
        />
        {partners.length === 0 ? (
          <p>{t("financing.inKind.noPartners")}</p>
        ) : (
          <InKindForm reply={replyFor("inKind")} busy={busy} partners={partners} />
        )}
      </Section>

      <Section id="subsidies" title={t("economics.subsidies")}>
        <Rows
          empty={t("financing.subsidy.none")}
          rows={subsidies.map((s) => ({
            key: s.id,
            label: (
              <>
                <span className="font-semibold">{s.name}</span> · {t(`financing.subsidy.source.${s.source as SubsidySource}`)} ·{" "}
                {s.startsOn} – {s.endsOn}
                {s.deadlines.map((d) => (
                  <span key={`${d.dueOn}${d.what}`} className="block text-sm text-slate-700">
                    {t("financing.subsidy.deadline", { date: d.dueOn, what: d.what })}
                  </span>
                ))}
              </>
            ),
            amount: money(s.amountCents),
          }))}
        />
        <SubsidyForm reply={replyFor("subsidy")} busy={busy} />
      </Section>

      <Section id="costs" title={t("economics.locationCosts")}>
        <Rows
          empty={t("financing.cost.none")}
          rows={costs.map((c) => ({
            key: c.id,
            label: `${c.month.slice(0, 7)} · ${t(`budget.kind.${c.kind}`)}${c.note ? ` · ${c.note}` : ""}`,
            amount: money(c.amountCents),
          }))}
        />
        <CostForm reply={replyFor("cost")} busy={busy} month={thisMonth} />
      </Section>

      <Section id="budget" title={t("financing.budget.title", { year: period.year })}>
        <Rows
          empty={t("economics.budget.none")}
          rows={budget.map((b) => ({ key: b.kind, label: t(`budget.kind.${b.kind}`), amount: money(b.amountCents) }))}
        />
        <BudgetForm reply={replyFor("budget")} busy={busy} year={period.year} />
      </Section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
