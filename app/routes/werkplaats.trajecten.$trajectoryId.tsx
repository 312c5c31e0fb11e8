import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { trajectoryMoveSchema } from "~/modules/workshop";
import { moveTrajectory, trajectoryFile } from "~/modules/workshop/index.server";
import { formatDate } from "~/utils/dates";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.trajectory.listTitle");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  return orErrorResponse(() => trajectoryFile(werkplaats.id, args.params.trajectoryId ?? ""));
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  return orErrorResponse(() =>
    submitForm(args.request, trajectoryMoveSchema, async (input) => {
      await moveTrajectory(werkplaats.id, args.params.trajectoryId ?? "", input.to);
      return successReply({ key: "workshop.trajectory.moved", vars: { to: input.to } });
    }),
  );
}

export default function TrajectoryFile() {
  const t = useT();
  const locale = useLocale();
  const { trajectory, sme, members, next } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const date = (d: string) => formatDate(d, locale);
  return (
    <div className="space-y-5">
      <p>
        <Link to="/werkplaats/trajecten">← {t("workshop.trajectory.back")}</Link>
      </p>
      <PageHeader title={trajectory.title} intro={`${sme.organisation} · ${t(`workshop.trajectory.status.${trajectory.status}`)}`} />
      {reply?.status === "success" ? (
        <div role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-950">
          {t("workshop.trajectory.moved", { status: t(`workshop.trajectory.status.${String(reply.message?.vars?.to)}`) })}
        </div>
      ) : (
        <ErrorSummary reply={reply} />
      )}
      <div className="grid gap-5 lg:grid-cols-2">
        <section className="card space-y-3 break-words" aria-labelledby="question-title">
          <h2 id="question-title" className="text-xl font-bold">
            {t("workshop.trajectory.question")}
          </h2>
          <p className="whitespace-pre-line">{trajectory.clarifiedQuestion}</p>
          <p className="text-sm text-slate-700">{trajectory.themes.map((th) => t(`workshop.theme.${th}`)).join(", ")}</p>
          <p>
            <span className="font-semibold">{t("workshop.trajectory.sme")}:</span> {sme.organisation} · {sme.contactName} ·{" "}
            <a href={`mailto:${sme.email}`}>{sme.email}</a>
          </p>
          <p>
            <Link to={`/werkplaats/intake/${trajectory.intakeId}`}>{t("workshop.trajectory.intake")}</Link>
          </p>
        </section>
        <section className="card space-y-2 break-words" aria-labelledby="details-title">
          <h2 id="details-title" className="text-xl font-bold">
            {t("workshop.trajectory.details")}
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">{t("workshop.trajectory.institutions")}</dt>
            <dd>{trajectory.institutions.join(", ")}</dd>
            <dt className="font-semibold">{t("workshop.trajectory.programme")}</dt>
            <dd>{trajectory.programme}</dd>
            <dt className="font-semibold">{t("workshop.trajectory.levels")}</dt>
            <dd>{trajectory.levels.map((l) => t(`workshop.trajectory.level.${l}`)).join(", ")}</dd>
            <dt className="font-semibold">{t("workshop.trajectory.period")}</dt>
            <dd>{t("workshop.trajectory.periodValue", { start: date(trajectory.periodStart), end: date(trajectory.periodEnd) })}</dd>
          </dl>
          {trajectory.deliveredAt ? (
            <p className="text-sm">{t("workshop.trajectory.deliveredAt", { date: formatDate(trajectory.deliveredAt, locale) })}</p>
          ) : null}
          {trajectory.closedAt ? (
            <p className="text-sm">{t("workshop.trajectory.closedAt", { date: formatDate(trajectory.closedAt, locale) })}</p>
          ) : null}
        </section>
      </div>
      <section className="card space-y-3" aria-labelledby="team-title">
        <h2 id="team-title" className="text-xl font-bold">
          {t("workshop.trajectory.team")}
        </h2>
        {members.length === 0 ? (
          <p className="text-slate-700">{t("workshop.trajectory.noTeam")}</p>
        ) : (
          <ul className="space-y-1 break-words">
            {members.map((m) => (
              <li key={m.id}>
                {m.name} · {t(`workshop.trajectory.role.${m.role}`)}
                {m.teamRole ? ` (${m.teamRole})` : ""}
                {m.acceptedAt ? "" : ` · ${t("workshop.trajectory.invited")}`}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={`/werkplaats/trajecten/${trajectory.id}/experts`}>{t("workshop.trajectory.experts")}</Link>
        </p>
      </section>
      <section className="card space-y-3" aria-labelledby="status-title">
        <h2 id="status-title" className="text-xl font-bold">
          {t("workshop.trajectory.move")}
        </h2>
        {next.length === 0 ? (
          <p className="text-slate-700">{t("workshop.trajectory.noMoves")}</p>
        ) : (
          <div className="flex flex-wrap gap-2">
            {next.map((to) => (
              <Form method="post" key={to}>
                <input type="hidden" name="intent" value="move" />
                <input type="hidden" name="to" value={to} />
                <Button type="submit" variant={to === "closed" ? "secondary" : "primary"}>
                  {t("workshop.trajectory.moveTo", { status: t(`workshop.trajectory.status.${to}`) })}
                </Button>
              </Form>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
