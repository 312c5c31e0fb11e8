import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice, TextField } from "~/components/form";
import { PlaceHours, PlaceStatus } from "~/components/workshop-experts";
import { Button, LinkButton } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { answerSchema, formatHours, logHoursSchema } from "~/modules/workshop";
import { answerInvitation, logExpertHours, myExpertPlaces } from "~/modules/workshop/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("workshop.experts.mine.title");

/** An expert's student teams: open invitations to answer, teams with contact, hours to log. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "member");
  return { ...(await myExpertPlaces(werkplaats.id, user.id)), today: todayIn() };
}

/** Two forms: answering an invitation (?answer) and logging hours (?log). */
export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "member");
  if (new URL(args.request.url).searchParams.has("log")) {
    return submitForm(args.request, logHoursSchema, async (input) => {
      await logExpertHours(werkplaats.id, user.id, input);
      return successReply({ key: "workshop.experts.mine.loggedSaved" });
    });
  }
  return submitForm(args.request, answerSchema, async (input) => {
    await answerInvitation(werkplaats.id, input.placeId, user.id, input.answer);
    return successReply({ key: input.answer === "accept" ? "workshop.experts.mine.accepted" : "workshop.experts.mine.declined" });
  });
}

export default function MyStudentTeams() {
  const t = useT();
  const locale = useLocale();
  const { pledge, places, today } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  if (pledge === null && places.length === 0) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <PageHeader title={t("workshop.experts.mine.title")} />
        <div className="card space-y-3">
          <p>{t("workshop.experts.mine.notExpert")}</p>
          <LinkButton to="/directory/profile" variant="secondary">
            {t("workshop.experts.mine.toProfile")}
          </LinkButton>
        </div>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("workshop.experts.mine.title")} intro={t("workshop.experts.mine.intro", { pledge: pledge ?? 0 })} />
      <SuccessNotice reply={reply} />
      <ErrorSummary
        reply={reply}
        labels={{
          workedOn: t("workshop.experts.mine.day"),
          hours: t("workshop.experts.mine.hours"),
          note: t("workshop.experts.mine.note"),
        }}
      />
      {places.length === 0 ? <div className="card text-slate-700">{t("workshop.experts.mine.empty")}</div> : null}
      {places.map((p) => (
        <section key={p.id} className="card space-y-3" aria-labelledby={`place-${p.id}`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id={`place-${p.id}`} className="text-xl font-bold">
              {p.title}
            </h2>
            <PlaceStatus status={p.status} />
          </div>
          <p className="text-slate-700">
            {p.organisation} · <PlaceHours place={p} />
          </p>
          <p className="text-slate-800">{p.question}</p>
          {p.status === "invited" ? (
            <Form method="post" action="?answer" className="flex flex-wrap gap-3">
              <input type="hidden" name="placeId" value={p.id} />
              <Button type="submit" name="answer" value="accept" disabled={busy}>
                {t("workshop.experts.mine.accept")}
              </Button>
              <Button type="submit" name="answer" value="decline" variant="secondary" disabled={busy}>
                {t("workshop.experts.mine.decline")}
              </Button>
            </Form>
          ) : null}
          {p.status === "accepted" || p.status === "ended" ? (
            <>
              <h3 className="font-bold">{t("workshop.experts.mine.team")}</h3>
              {p.team.length === 0 ? (
                <p className="text-slate-700">{t("workshop.experts.mine.teamPending")}</p>
              ) : (
                <ul className="space-y-1">
                  {p.team.map((m) => (
                    <li key={m.email} className="flex flex-wrap gap-x-3">
                      <span className="font-semibold">{m.name}</span>
                      <span className="text-slate-700">{m.teamRole || m.role}</span>
                      <a href={`mailto:${m.email}`} className="break-all">
                        {m.email}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              <p className="text-sm text-slate-700">{t("workshop.experts.mine.logged", { hours: formatHours(p.loggedMinutes, locale) })}</p>
              {p.status === "accepted" ? (
                <Form
                  method="post"
                  action="?log"
                  className="flex flex-wrap items-end gap-3"
                  aria-label={t("workshop.experts.mine.logTitle")}
                >
                  <input type="hidden" name="placeId" value={p.id} />
                  <TextField
                    name="workedOn"
                    type="date"
                    label={t("workshop.experts.mine.day")}
                    defaultValue={today}
                    reply={reply}
                    scope={p.id}
                  />
                  <TextField name="hours" label={t("workshop.experts.mine.hours")} inputMode="decimal" reply={reply} scope={p.id} />
                  <TextField name="note" label={t("workshop.experts.mine.note")} optional reply={reply} scope={p.id} />
                  <Button type="submit" variant="secondary" disabled={busy}>
                    {t("workshop.experts.mine.log")}
                  </Button>
                </Form>
              ) : null}
            </>
          ) : null}
        </section>
      ))}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
