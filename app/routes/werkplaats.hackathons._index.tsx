import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { hackathonTitle } from "~/modules/workshop";
import { listHackathons } from "~/modules/workshop/index.server";
import { formatDateTime } from "~/utils/dates";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.hackathon.listTitle");

/** Staff's list of hackathons: the agenda's activities of kind hackathon, to add challenges and a jury to. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  return { hackathons: await listHackathons(werkplaats.id) };
}

export default function Hackathons() {
  const t = useT();
  const locale = useLocale();
  const { hackathons } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-5">
      <PageHeader title={t("workshop.hackathon.listTitle")} intro={t("workshop.hackathon.listIntro")} />
      {hackathons.length === 0 ? (
        <p className="card text-slate-700">
          {t("workshop.hackathon.listEmpty")} <Link to="/admin/events">{t("workshop.hackathon.toAgenda")}</Link>
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {hackathons.map((h) => (
            <li key={h.id} className="card space-y-1 break-words">
              <Link to={`/werkplaats/hackathons/${h.id}`} className="block font-semibold">
                {hackathonTitle(h, locale)}
              </Link>
              <p className="text-sm text-slate-700">
                {formatDateTime(h.startsAt, locale)} · {t("workshop.hackathon.challengeCount", { count: h.challenges })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
