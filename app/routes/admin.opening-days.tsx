import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice, TextField } from "~/components/form";
import { DeskTabs } from "~/components/members/desk-tabs";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { openingDaysFormSchema } from "~/modules/werkplaats";
import { runOpeningDaysAction, openingDaysPage } from "~/modules/werkplaats/index.server";
import { formatDay } from "~/utils/calendar";
import { isErrorReply } from "~/utils/forms";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("openingDays.title");

/** The manager sets the weekly closed days and the holidays: no flex spots or day passes then. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return openingDaysPage(werkplaats.id);
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, openingDaysFormSchema, async (input) =>
    successReply(await runOpeningDaysAction(werkplaats.id, input, args.context.locale)),
  );
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export default function OpeningDays() {
  const t = useT();
  const locale = useLocale();
  const { today, closedWeekdays, days } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const addReply = isErrorReply(reply) && reply.values.intent === "add-day" ? reply : undefined;
  const otherError = isErrorReply(reply) && reply.values.intent !== "add-day" ? reply : undefined;
  const year = Number(today.slice(0, 4));
  return (
    <div>
      <PageHeader title={t("openingDays.title")} intro={t("openingDays.intro")} />
      <DeskTabs current="opening" />
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={otherError} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card" aria-labelledby="weekly-title">
          <h2 id="weekly-title" className="text-xl font-bold">
            {t("openingDays.weeklyTitle")}
          </h2>
          <Form method="post" className="mt-3 space-y-4">
            <fieldset>
              <legend className="font-semibold">{t("openingDays.weeklyLegend")}</legend>
              <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
                {WEEKDAYS.map((d) => (
                  <label key={d} className="flex items-center gap-2">
                    <input type="checkbox" name="weekdays" value={d} defaultChecked={closedWeekdays.includes(d)} className="h-4 w-4" />
                    {t(`openingDays.weekday.${d}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <Button type="submit" name="intent" value="weekdays" disabled={busy}>
              {t("openingDays.saveWeekly")}
            </Button>
          </Form>
        </section>
        <section className="card" aria-labelledby="add-title">
          <h2 id="add-title" className="text-xl font-bold">
            {t("openingDays.addTitle")}
          </h2>
          <ErrorSummary reply={addReply} labels={{ day: t("openingDays.day"), reason: t("openingDays.reason") }} />
          <Form method="post" className="mt-3 space-y-4" noValidate>
            <TextField name="day" type="date" label={t("openingDays.day")} min={today} required reply={addReply} />
            <TextField name="reason" label={t("openingDays.reason")} hint={t("openingDays.reasonHint")} required reply={addReply} />
            <Button type="submit" name="intent" value="add-day" disabled={busy}>
              {t("openingDays.add")}
            </Button>
          </Form>
          <Form method="post" className="mt-5 flex flex-wrap gap-2 border-t border-slate-200 pt-4">
            {[year, year + 1].map((y) => (
              <Button key={y} type="submit" name="year" value={y} variant="secondary" small disabled={busy}>
                {t("openingDays.addHolidays", { year: y })}
              </Button>
            ))}
            <input type="hidden" name="intent" value="add-holidays" />
          </Form>
        </section>
      </div>
      <section className="card mt-6" aria-labelledby="list-title">
        <h2 id="list-title" className="text-xl font-bold">
          {t("openingDays.listTitle")}
        </h2>
        {days.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("openingDays.none")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200">
            {days.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <span>
                  <span className="font-semibold">{formatDay(d.day, locale, "weekday")}</span> · {d.reason}
                </span>
                <Form method="post">
                  <input type="hidden" name="closedDayId" value={d.id} />
                  <Button
                    type="submit"
                    name="intent"
                    value="remove-day"
                    variant="secondary"
                    small
                    disabled={busy}
                    aria-label={t("openingDays.removeLabel", { date: formatDay(d.day, locale, "weekday") })}
                  >
                    {t("openingDays.remove")}
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
