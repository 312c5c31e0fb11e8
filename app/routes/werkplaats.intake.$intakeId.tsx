import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SelectField, SuccessNotice, TextAreaField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { StageBadge } from "~/components/workshop/intake-bits";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { intakeActionSchema, intakeRoutes } from "~/modules/workshop";
import { articulateIntake, intakeFile, moveIntake, workshopStaff } from "~/modules/workshop/index.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.board.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  return orErrorResponse(async () => ({
    ...(await intakeFile(werkplaats.id, args.params.intakeId ?? "")),
    staff: await workshopStaff(werkplaats.id),
  }));
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats, user } = requireRole(args, "staff", "manager");
  const intakeId = args.params.intakeId ?? "";
  return orErrorResponse(() =>
    submitForm(args.request, intakeActionSchema, async (input) => {
      if (input.intent === "move") {
        await moveIntake(werkplaats.id, user.id, intakeId, input.to);
        return successReply({ key: "workshop.move.done", vars: { to: input.to } });
      }
      await articulateIntake(werkplaats.id, intakeId, input);
      return successReply({ key: "workshop.file.saved" });
    }),
  );
}

export default function IntakeFile() {
  const t = useT();
  const locale = useLocale();
  const { intake, moves, next, staff } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const success = reply?.status === "success" && reply.message?.key === "workshop.move.done" ? null : reply;
  return (
    <div className="space-y-5">
      <p>
        <Link to="/werkplaats/intake">← {t("workshop.file.back")}</Link>
      </p>
      <PageHeader title={intake.organisation} intro={<StageBadge stage={intake.stage} />} />
      {intake.route === "advisory_trajectory" && intake.stage !== "closed" ? (
        <Link to={`/werkplaats/trajecten/nieuw?intake=${intake.id}`}>{t("workshop.trajectory.fromIntake")}</Link>
      ) : null}
      {reply?.status === "success" && reply.message?.key === "workshop.move.done" ? (
        <div role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-950">
          {t("workshop.move.done", { to: t(`workshop.stage.${String(reply.message.vars?.to)}`) })}
        </div>
      ) : null}
      <div className="grid gap-5 lg:grid-cols-2">
        <section className="card space-y-3 break-words" aria-labelledby="question-title">
          <h2 id="question-title" className="text-xl font-bold">
            {t("workshop.file.question")}
          </h2>
          {/* In the language the SME wrote it in (WCAG 3.1.2). */}
          <p className="whitespace-pre-line" lang={intake.locale}>
            {intake.question}
          </p>
          <p className="text-sm text-slate-700">
            {intake.themes.map((th) => t(`theme.${th}`)).join(", ")} · {t(`workshop.size.${intake.sizeClass}`)} · {intake.sector}
          </p>
          <h3 className="font-semibold">{t("workshop.file.contact")}</h3>
          <p>
            {intake.contactName} · <a href={`mailto:${intake.email}`}>{intake.email}</a>
            {intake.phone ? ` · ${intake.phone}` : ""}
            {intake.kvkNumber ? ` · KvK ${intake.kvkNumber}` : ""}
          </p>
          {intake.availability ? (
            <p>
              <span className="font-semibold">{t("workshop.file.availability")}:</span>{" "}
              <span lang={intake.locale}>{intake.availability}</span>
            </p>
          ) : null}
          <p className="text-sm text-slate-600">{t("workshop.file.retainUntil", { date: formatDate(intake.retainUntil, locale) })}</p>
        </section>
        <section className="card space-y-3" aria-labelledby="articulation-title">
          <h2 id="articulation-title" className="text-xl font-bold">
            {t("workshop.file.articulation")}
          </h2>
          <ErrorSummary reply={success} />
          <SuccessNotice reply={success} />
          <Form method="post" className="space-y-4" noValidate>
            <input type="hidden" name="intent" value="articulate" />
            <TextAreaField name="notes" label={t("workshop.file.notes")} rows={5} defaultValue={intake.notes} optional reply={success} />
            <TextAreaField
              name="clarifiedQuestion"
              label={t("workshop.file.clarifiedQuestion")}
              rows={3}
              defaultValue={intake.clarifiedQuestion ?? ""}
              optional
              reply={success}
            />
            <SelectField
              name="route"
              label={t("workshop.board.route")}
              defaultValue={intake.route ?? ""}
              options={[
                { value: "", label: t("workshop.board.noRoute") },
                ...intakeRoutes.map((r) => ({ value: r, label: t(`workshop.route.${r}`) })),
              ]}
              reply={success}
            />
            <SelectField
              name="ownerId"
              label={t("workshop.board.owner")}
              defaultValue={intake.ownerId ?? ""}
              options={[{ value: "", label: "—" }, ...staff.map((s) => ({ value: s.id, label: s.name }))]}
              reply={success}
            />
            <Button type="submit">{t("workshop.file.save")}</Button>
          </Form>
        </section>
      </div>
      <section className="card space-y-3" aria-labelledby="move-title">
        <h2 id="move-title" className="text-xl font-bold">
          {t("workshop.file.move")}
        </h2>
        {next.length === 0 ? (
          <p className="text-slate-700">{t("workshop.file.noMoves")}</p>
        ) : (
          <div className="flex flex-wrap gap-2">
            {next.map((to) => (
              <Form method="post" key={to}>
                <input type="hidden" name="intent" value="move" />
                <input type="hidden" name="to" value={to} />
                <Button type="submit" variant={to === "closed" ? "secondary" : "primary"}>
                  {t("workshop.file.moveTo", { stage: t(`workshop.stage.${to}`) })}
                </Button>
              </Form>
            ))}
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="log-title">
        <h2 id="log-title" className="mb-2 text-xl font-bold">
          {t("workshop.file.log")}
        </h2>
        <ol className="space-y-1 text-sm">
          {moves.map((m, i) => (
            <li key={i}>
              {formatDateTime(m.at, locale)} · {m.from ? `${t(`workshop.stage.${m.from}`)} → ` : `${t("workshop.file.submitted")}: `}
              {t(`workshop.stage.${m.to}`)} · {m.by ?? t("workshop.file.byAsker")}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
