import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PageHeader } from "~/components/ui/page-header";
import { RankingTable } from "~/components/workshop/hackathon-bits";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { hackathonTitle, TIE_BREAK_ORDER } from "~/modules/workshop";
import { hackathonResults } from "~/modules/workshop/index.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.hackathon.results");

/** The jury's ranking: over the whole hackathon and per challenge, with ties explained. */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  return orErrorResponse(() => hackathonResults(werkplaats.id, { id: user.id, roles: args.context.roles }, args.params.eventId ?? ""));
}

export default function HackathonResults() {
  const t = useT();
  const locale = useLocale();
  const results = useLoaderData<typeof loader>();
  const order = TIE_BREAK_ORDER.map((c) => t(`workshop.hackathon.criterion.${c}`).toLowerCase()).join(", ");
  return (
    <div className="space-y-5">
      <p>
        <Link to={`/hackathons/${results.event.id}`}>← {hackathonTitle(results.event, locale)}</Link>
      </p>
      <PageHeader
        title={t("workshop.hackathon.resultsOf", { title: hackathonTitle(results.event, locale) })}
        intro={t("workshop.hackathon.resultsIntro", { jury: results.jurySize, order })}
      />
      <section className="card space-y-3" aria-labelledby="overall-title">
        <h2 id="overall-title" className="text-xl font-bold">
          {t("workshop.hackathon.overall")}
        </h2>
        <RankingTable rows={results.overall} caption={t("workshop.hackathon.overall")} />
      </section>
      {results.challenges.map((c) => (
        <section key={c.id} className="card space-y-3 break-words" aria-labelledby={`ranking-${c.id}`}>
          <h2 id={`ranking-${c.id}`} className="text-xl font-bold">
            {c.title}
          </h2>
          <p className="text-sm text-slate-700">{c.organisation}</p>
          <RankingTable rows={c.ranking} caption={c.title} />
        </section>
      ))}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
