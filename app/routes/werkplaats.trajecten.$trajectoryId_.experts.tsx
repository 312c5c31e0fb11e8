import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { PlaceHours, PlaceStatus } from "~/components/workshop-experts";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { inviteSchema } from "~/modules/workshop";
import { expertsOnTrajectory, expertSuggestions, inviteExpert } from "~/modules/workshop/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { uuidParam } from "~/utils/params.server";

export const meta = pageTitle("workshop.experts.suggest.list");

/** Staff match experts to a trajectory: the ranked list with reasons, and who is on it already. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  const trajectoryId = uuidParam(args.params.trajectoryId);
  const { trajectory, ranked } = await expertSuggestions(werkplaats.id, trajectoryId);
  return { trajectory, ranked, places: await expertsOnTrajectory(werkplaats.id, trajectoryId) };
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "staff", "manager");
  const trajectoryId = uuidParam(args.params.trajectoryId);
  return submitForm(args.request, inviteSchema, async (input) => {
    const { name } = await inviteExpert(werkplaats.id, trajectoryId, input, user.id);
    return successReply({ key: "workshop.experts.suggest.invited", vars: { name } });
  });
}

export default function TrajectoryExperts() {
  const t = useT();
  const { trajectory, ranked, places } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="space-y-6">
      <PageHeader title={t("workshop.experts.suggest.title", { title: trajectory.title })} intro={t("workshop.experts.suggest.intro")} />
      <SuccessNotice reply={reply} />
      <ErrorSummary
        reply={reply}
        labels={{ hoursPerMonth: t("workshop.experts.suggest.hours"), userId: t("workshop.experts.pool.name") }}
      />
      <section className="card" aria-labelledby="on-title">
        <h2 id="on-title" className="text-xl font-bold">
          {t("workshop.experts.suggest.onTrajectory")}
        </h2>
        <p className="mt-1 text-slate-700">
          {trajectory.organisation} · {trajectory.question}
        </p>
        {places.length === 0 ? (
          <p className="mt-3 text-slate-700">{t("workshop.experts.suggest.none")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200">
            {places.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
                <span className="font-semibold">{p.name}</span>
                <PlaceStatus status={p.status} />
                <span className="text-sm text-slate-700">
                  <PlaceHours place={p} />
                </span>
                <a href={`mailto:${p.email}`} className="text-sm break-all">
                  {p.email}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="list-title">
        <h2 id="list-title" className="mb-3 text-xl font-bold">
          {t("workshop.experts.suggest.list")}
        </h2>
        {ranked.length === 0 ? (
          <div className="card text-slate-700">{t("workshop.experts.suggest.empty")}</div>
        ) : (
          <ol className="space-y-3">
            {ranked.map((e) => (
              <li key={e.userId} className="card">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <p className="text-sm font-semibold text-slate-600">{t("workshop.experts.suggest.rank", { rank: e.rank })}</p>
                    <h3 className="text-lg font-bold">{e.name}</h3>
                    <p className="text-sm text-slate-700">
                      {e.tags.join(", ")} · {t("workshop.experts.suggest.languages", { languages: e.languages.join(", ") })}
                    </p>
                  </div>
                  {e.freeHours > 0 ? (
                    <Form method="post" className="flex flex-wrap items-end gap-2">
                      <input type="hidden" name="userId" value={e.userId} />
                      <div>
                        <label htmlFor={`hours-${e.userId}`} className="mb-1 block text-sm font-semibold">
                          {t("workshop.experts.suggest.hours")}
                        </label>
                        <input
                          id={`hours-${e.userId}`}
                          name="hoursPerMonth"
                          inputMode="numeric"
                          defaultValue={String(Math.min(2, e.freeHours))}
                          className="input w-24"
                        />
                      </div>
                      <Button type="submit" disabled={busy} aria-label={`${t("workshop.experts.suggest.invite")}: ${e.name}`}>
                        {t("workshop.experts.suggest.invite")}
                      </Button>
                    </Form>
                  ) : null}
                </div>
                <ul className="mt-3 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
                  {e.reasons.map((r) => (
                    <li key={r.key}>{t(r.key, r.values)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
