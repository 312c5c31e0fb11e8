import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { StatusBadge } from "~/components/ui/status-badge";
import { requireRole } from "~/modules/auth/index.server";
import { hostActionSchema } from "~/modules/consultations";
import { cancelSlot, hostSlots, publishSlots } from "~/modules/consultations/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { formatDateTime, formatTime } from "~/utils/dates";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("consultations.manageTitle");

/** Staff and expert members publish their consultation hours and see who booked them. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "staff", "manager", "member");
  return { slots: await hostSlots(werkplaats.id, user.id) };
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "staff", "manager", "member");
  return submitForm(args.request, hostActionSchema, async (input) => {
    if (input.intent === "publish") {
      const count = await publishSlots(werkplaats.id, user.id, input);
      return successReply({ key: "consultations.published", vars: { count } });
    }
    await cancelSlot(werkplaats, user.id, input.slotId);
    return successReply({ key: "consultations.slotCancelled" });
  });
}

export default function ManageConsultations() {
  const t = useT();
  const locale = useLocale();
  const { slots } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const publishReply = reply?.status === "error" && reply.values.intent === "publish" ? reply : undefined;
  return (
    <div className="space-y-6">
      <PageHeader title={t("consultations.manageTitle")} intro={t("consultations.manageIntro")} />
      <SuccessNotice reply={reply} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section className="card overflow-x-auto" aria-labelledby="my-slots">
          <h2 id="my-slots" className="text-xl font-bold">
            {t("consultations.mySlots")}
          </h2>
          {slots.length === 0 ? (
            <p className="mt-2 text-slate-700">{t("consultations.noSlots")}</p>
          ) : (
            <table className="data-table mt-3">
              <thead>
                <tr>
                  <th scope="col">{t("bookings.col.when")}</th>
                  <th scope="col">{t("consultations.topic")}</th>
                  <th scope="col">{t("consultations.bookedBy")}</th>
                  <th scope="col">{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {slots.map((s) => (
                  <tr key={s.id}>
                    <td className="whitespace-nowrap">
                      {formatDateTime(s.startsAt, locale)}–{formatTime(s.endsAt, locale)}
                    </td>
                    <td>{s.topic}</td>
                    <td>
                      {s.bookedAt ? (
                        <>
                          <div className="font-semibold">{s.bookerName}</div>
                          <div className="text-sm text-slate-600">
                            {s.bookerEmail}
                            {s.bookerOrganisation ? ` · ${s.bookerOrganisation}` : ""}
                          </div>
                          <div className="text-sm">{s.question}</div>
                        </>
                      ) : (
                        <StatusBadge tone="neutral">{t("consultations.free")}</StatusBadge>
                      )}
                    </td>
                    <td>
                      <Form method="post">
                        <input type="hidden" name="slotId" value={s.id} />
                        <Button
                          type="submit"
                          name="intent"
                          value="cancel-slot"
                          variant="danger"
                          small
                          disabled={busy}
                          aria-label={t("consultations.cancelLabel", { time: formatDateTime(s.startsAt, locale) })}
                        >
                          {t("consultations.cancelSlot")}
                        </Button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="card" aria-labelledby="publish-title">
          <h2 id="publish-title" className="text-xl font-bold">
            {t("consultations.publishTitle")}
          </h2>
          <ErrorSummary reply={publishReply} />
          <Form method="post" className="mt-3 space-y-4" noValidate>
            <TextField name="topic" label={t("consultations.topic")} reply={publishReply} required hint={t("consultations.topicHint")} />
            <TextField name="location" label={t("consultations.location")} reply={publishReply} optional />
            <TextField name="date" type="date" label={t("consultations.firstDate")} reply={publishReply} required />
            <TextField name="startTime" type="time" step={900} label={t("consultations.startTime")} reply={publishReply} required />
            <TextField
              name="slotMinutes"
              type="number"
              step={15}
              label={t("consultations.slotMinutes")}
              defaultValue="30"
              reply={publishReply}
            />
            <TextField name="count" type="number" min={1} max={12} label={t("consultations.count")} defaultValue="4" reply={publishReply} />
            <TextField name="weeks" type="number" min={1} max={26} label={t("consultations.weeks")} defaultValue="4" reply={publishReply} />
            <Button type="submit" name="intent" value="publish" disabled={busy}>
              {t("consultations.publish")}
            </Button>
          </Form>
        </section>
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
