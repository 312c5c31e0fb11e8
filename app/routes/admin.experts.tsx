import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { hourRateSchema } from "~/modules/workshop";
import { expertHoursValue, expertPool, setExpertHourRate } from "~/modules/workshop/index.server";
import { centsToInput, formatMoney } from "~/utils/money";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("workshop.experts.pool.title");

/** The manager's view of the expert pool and the value of an expert hour given in kind. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const today = todayIn();
  const [pool, year] = await Promise.all([
    expertPool(werkplaats.id, today),
    expertHoursValue(werkplaats.id, { start: `${today.slice(0, 4)}-01-01`, end: today }),
  ]);
  return { pool, year };
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, hourRateSchema, async (input) => {
    await setExpertHourRate(werkplaats.id, input.rate, user.id);
    return successReply({ key: "workshop.experts.pool.rateSaved" });
  });
}

const hoursOf = (minutes: number) => Math.round(minutes / 60);

export default function ExpertPool() {
  const t = useT();
  const locale = useLocale();
  const { pool, year } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="space-y-6">
      <PageHeader title={t("workshop.experts.pool.title")} intro={t("workshop.experts.pool.intro")} />
      <section className="card space-y-3" aria-labelledby="rate-title">
        <h2 id="rate-title" className="text-xl font-bold">
          {t("workshop.experts.pool.rate")}
        </h2>
        <SuccessNotice reply={reply} />
        <ErrorSummary reply={reply} labels={{ rate: t("workshop.experts.pool.rate") }} />
        <Form method="post" className="flex flex-wrap items-end gap-3" noValidate>
          <TextField
            name="rate"
            label={t("workshop.experts.pool.rate")}
            hint={t("workshop.experts.pool.rateHint")}
            inputMode="decimal"
            defaultValue={centsToInput(year.rateCents)}
            reply={reply}
          />
          <Button type="submit" disabled={busy}>
            {t("common.save")}
          </Button>
        </Form>
        <p className="font-semibold">
          {t("workshop.experts.pool.valueYear", { hours: hoursOf(year.minutes), value: formatMoney(year.valueCents, locale) })}
        </p>
      </section>
      {pool.length === 0 ? (
        <div className="card text-slate-700">{t("workshop.experts.pool.empty")}</div>
      ) : (
        <div className="card overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-slate-300">
                <th className="py-2 pr-3">{t("workshop.experts.pool.name")}</th>
                <th className="py-2 pr-3 text-right">{t("workshop.experts.pool.pledge")}</th>
                <th className="py-2 pr-3 text-right">{t("workshop.experts.pool.booked")}</th>
                <th className="py-2 text-right">{t("workshop.experts.pool.logged")}</th>
              </tr>
            </thead>
            <tbody>
              {pool.map((e) => (
                <tr key={e.userId} className="border-b border-slate-200">
                  <td className="py-2 pr-3">
                    <span className="font-semibold">{e.name}</span>
                    <span className="block text-sm text-slate-600 break-all">{e.email}</span>
                  </td>
                  <td className="py-2 pr-3 text-right">{e.hoursPerMonth}</td>
                  <td className="py-2 pr-3 text-right">{e.bookedThisMonth}</td>
                  <td className="py-2 text-right">{hoursOf(e.loggedMinutesThisYear)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
