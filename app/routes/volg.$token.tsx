import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { VersionContent } from "~/components/workshop/deliverable-bits";
import { MilestoneList } from "~/components/workshop/trajectory-bits";
import { useLocale, useT } from "~/modules/i18n";
import { challengeFollowView, smeView } from "~/modules/workshop/index.server";
import { ChallengeFollow } from "~/components/workshop/challenge-follow";
import { formatDate } from "~/utils/dates";
import { PRIVATE_LINK_HEADERS } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.trajectory.followTitle");

/** The SME's private link: no account, and a link that does not work shows nothing at all (404). */
export async function loader({ params }: LoaderFunctionArgs) {
  const view = await smeView(params.token ?? "");
  // The same address serves an SME's hackathon challenge: its link is a token of the same kind.
  const challenge = view ? null : await challengeFollowView(params.token ?? "");
  return data(
    { view, challenge, token: view || challenge ? (params.token ?? "") : "" },
    { status: view || challenge ? 200 : 404, headers: PRIVATE_LINK_HEADERS },
  );
}

export default function FollowTrajectory() {
  const t = useT();
  const locale = useLocale();
  const { view, challenge, token } = useLoaderData<typeof loader>();
  if (challenge) return <ChallengeFollow challenge={challenge} token={token} />;
  if (!view) {
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <h1 className="text-3xl font-bold">{t("workshop.trajectory.followTitle")}</h1>
        <Notice tone="warning">{t("workshop.trajectory.followGone")}</Notice>
      </div>
    );
  }
  return (
    <div className="space-y-5">
      <PageHeader
        title={view.title}
        intro={`${view.organisation} · ${t(`workshop.trajectory.status.${view.status}`)} · ${t("workshop.trajectory.periodValue", {
          start: formatDate(view.periodStart, locale),
          end: formatDate(view.periodEnd, locale),
        })}`}
      />
      <MilestoneList milestones={view.milestones} />
      <section className="card space-y-3" aria-labelledby="deliverables-title">
        <h2 id="deliverables-title" className="text-xl font-bold">
          {t("workshop.trajectory.deliverables")}
        </h2>
        {view.deliverables.length === 0 ? (
          <p className="text-slate-700">{t("workshop.trajectory.noDeliverables")}</p>
        ) : (
          <ul className="space-y-3 break-words">
            {view.deliverables.map((d) => (
              <li key={d.id} className="space-y-1">
                <p className="font-semibold">
                  {d.title} <span className="font-normal text-slate-700">· {t(`workshop.deliverables.kind.${d.kind}`)}</span>
                </p>
                <VersionContent version={d.version} fileHref={(versionId) => `/volg/${token}/opleveringen/${versionId}`} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
