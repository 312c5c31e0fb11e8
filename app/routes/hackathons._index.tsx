import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PageHeader } from "~/components/ui/page-header";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { hackathonTitle } from "~/modules/workshop";
import { judgedHackathons } from "~/modules/workshop/index.server";
import { formatDateTime } from "~/utils/dates";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.hackathon.judgingTitle");

/** A juror's hackathons, when they judge more than one (the menu links a single one directly). */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  return { hackathons: await judgedHackathons(werkplaats.id, user.id) };
}

export default function Judging() {
  const t = useT();
  const locale = useLocale();
  const { hackathons } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <PageHeader title={t("workshop.hackathon.judgingTitle")} intro={t("workshop.hackathon.judgingIntro")} />
      {hackathons.length === 0 ? (
        <p className="card text-slate-700">{t("workshop.hackathon.judgingNone")}</p>
      ) : (
        <ul className="space-y-3">
          {hackathons.map((h) => (
            <li key={h.id} className="card break-words">
              <Link to={`/hackathons/${h.id}`} className="text-lg font-semibold">
                {hackathonTitle(h, locale)}
              </Link>
              <p className="text-sm text-slate-700">{formatDateTime(h.startsAt, locale)}</p>
              <p className="text-sm">{t("workshop.hackathon.judgingScored", { scored: h.scored, teams: h.teams })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
