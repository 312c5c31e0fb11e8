import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { MembershipStatus } from "~/components/members/membership-status";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { companyOptions } from "~/modules/companies/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { effectiveStatuses, membershipFilterSchema } from "~/modules/memberships";
import { planName } from "~/modules/plans";
import { listPlans } from "~/modules/plans/index.server";
import { listMemberships, membershipCounts } from "~/modules/memberships/index.server";
import { formatDay } from "~/utils/calendar";
import { formatDate } from "~/utils/dates";
import { parseQuery } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("nav.adminMemberships");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const url = new URL(args.request.url);
  const filter = parseQuery(args.request, membershipFilterSchema);
  const [list, counts, plans, companies] = await Promise.all([
    listMemberships(werkplaats.id, filter),
    membershipCounts(werkplaats.id),
    listPlans(werkplaats.id),
    companyOptions(werkplaats.id),
  ]);
  return {
    ...list,
    counts,
    plans: plans.map((p) => ({ id: p.id, nameNl: p.nameNl, nameEn: p.nameEn })),
    companies,
    view: filter.view ?? "all",
    query: url.search,
  };
}

export default function AdminMemberships() {
  const t = useT();
  const locale = useLocale();
  const { rows, total, page, pageSize, counts, plans, companies, view, query } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const tabs = [
    { view: "all", label: t("adminMemberships.tab.all") },
    { view: "pending", label: t("adminMemberships.tab.pending", { count: counts.pending }) },
    { view: "ending", label: t("adminMemberships.tab.ending", { count: counts.endingSoon }) },
  ];
  const pageLink = (p: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(p));
    return `?${next.toString()}`;
  };
  const exportQuery = query || "";
  return (
    <div>
      <PageHeader
        title={t("adminMemberships.title")}
        intro={t("adminMemberships.intro")}
        actions={
          <>
            <a href={`/admin/members.csv${exportQuery}`} className="btn-secondary" download>
              {t("adminMemberships.exportMembers")}
            </a>
            <a href={`/admin/memberships.csv${exportQuery}`} className="btn-secondary" download>
              {t("adminMemberships.exportMemberships")}
            </a>
          </>
        }
      />
      <nav aria-label={t("adminMemberships.views")} className="mb-4 flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <Link
            key={tab.view}
            to={tab.view === "all" ? "?" : `?view=${tab.view}`}
            aria-current={view === tab.view ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm font-semibold no-underline ${view === tab.view ? "border-accent bg-accent text-accent-ink" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      <Form method="get" role="search" className="card mb-5 grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end">
        {view !== "all" ? <input type="hidden" name="view" value={view} /> : null}
        <div>
          <label htmlFor="q" className="mb-1 block font-semibold">
            {t("adminMemberships.search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} className="input" />
        </div>
        <div>
          <label htmlFor="plan" className="mb-1 block font-semibold">
            {t("adminMemberships.plan")}
          </label>
          <select id="plan" name="plan" defaultValue={params.get("plan") ?? ""} className="input">
            <option value="">{t("adminMemberships.any")}</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {planName(p, locale)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="mb-1 block font-semibold">
            {t("common.status")}
          </label>
          <select id="status" name="status" defaultValue={params.get("status") ?? ""} className="input">
            <option value="">{t("adminMemberships.any")}</option>
            {effectiveStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`membership.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="company" className="mb-1 block font-semibold">
            {t("adminMemberships.company")}
          </label>
          <select id="company" name="company" defaultValue={params.get("company") ?? ""} className="input">
            <option value="">{t("adminMemberships.any")}</option>
            {companies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("adminMemberships.filter")}
        </Button>
      </Form>
      <section className="card overflow-x-auto" aria-labelledby="results">
        <h2 id="results" className="mb-3 text-sm font-semibold text-slate-700">
          {t("adminMemberships.results", { count: total })}
        </h2>
        {rows.length === 0 ? (
          <p className="py-6 text-slate-700">{view === "pending" ? t("adminMemberships.noPending") : t("adminMemberships.empty")}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("adminMemberships.col.member")}</th>
                <th scope="col">{t("adminMemberships.col.company")}</th>
                <th scope="col">{t("adminMemberships.col.plan")}</th>
                <th scope="col">{t("common.status")}</th>
                <th scope="col">{view === "pending" ? t("adminMemberships.col.applied") : t("adminMemberships.col.period")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/admin/memberships/${r.id}`} className="font-semibold">
                      {r.name}
                    </Link>
                    <span className="block text-slate-600">{r.email}</span>
                  </td>
                  <td>{r.company ?? <span className="text-slate-600">{t("adminMemberships.ownName")}</span>}</td>
                  <td>{planName({ nameNl: r.planNl, nameEn: r.planEn }, locale)}</td>
                  <td>
                    <MembershipStatus status={r.status} />
                  </td>
                  <td className="whitespace-nowrap">
                    {view === "pending"
                      ? `${formatDate(r.appliedAt, locale)} · ${t("adminMemberships.startsOn", { date: formatDay(r.startDate, locale) })}`
                      : r.endDate
                        ? t("common.range", { from: formatDay(r.startDate, locale), to: formatDay(r.endDate, locale) })
                        : t("common.rangeOpen", { from: formatDay(r.startDate, locale) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {total > pageSize ? (
          <nav aria-label={t("adminMemberships.pages")} className="mt-4 flex items-center gap-3">
            {page > 1 ? (
              <Link to={pageLink(page - 1)} className="btn-secondary btn-small">
                {t("adminMemberships.previous")}
              </Link>
            ) : null}
            <span className="text-sm text-slate-700">{t("adminMemberships.pageOf", { page, pages: Math.ceil(total / pageSize) })}</span>
            {page * pageSize < total ? (
              <Link to={pageLink(page + 1)} className="btn-secondary btn-small">
                {t("adminMemberships.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
