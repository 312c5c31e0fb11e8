import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SelectField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { bookingFormSchema } from "~/modules/rooms";
import { bookRoom, isStaff, bookingFormOptions } from "~/modules/rooms/index.server";
import { formatDateTime, formatTime } from "~/utils/dates";
import { isErrorReply } from "~/utils/forms";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";

export const meta = pageTitle("bookings.new.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats, roles } = requireRole(args, "member", "staff", "manager");
  const params = new URL(args.request.url).searchParams;
  const options = await bookingFormOptions(werkplaats.id, isStaff(roles));
  const prefill = {
    roomId: params.get("room") ?? "",
    date: params.get("date") ?? "",
    startTime: params.get("start") ?? "",
    endTime: params.get("end") ?? "",
  };
  return { ...options, prefill, staff: isStaff(roles) };
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats, roles } = requireRole(args, "member", "staff", "manager");
  return submitForm(args.request, bookingFormSchema, async (input) => {
    const result = await bookRoom(werkplaats, { id: user.id, roles }, input);
    if (result.status === "clashes") {
      const values = Object.fromEntries(
        Object.entries(input)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, String(v)]),
      );
      return data({ status: "clashes" as const, clashes: result.clashes, total: result.total, values }, { status: 409 });
    }
    const q = new URLSearchParams({ booked: String(result.bookingIds.length) });
    if (result.skipped.length) q.set("skipped", String(result.skipped.length));
    return redirect(`/bookings/${result.bookingIds[0]}?${q.toString()}`);
  });
}

export default function NewBooking() {
  const t = useT();
  const locale = useLocale();
  const { rooms, people, prefill, staff } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const formReply = reply && reply.status !== "clashes" ? reply : undefined;
  const kept = (name: string, fallback: string) =>
    isErrorReply(formReply) && name in formReply.values ? formReply.values[name]! : fallback;
  const [repeat, setRepeat] = useState(kept("repeat", "none"));
  const [roomId, setRoomId] = useState(kept("roomId", prefill.roomId || rooms[0]?.id || ""));
  const room = rooms.find((r) => r.id === roomId);

  if (reply?.status === "clashes") {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("bookings.clashes.title")} />
        <Notice tone="warning" title={t("bookings.clashes.intro", { count: reply.clashes.length, total: reply.total })}>
          <ul className="mt-2 list-disc pl-5">
            {reply.clashes.map((c) => (
              <li key={c.start}>
                {formatDateTime(c.start, locale)}–{formatTime(c.end, locale)}
              </li>
            ))}
          </ul>
        </Notice>
        <div className="mt-6 flex flex-wrap gap-3">
          <Form method="post">
            {Object.entries(reply.values).map(([k, v]) => (
              <input key={k} type="hidden" name={k} value={v} />
            ))}
            <input type="hidden" name="onClash" value="skip" />
            <Button type="submit" disabled={busy}>
              {t("bookings.clashes.skip", { count: reply.total - reply.clashes.length })}
            </Button>
          </Form>
          <Link to="/calendar" className="btn-secondary">
            {t("bookings.clashes.cancelSeries")}
          </Link>
        </div>
      </div>
    );
  }

  if (rooms.length === 0) {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("bookings.new.title")} />
        <Notice tone="info">{t("bookings.new.noRooms")}</Notice>
      </div>
    );
  }

  const labels = {
    roomId: t("bookings.field.room"),
    date: t("bookings.field.date"),
    startTime: t("bookings.field.start"),
    endTime: t("bookings.field.end"),
    title: t("bookings.field.title"),
    weeks: t("bookings.field.weeks"),
    until: t("bookings.field.until"),
    forUserId: t("bookings.field.forUser"),
  };
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("bookings.new.title")} intro={t("bookings.new.intro")} />
      <div className="card">
        <ErrorSummary reply={formReply} labels={labels} />
        <Form method="post" className="space-y-5" noValidate>
          <SelectField
            name="roomId"
            label={labels.roomId}
            reply={formReply}
            defaultValue={roomId}
            onChange={(e) => setRoomId(e.currentTarget.value)}
            options={rooms.map((r) => ({ value: r.id, label: t("calendar.roomOption", { name: r.name, capacity: r.capacity }) }))}
          />
          {room ? (
            <p className="-mt-3 text-sm text-slate-700">
              {t("bookings.new.roomRules", {
                price: formatMoney(room.memberHourlyCents, locale),
                min: room.minMinutes,
                max: room.maxMinutes,
                cancel: room.cancelHours,
              })}
              {room.bufferAfterMinutes + room.bufferBeforeMinutes > 0
                ? ` ${t("bookings.new.buffer", { minutes: room.bufferBeforeMinutes + room.bufferAfterMinutes })}`
                : ""}
            </p>
          ) : null}
          <TextField name="date" type="date" label={labels.date} defaultValue={prefill.date} required reply={formReply} />
          <div className="grid grid-cols-2 gap-4">
            <TextField
              name="startTime"
              type="time"
              step={900}
              label={labels.startTime}
              defaultValue={prefill.startTime}
              required
              reply={formReply}
              hint={t("bookings.field.quarterHint")}
            />
            <TextField
              name="endTime"
              type="time"
              step={900}
              label={labels.endTime}
              defaultValue={prefill.endTime}
              required
              reply={formReply}
            />
          </div>
          <TextField name="title" label={labels.title} optional reply={formReply} hint={t("bookings.field.titleHint")} />
          <fieldset className="space-y-2">
            <legend className="font-semibold">{t("bookings.field.repeat")}</legend>
            {(["none", "weeks", "until"] as const).map((value) => (
              <label key={value} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="repeat"
                  value={value}
                  checked={repeat === value}
                  onChange={() => setRepeat(value)}
                  className="h-4 w-4"
                />
                {t(`bookings.repeat.${value}`)}
              </label>
            ))}
          </fieldset>
          {repeat === "weeks" ? (
            <TextField name="weeks" type="number" min={2} max={52} label={labels.weeks} defaultValue="4" reply={formReply} />
          ) : null}
          {repeat === "until" ? <TextField name="until" type="date" label={labels.until} reply={formReply} /> : null}
          {staff ? (
            <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
              <legend className="px-1 font-semibold">{t("bookings.staff.legend")}</legend>
              <SelectField
                name="kind"
                label={t("bookings.field.kind")}
                reply={formReply}
                defaultValue="booking"
                options={[
                  { value: "booking", label: t("bookings.kind.booking") },
                  { value: "block", label: t("bookings.kind.block") },
                ]}
              />
              <SelectField
                name="forUserId"
                label={labels.forUserId}
                reply={formReply}
                defaultValue=""
                options={[
                  { value: "", label: t("bookings.staff.forMyself") },
                  ...people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` })),
                ]}
              />
            </fieldset>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={busy}>
              {t("bookings.new.submit")}
            </Button>
            <Link to="/calendar" className="btn-secondary">
              {t("common.cancel")}
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
