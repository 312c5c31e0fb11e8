import { Form } from "@remix-run/react";
import { CheckboxField, ErrorSummary, SelectField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { useT } from "~/modules/i18n";
import { AMENITIES, WEEKDAYS } from "~/modules/rooms";
import { isErrorReply, type FormReply } from "~/utils/forms";

type Values = Record<string, string | string[] | boolean>;

/** Create and edit a room: details, prices, opening hours per weekday and booking rules. */
export function RoomForm({
  values,
  reply,
  busy,
  submitLabel,
}: {
  values: Values;
  reply: FormReply | undefined;
  busy: boolean;
  submitLabel: string;
}) {
  const t = useT();
  const v = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const amenities = isErrorReply(reply) ? [] : ((values.amenities as string[] | undefined) ?? []);
  const labels: Record<string, string> = {
    name: t("rooms.field.name"),
    capacity: t("rooms.field.capacity"),
    memberHourly: t("rooms.field.memberHourly"),
    guestHourly: t("rooms.field.guestHourly"),
    minMinutes: t("rooms.field.minMinutes"),
    maxMinutes: t("rooms.field.maxMinutes"),
    bufferBeforeMinutes: t("rooms.field.bufferBefore"),
    bufferAfterMinutes: t("rooms.field.bufferAfter"),
    advanceDays: t("rooms.field.advanceDays"),
    cancelHours: t("rooms.field.cancelHours"),
  };
  for (const d of WEEKDAYS) labels[`close_${d}`] = t(`weekday.${d}`);
  return (
    <Form method="post" className="space-y-6" noValidate>
      <ErrorSummary reply={reply} labels={labels} />
      <section className="card space-y-5" aria-labelledby="room-details">
        <h2 id="room-details" className="text-xl font-bold">
          {t("rooms.section.details")}
        </h2>
        <TextField name="name" label={labels.name!} defaultValue={v("name")} required reply={reply} />
        <div className="space-y-1">
          <label htmlFor="field-description" className="block font-semibold">
            {t("rooms.field.description")} <span className="font-normal text-slate-600">({t("common.optional")})</span>
          </label>
          <textarea
            id="field-description"
            name="description"
            rows={3}
            className="input"
            defaultValue={isErrorReply(reply) ? reply.values.description : v("description")}
          />
        </div>
        <TextField
          name="capacity"
          type="number"
          min={1}
          label={labels.capacity!}
          defaultValue={v("capacity")}
          required
          reply={reply}
          className="input max-w-32"
        />
        <fieldset>
          <legend className="font-semibold">{t("rooms.field.amenities")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {AMENITIES.map((a) => (
              <label key={a} className="flex items-center gap-2">
                <input type="checkbox" name="amenities" value={a} defaultChecked={amenities.includes(a)} className="h-4 w-4" />
                {t(`amenity.${a}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="memberHourly"
            inputMode="decimal"
            label={labels.memberHourly!}
            defaultValue={v("memberHourly")}
            required
            reply={reply}
            hint={t("rooms.field.priceHint")}
          />
          <TextField
            name="guestHourly"
            inputMode="decimal"
            label={labels.guestHourly!}
            defaultValue={v("guestHourly")}
            required
            reply={reply}
            hint={t("rooms.field.priceHint")}
          />
        </div>
        <CheckboxField name="active" label={t("rooms.field.active")} reply={reply} defaultChecked={values.active !== false} />
      </section>

      <section className="card" aria-labelledby="room-hours">
        <h2 id="room-hours" className="text-xl font-bold">
          {t("rooms.section.hours")}
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-700">{t("rooms.hoursHint")}</p>
        <table className="data-table max-w-lg">
          <thead>
            <tr>
              <th scope="col">{t("rooms.col.day")}</th>
              <th scope="col">{t("rooms.col.open")}</th>
              <th scope="col">{t("rooms.col.close")}</th>
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((d) => {
              const error = isErrorReply(reply) ? (reply.fieldErrors[`close_${d}`] ?? reply.fieldErrors[`open_${d}`]) : undefined;
              const kept = (n: string) => (isErrorReply(reply) ? (reply.values[n] ?? "") : (v(n) ?? ""));
              return (
                <tr key={d}>
                  <th scope="row" className="font-semibold">
                    {t(`weekday.${d}`)}
                    {error?.[0] ? (
                      <p id={`field-close_${d}`} className="text-sm font-semibold text-red-800">
                        {t(error[0].key)}
                      </p>
                    ) : null}
                  </th>
                  <td>
                    <input
                      type="time"
                      name={`open_${d}`}
                      aria-label={t("rooms.openLabel", { day: t(`weekday.${d}`) })}
                      defaultValue={kept(`open_${d}`)}
                      className="input"
                      aria-invalid={error ? true : undefined}
                    />
                  </td>
                  <td>
                    <input
                      type="time"
                      name={`close_${d}`}
                      aria-label={t("rooms.closeLabel", { day: t(`weekday.${d}`) })}
                      defaultValue={kept(`close_${d}`)}
                      className="input"
                      aria-invalid={error ? true : undefined}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section className="card space-y-5" aria-labelledby="room-rules">
        <h2 id="room-rules" className="text-xl font-bold">
          {t("rooms.section.rules")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="minMinutes"
            type="number"
            step={15}
            label={labels.minMinutes!}
            defaultValue={v("minMinutes") ?? "30"}
            reply={reply}
          />
          <TextField
            name="maxMinutes"
            type="number"
            step={15}
            label={labels.maxMinutes!}
            defaultValue={v("maxMinutes") ?? "240"}
            reply={reply}
          />
          <TextField
            name="bufferBeforeMinutes"
            type="number"
            label={labels.bufferBeforeMinutes!}
            defaultValue={v("bufferBeforeMinutes") ?? "0"}
            reply={reply}
          />
          <TextField
            name="bufferAfterMinutes"
            type="number"
            label={labels.bufferAfterMinutes!}
            defaultValue={v("bufferAfterMinutes") ?? "15"}
            reply={reply}
          />
          <TextField name="advanceDays" type="number" label={labels.advanceDays!} defaultValue={v("advanceDays") ?? "60"} reply={reply} />
          <TextField name="cancelHours" type="number" label={labels.cancelHours!} defaultValue={v("cancelHours") ?? "24"} reply={reply} />
        </div>
        <p className="text-sm text-slate-700">{t("rooms.granularity")}</p>
        <SelectField
          name="bookableBy"
          label={t("rooms.field.bookableBy")}
          reply={reply}
          defaultValue={v("bookableBy") ?? "members"}
          options={[
            { value: "members", label: t("rooms.bookableBy.members") },
            { value: "staff", label: t("rooms.bookableBy.staff") },
          ]}
        />
      </section>
      <Button type="submit" disabled={busy}>
        {submitLabel}
      </Button>
    </Form>
  );
}
