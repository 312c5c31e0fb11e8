import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PageHeader } from "~/components/ui/page-header";
import { IntakeCard, StageBadge } from "~/components/workshop/intake-bits";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { boardFilterSchema, intakeRoutes, intakeStages, organisationSizes, workshopThemes } from "~/modules/workshop";
import { intakeBoard, workshopStaff } from "~/modules/workshop/index.server";
import { formatDate } from "~/utils/dates";
import { parseQuery } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.board.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  const filter = parseQuery(args.request, boardFilterSchema);
  const [intakes, staff] = await Promise.all([intakeBoard(werkplaats.id, filter), workshopStaff(werkplaats.id)]);
  return { intakes, staff, filter };
}

function Filters() {
  const t = useT();
  const { staff, filter } = useLoaderData<typeof loader>();
  const select = (name: string, label: string, all: string, options: { value: string; label: string }[], value?: string) => (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="input">
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <Form method="get" className="card grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      {select(
        "theme",
        t("workshop.board.theme"),
        t("workshop.board.allThemes"),
        workshopThemes.map((v) => ({ value: v, label: t(`theme.${v}`) })),
        filter.theme,
      )}
      {select(
        "sizeClass",
        t("workshop.board.size"),
        t("workshop.board.allSizes"),
        organisationSizes.map((v) => ({ value: v, label: t(`workshop.size.${v}`) })),
        filter.sizeClass,
      )}
      {select(
        "route",
        t("workshop.board.route"),
        t("workshop.board.allRoutes"),
        intakeRoutes.map((v) => ({ value: v, label: t(`workshop.route.${v}`) })),
        filter.route,
      )}
      {select(
        "owner",
        t("workshop.board.owner"),
        t("workshop.board.allOwners"),
        staff.map((s) => ({ value: s.id, label: s.name })),
        filter.owner,
      )}
      <input type="hidden" name="view" value={filter.view ?? "board"} />
      <button type="submit" className="btn btn-secondary">
        {t("workshop.board.filter")}
      </button>
    </Form>
  );
}

function viewLink(search: URLSearchParams, view: "board" | "list") {
  const next = new URLSearchParams(search);
  next.set("view", view);
  return `?${next.toString()}`;
}

export default function IntakeBoard() {
  const t = useT();
  const locale = useLocale();
  const { intakes, filter } = useLoaderData<typeof loader>();
  const search = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string"));
  const view = filter.view ?? "board";
  return (
    <div className="space-y-5">
      <PageHeader
        title={t("workshop.board.title")}
        intro={t("workshop.board.intro")}
        actions={
          <nav aria-label={t("workshop.board.title")} className="flex gap-2">
            <Link to={viewLink(search, "board")} aria-current={view === "board" ? "page" : undefined} className="btn btn-secondary">
              {t("workshop.board.viewBoard")}
            </Link>
            <Link to={viewLink(search, "list")} aria-current={view === "list" ? "page" : undefined} className="btn btn-secondary">
              {t("workshop.board.viewList")}
            </Link>
          </nav>
        }
      />
      <Filters />
      {intakes.length === 0 ? (
        <p className="card text-slate-700">{t("workshop.board.empty", { link: "/intake" })}</p>
      ) : view === "list" ? (
        <div className="card overflow-x-auto">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("workshop.board.organisation")}</th>
                <th scope="col">{t("workshop.board.stage")}</th>
                <th scope="col">{t("workshop.board.route")}</th>
                <th scope="col">{t("workshop.board.owner")}</th>
                <th scope="col">{t("workshop.board.received")}</th>
              </tr>
            </thead>
            <tbody>
              {intakes.map((i) => (
                <tr key={i.id}>
                  <td>
                    <Link to={`/werkplaats/intake/${i.id}`} className="font-semibold">
                      {i.organisation}
                    </Link>
                    <div className="text-xs text-slate-600">{i.themes.map((th) => t(`theme.${th}`)).join(", ")}</div>
                  </td>
                  <td>
                    <StageBadge stage={i.stage} />
                  </td>
                  <td>{i.route ? t(`workshop.route.${i.route}`) : t("workshop.board.noRoute")}</td>
                  <td>{i.ownerName ?? "—"}</td>
                  <td className="whitespace-nowrap">{formatDate(i.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <ol className="grid gap-3 md:grid-cols-2 xl:grid-cols-7" aria-label={t("workshop.board.title")}>
          {intakeStages.map((stage) => {
            const column = intakes.filter((i) => i.stage === stage);
            return (
              <li key={stage} className="min-w-0 rounded-md bg-slate-100 p-2">
                <h2 className="mb-2 px-1 font-semibold">
                  {t(`workshop.stage.${stage}`)} <span className="font-normal text-slate-600">({column.length})</span>
                </h2>
                {column.length === 0 ? (
                  <p className="px-1 text-sm text-slate-600">{t("workshop.board.emptyColumn")}</p>
                ) : (
                  <ul className="space-y-2">
                    {column.map((i) => (
                      <IntakeCard key={i.id} intake={i} />
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
