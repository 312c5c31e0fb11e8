import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { trajectoryFilterSchema, trajectoryStatuses } from "~/modules/workshop";
import { listTrajectories } from "~/modules/workshop/index.server";
import { formatDate } from "~/utils/dates";
import { parseQuery } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.trajectory.listTitle");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  const filter = parseQuery(args.request, trajectoryFilterSchema);
  return { trajectories: await listTrajectories(werkplaats.id, filter), filter };
}

export default function Trajectories() {
  const t = useT();
  const locale = useLocale();
  const { trajectories, filter } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-5">
      <PageHeader title={t("workshop.trajectory.listTitle")} intro={t("workshop.trajectory.listIntro")} />
      <Form method="get" className="card flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="filter-status" className="block text-sm font-semibold">
            {t("workshop.trajectory.status")}
          </label>
          <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className="input">
            <option value="">{t("workshop.trajectory.allStatuses")}</option>
            {trajectoryStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`workshop.trajectory.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("workshop.trajectory.filter")}
        </Button>
      </Form>
      {trajectories.length === 0 ? (
        <p className="card text-slate-700">{t("workshop.trajectory.empty")}</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {trajectories.map((tr) => (
            <li key={tr.id} className="card space-y-1 break-words">
              <Link to={`/werkplaats/trajecten/${tr.id}`} className="block font-semibold">
                {tr.title}
              </Link>
              <p className="text-sm text-slate-700">
                {tr.organisation} · {t(`workshop.trajectory.status.${tr.status}`)}
              </p>
              <p className="text-sm text-slate-700">
                {t("workshop.trajectory.periodValue", { start: formatDate(tr.periodStart, locale), end: formatDate(tr.periodEnd, locale) })}{" "}
                · {tr.levels.map((l) => t(`workshop.trajectory.level.${l}`)).join(", ")} ·{" "}
                {t("workshop.trajectory.teamSize", { count: tr.team })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
