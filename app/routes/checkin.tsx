import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { checkInPerson, checkOut, myCheckIn } from "~/modules/presence/index.server";
import { checkinSchema } from "~/modules/presence";
import { formatDay } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { formatTime } from "~/utils/dates";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("nav.checkin");

/** Members and day-pass holders check themselves in from their phone. */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  return { today: todayIn(), ...(await myCheckIn(werkplaats.id, user.id)) };
}

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  return submitForm(args.request, checkinSchema, async (input) => {
    if (input.intent === "checkout") {
      await checkOut(werkplaats.id, input.checkInId, { ownerId: user.id });
      return successReply({ key: "checkin.checkedOut" });
    }
    await checkInPerson(werkplaats.id, user.id, "self", user.id);
    return successReply({ key: "checkin.done" });
  });
}

export default function CheckIn() {
  const t = useT();
  const locale = useLocale();
  const { today, checkIn, reservation } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-lg space-y-5">
      <PageHeader title={t("checkin.title")} intro={formatDay(today, locale, "weekday")} />
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} />
      <section className="card text-center" aria-labelledby="state">
        {checkIn ? (
          <>
            <p aria-hidden className="text-5xl">
              ✓
            </p>
            <h2 id="state" className="mt-2 text-2xl font-bold">
              {checkIn.checkedOutAt
                ? t("checkin.stateOut", { time: formatTime(checkIn.checkedOutAt, locale) })
                : t("checkin.stateIn", { time: formatTime(checkIn.checkedInAt, locale) })}
            </h2>
            {reservation ? <p className="mt-1 text-slate-700">{t("checkin.yourSpot", { area: reservation.area })}</p> : null}
            {!checkIn.checkedOutAt ? (
              <Form method="post" className="mt-5">
                <input type="hidden" name="checkInId" value={checkIn.id} />
                <Button type="submit" name="intent" value="checkout" variant="secondary" disabled={busy}>
                  {t("checkin.checkout")}
                </Button>
              </Form>
            ) : null}
          </>
        ) : (
          <>
            <h2 id="state" className="text-xl font-bold">
              {t("checkin.notYet")}
            </h2>
            {reservation?.unpaidPass ? (
              <p className="mt-2 text-slate-700">{t("checkin.errors.unpaidPass")}</p>
            ) : (
              <>
                <p className="mt-2 text-slate-700">
                  {reservation ? t("checkin.withReservation", { area: reservation.area }) : t("checkin.withoutReservation")}
                </p>
                <Form method="post" className="mt-5">
                  <Button type="submit" name="intent" value="checkin" className="w-full py-4 text-lg" disabled={busy}>
                    {t("checkin.submit")}
                  </Button>
                </Form>
              </>
            )}
          </>
        )}
      </section>
      <p className="text-center text-slate-700">
        <Link to="/reservations">{t("checkin.toReservations")}</Link> · <Link to="/daypass">{t("checkin.toDayPass")}</Link>
      </p>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
