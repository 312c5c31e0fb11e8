import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { DeskTabs } from "~/components/members/desk-tabs";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { dayQuerySchema } from "~/modules/desks";
import { floorPlan } from "~/modules/desks/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { addDays, formatDay } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { parseQuery } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("floor.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const { date } = parseQuery(args.request, dayQuerySchema);
  const day = date ?? todayIn();
  return { day, areas: await floorPlan(werkplaats.id, day) };
}

/** Every desk free or occupied on a chosen date, and the flex spots reserved per area. */
export default function Floor() {
  const t = useT();
  const locale = useLocale();
  const { day, areas } = useLoaderData<typeof loader>();
  return (
    <div>
      <PageHeader title={t("floor.title")} intro={t("floor.intro")} />
      <DeskTabs current="floor" />
      <div className="mb-6 flex flex-wrap items-end gap-2">
        <Link to={`?date=${addDays(day, -1)}`} className="btn-secondary btn-small" aria-label={t("floor.previousDay")}>
          ←
        </Link>
        <Form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="date" className="block text-sm font-semibold">
              {t("floor.date")}
            </label>
            <input id="date" name="date" type="date" defaultValue={day} className="input py-1" />
          </div>
          <Button type="submit" variant="secondary" small>
            {t("occupancy.show")}
          </Button>
        </Form>
        <Link to={`?date=${addDays(day, 1)}`} className="btn-secondary btn-small" aria-label={t("floor.nextDay")}>
          →
        </Link>
        <p className="ml-2 self-center font-semibold">{formatDay(day, locale, "weekday")}</p>
      </div>
      <div className="space-y-6">
        {areas.map((area) => {
          const free = area.desks.filter((d) => !d.holder).length;
          return (
            <section key={area.id} className="card" aria-labelledby={`area-${area.id}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`area-${area.id}`} className="text-xl font-bold">
                  {area.name}
                </h2>
                <p className="text-slate-700">
                  {area.capacity > 0 ? t("floor.flexLine", { n: area.flex.length, of: area.capacity }) : null}
                  {area.capacity > 0 && area.desks.length > 0 ? " · " : null}
                  {area.desks.length > 0 ? t("floor.deskLine", { free, of: area.desks.length }) : null}
                </p>
              </div>
              {area.capacity > 0 ? (
                <div className="mt-3">
                  <div className="h-3 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden>
                    <div className="h-full bg-sky-700" style={{ width: `${Math.min(100, (area.flex.length / area.capacity) * 100)}%` }} />
                  </div>
                  {area.flex.length > 0 ? (
                    <p className="mt-2 text-sm text-slate-700">
                      {t("floor.flexPeople")}:{" "}
                      {area.flex.map((f) => (f.viaDayPass ? `${f.name || t("floor.guest")} (${t("floor.dayPass")})` : f.name)).join(", ")}
                    </p>
                  ) : null}
                </div>
              ) : null}
              {area.desks.length > 0 ? (
                <ul className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-6">
                  {area.desks.map((d) => (
                    <li
                      key={d.id}
                      className={`rounded-md border-2 p-2 text-sm ${d.holder ? "border-amber-600 bg-amber-50" : "border-green-700 bg-green-50"}`}
                    >
                      <p className="font-bold">{d.label}</p>
                      {d.holder && d.membershipId ? (
                        <>
                          <p className="font-semibold text-amber-900">{t("floor.occupied")}</p>
                          <Link to={`/admin/memberships/${d.membershipId}`} className="block truncate">
                            {d.holder}
                          </Link>
                          {d.until ? (
                            <p className="text-xs text-slate-700">{t("floor.until", { date: formatDay(d.until, locale) })}</p>
                          ) : null}
                        </>
                      ) : (
                        <p className="font-semibold text-green-900">{t("floor.free")}</p>
                      )}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
