import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PageHeader } from "~/components/ui/page-header";
import { requireWerkplaats } from "~/modules/auth/index.server";
import { openSlots } from "~/modules/consultations/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { formatDate, formatTime } from "~/utils/dates";
import { pageTitle } from "~/utils/meta";
import { toLocalParts } from "~/utils/zoned-time";

export const meta = pageTitle("consultations.title");

export async function loader(args: LoaderFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  return { slots: await openSlots(werkplaats.id), werkplaatsName: werkplaats.name };
}

/** Public: open consultation hours by topic and day; pick one to book it. */
export default function Consultations() {
  const t = useT();
  const locale = useLocale();
  const { slots, werkplaatsName } = useLoaderData<typeof loader>();
  const byDay = new Map<string, typeof slots>();
  for (const s of slots) {
    const day = toLocalParts(new Date(s.startsAt)).date;
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  return (
    <div>
      <PageHeader title={t("consultations.title")} intro={t("consultations.intro", { werkplaats: werkplaatsName })} />
      {slots.length === 0 ? (
        <div className="card text-slate-700">{t("consultations.none")}</div>
      ) : (
        <div className="space-y-4">
          {[...byDay.entries()].map(([day, list]) => (
            <section key={day} className="card" aria-labelledby={`d-${day}`}>
              <h2 id={`d-${day}`} className="text-lg font-bold">
                {formatDate(list[0]!.startsAt, locale)}
              </h2>
              <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {list.map((s) => (
                  <li key={s.id}>
                    <Link
                      to={`/spreekuur/${s.id}`}
                      className="block rounded-md border border-slate-300 p-3 no-underline hover:bg-slate-50"
                      aria-label={t("consultations.slotLabel", { time: formatTime(s.startsAt, locale), topic: s.topic, host: s.hostName })}
                    >
                      <span className="block font-semibold text-slate-900">
                        {formatTime(s.startsAt, locale)}–{formatTime(s.endsAt, locale)}
                      </span>
                      <span className="block text-slate-800">{s.topic}</span>
                      <span className="block text-sm text-slate-600">{t("consultations.with", { host: s.hostName })}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
