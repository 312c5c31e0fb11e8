import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { FigureValue } from "~/components/partners/figure-value";
import { PageHeader } from "~/components/ui/page-header";
import { requireWerkplaats } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { periodOf, publicImpact } from "~/modules/partners/index.server";
import { pageTitle } from "~/utils/meta";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("impact.public.title");

/**
 * The public impact page: this year's figures the manager chose to publish and the partners shown
 * with their logo and link. A guest's copy carries an ETag and may be cached publicly
 * (app/server/public-pages.server.ts); a signed-in visitor's carries their menu and stays private.
 */
export async function loader(args: LoaderFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  const impact = await publicImpact(werkplaats.id, periodOf({ span: "year" }, todayIn(new Date(), werkplaats.timezone)));
  return { werkplaats: { name: werkplaats.name }, ...impact };
}

export default function PublicImpact() {
  const t = useT();
  const { werkplaats, period, figures, partners } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-8">
      <PageHeader title={t("impact.public.title")} intro={t("impact.public.intro", { werkplaats: werkplaats.name, year: period.year })} />
      {figures.length === 0 ? (
        <p className="card text-slate-700">{t("impact.public.none")}</p>
      ) : (
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {figures.map(({ figure, value }) => (
            <div key={figure} className="card">
              <dt className="text-slate-700">{t(`impact.figure.${figure}`)}</dt>
              <dd className="mt-1 text-3xl font-bold tabular-nums">
                <FigureValue figure={figure} value={value} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {partners.length > 0 ? (
        <section className="space-y-3" aria-labelledby="partners-title">
          <h2 id="partners-title" className="text-xl font-bold">
            {t("impact.public.partners")}
          </h2>
          <ul className="grid grid-cols-2 gap-4 sm:grid-cols-4">
            {partners.map((p) => {
              const face = p.hasLogo ? (
                <img src={`/partners/${p.id}/logo`} alt={p.name} className="mx-auto max-h-16 max-w-full object-contain" loading="lazy" />
              ) : (
                <span className="font-semibold">{p.name}</span>
              );
              return (
                <li key={p.id} className="card flex min-h-24 items-center justify-center text-center">
                  {p.website ? (
                    <a href={p.website} rel="noopener noreferrer">
                      {face}
                    </a>
                  ) : (
                    face
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
