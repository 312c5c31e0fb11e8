import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { CheckboxField, ErrorSummary } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { StatusBadge } from "~/components/ui/status-badge";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { getBooking, cancelBooking } from "~/modules/rooms/index.server";
import { cancelBookingSchema } from "~/modules/rooms";
import { formatDateTime, formatTime } from "~/utils/dates";
import { submitForm } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { plural } from "~/modules/plans";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";

export const meta = pageTitle("bookings.detail.title");

export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats, roles } = requireRole(args, "member", "staff", "manager");
  const booking = await orErrorResponse(() => getBooking(werkplaats.id, { id: user.id, roles }, args.params.bookingId ?? ""));
  return { booking, now: new Date().toISOString() };
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats, roles } = requireRole(args, "member", "staff", "manager");
  return submitForm(args.request, cancelBookingSchema, async (input) => {
    const result = await cancelBooking(werkplaats, { id: user.id, roles }, args.params.bookingId ?? "", { series: input.series });
    return redirect(`/bookings?cancelled=${result.count}${result.late ? "&late=1" : ""}`);
  });
}

export default function BookingDetail() {
  const t = useT();
  const locale = useLocale();
  const { booking: b, now } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const booked = params.get("booked");
  const skipped = params.get("skipped");
  const cancellable = b.status === "confirmed" && b.kind !== "event" && new Date(b.endsAt) > new Date(now);
  const late = new Date(b.deadline) < new Date(now);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      {booked ? (
        <Notice tone="success" title={t(Number(booked) > 1 ? "bookings.bookedSeries" : "bookings.booked", { count: booked })}>
          {skipped ? t("bookings.skippedWeeks", { count: skipped }) : null}
        </Notice>
      ) : null}
      <PageHeader title={b.title ? `${b.roomName}: ${b.title}` : b.roomName} />
      <section className="card" aria-label={t("bookings.detail.title")}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{t("bookings.col.when")}</dt>
          <dd>
            {formatDateTime(b.startsAt, locale)}–{formatTime(b.endsAt, locale)}
          </dd>
          <dt className="font-semibold">{t("bookings.col.room")}</dt>
          <dd>{b.roomName}</dd>
          {b.userName ? (
            <>
              <dt className="font-semibold">{t("bookings.col.person")}</dt>
              <dd>{b.userName}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t("common.status")}</dt>
          <dd>
            {b.status === "confirmed" ? (
              <StatusBadge tone="good">{t("bookings.status.confirmed")}</StatusBadge>
            ) : (
              <StatusBadge tone={b.cancelledLate ? "warn" : "neutral"}>
                {t(b.cancelledLate ? "bookings.status.cancelledLate" : "bookings.status.cancelled")}
              </StatusBadge>
            )}
          </dd>
          {b.kind === "booking" ? (
            <>
              <dt className="font-semibold">{t("bookings.detail.hours")}</dt>
              <dd>
                {t("bookings.detail.hoursLine", { minutes: b.minutes, included: b.includedMinutes })}
                <br />
                {t("bookings.detail.charge", { amount: formatMoney(b.chargeableCents, locale) })}
              </dd>
              <dt className="font-semibold">{t("bookings.detail.deadline")}</dt>
              <dd>{formatDateTime(b.deadline, locale)}</dd>
            </>
          ) : null}
        </dl>
        <p className="mt-4 flex flex-wrap gap-3">
          <a className="btn-secondary btn-small" href={`/bookings/${b.id}/calendar.ics`} download>
            {t("bookings.detail.ics")}
          </a>
          <Link className="btn-secondary btn-small" to="/bookings">
            {t("bookings.detail.back")}
          </Link>
        </p>
      </section>
      {cancellable ? (
        <section className="card" aria-labelledby="cancel-title">
          <h2 id="cancel-title" className="text-xl font-bold">
            {t("bookings.cancel.title")}
          </h2>
          <p className="mt-1 text-slate-700">
            {late && b.kind === "booking"
              ? t("bookings.cancel.lateWarning", { amount: formatMoney(b.chargeableCents, locale) })
              : t("bookings.cancel.free")}
          </p>
          <ErrorSummary reply={reply} />
          <Form method="post" className="mt-4 space-y-4">
            <input type="hidden" name="bookingId" value={b.id} />
            {b.seriesOthers > 0 ? (
              <CheckboxField name="series" label={t(plural("bookings.cancel.series", b.seriesOthers), { count: b.seriesOthers })} />
            ) : null}
            <Button type="submit" name="intent" value="cancel" variant="danger" disabled={busy}>
              {t("bookings.cancel.submit")}
            </Button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
