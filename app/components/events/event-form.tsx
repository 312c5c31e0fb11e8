import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorSummary, SelectField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { AUDIENCES, EVENT_KINDS, THEMES } from "~/modules/events";
import { useT } from "~/modules/i18n";
import { isErrorReply, type FormReply } from "~/utils/forms";

type Values = Record<string, string | string[]>;

function TextArea({
  name,
  label,
  value,
  reply,
  rows = 4,
  optional,
  hint,
}: {
  name: string;
  label: string;
  value?: string;
  reply?: FormReply;
  rows?: number;
  optional?: boolean;
  hint?: string;
}) {
  const t = useT();
  const errors = isErrorReply(reply) ? (reply.fieldErrors[name] ?? []) : [];
  const kept = isErrorReply(reply) && name in reply.values ? reply.values[name] : value;
  return (
    <div className="space-y-1">
      <label htmlFor={`field-${name}`} className="block font-semibold">
        {label}
        {optional ? <span className="font-normal text-slate-600"> ({t("common.optional")})</span> : null}
      </label>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      {errors[0] ? <p className="text-sm font-semibold text-red-800">{t(errors[0].key, errors[0].vars)}</p> : null}
      <textarea
        id={`field-${name}`}
        name={name}
        rows={rows}
        className="input"
        defaultValue={kept}
        aria-invalid={errors.length > 0 || undefined}
      />
    </div>
  );
}

function Checkboxes({
  name,
  legend,
  options,
  selected,
  reply,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  selected: string[];
  reply?: FormReply;
}) {
  const t = useT();
  const errors = isErrorReply(reply) ? (reply.fieldErrors[name] ?? []) : [];
  return (
    <fieldset id={`field-${name}`}>
      <legend className="font-semibold">{legend}</legend>
      {errors[0] ? <p className="text-sm font-semibold text-red-800">{t(errors[0].key)}</p> : null}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} className="h-4 w-4" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Create and edit an event: what, when, where (a room through the booking engine, or online), who and how many. */
export function EventForm({
  values,
  reply,
  busy,
  rooms,
  actions,
}: {
  values: Values;
  reply?: FormReply;
  busy: boolean;
  rooms: { id: string; name: string; capacity: number }[];
  actions: ReactNode;
}) {
  const t = useT();
  const v = (n: string) => (typeof values[n] === "string" ? (values[n] as string) : "");
  const list = (n: string) => (Array.isArray(values[n]) ? (values[n] as string[]) : []);
  const labels = {
    kind: t("eventForm.kind"),
    titleNl: t("eventForm.titleNl"),
    startDate: t("eventForm.startDate"),
    startTime: t("eventForm.startTime"),
    endTime: t("eventForm.endTime"),
    roomId: t("eventForm.room"),
    onlineUrl: t("eventForm.onlineUrl"),
    capacity: t("eventForm.capacity"),
    audiences: t("eventForm.audiences"),
    price: t("eventForm.price"),
    registrationCloses: t("eventForm.registrationCloses"),
  };
  return (
    <Form method="post" className="space-y-6" noValidate>
      <ErrorSummary reply={reply} labels={labels} />
      <section className="card space-y-5" aria-labelledby="ev-what">
        <h2 id="ev-what" className="text-xl font-bold">
          {t("eventForm.section.what")}
        </h2>
        <SelectField
          name="kind"
          label={labels.kind}
          reply={reply}
          defaultValue={v("kind") || "workshop"}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKind.${k}`) }))}
        />
        <TextField name="titleNl" label={labels.titleNl} defaultValue={v("titleNl")} required reply={reply} />
        <TextArea name="descriptionNl" label={t("eventForm.descriptionNl")} value={v("descriptionNl")} reply={reply} rows={5} />
        <TextField name="titleEn" label={t("eventForm.titleEn")} defaultValue={v("titleEn")} optional reply={reply} />
        <TextArea name="descriptionEn" label={t("eventForm.descriptionEn")} value={v("descriptionEn")} reply={reply} optional />
        <Checkboxes
          name="themes"
          legend={t("eventForm.themes")}
          options={THEMES.map((th) => ({ value: th, label: t(`theme.${th}`) }))}
          selected={list("themes")}
          reply={reply}
        />
        <Checkboxes
          name="audiences"
          legend={labels.audiences}
          options={AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))}
          selected={list("audiences")}
          reply={reply}
        />
        <TextArea
          name="speakers"
          label={t("eventForm.speakers")}
          hint={t("eventForm.speakersHint")}
          value={v("speakers")}
          reply={reply}
          rows={3}
          optional
        />
      </section>
      <section className="card space-y-5" aria-labelledby="ev-when">
        <h2 id="ev-when" className="text-xl font-bold">
          {t("eventForm.section.when")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="startDate" type="date" label={labels.startDate} defaultValue={v("startDate")} required reply={reply} />
          <TextField
            name="startTime"
            type="time"
            step={900}
            label={labels.startTime}
            defaultValue={v("startTime")}
            required
            reply={reply}
          />
          <TextField
            name="endDate"
            type="date"
            label={t("eventForm.endDate")}
            defaultValue={v("endDate")}
            optional
            hint={t("eventForm.endDateHint")}
            reply={reply}
          />
          <TextField name="endTime" type="time" step={900} label={labels.endTime} defaultValue={v("endTime")} required reply={reply} />
        </div>
        <SelectField
          name="roomId"
          label={labels.roomId}
          reply={reply}
          defaultValue={v("roomId")}
          hint={t("eventForm.roomHint")}
          options={[
            { value: "", label: t("eventForm.noRoom") },
            ...rooms.map((r) => ({ value: r.id, label: t("calendar.roomOption", { name: r.name, capacity: r.capacity }) })),
          ]}
        />
        <TextField
          name="onlineUrl"
          type="url"
          label={labels.onlineUrl}
          defaultValue={v("onlineUrl")}
          optional
          reply={reply}
          placeholder="https://"
        />
      </section>
      <section className="card space-y-5" aria-labelledby="ev-who">
        <h2 id="ev-who" className="text-xl font-bold">
          {t("eventForm.section.registration")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="capacity"
            type="number"
            min={1}
            label={labels.capacity}
            defaultValue={v("capacity") || "20"}
            required
            reply={reply}
          />
          <TextField
            name="price"
            inputMode="decimal"
            label={labels.price}
            defaultValue={v("price")}
            optional
            hint={t("eventForm.priceHint")}
            reply={reply}
          />
          <TextField
            name="registrationOpens"
            type="date"
            label={t("eventForm.registrationOpens")}
            defaultValue={v("registrationOpens")}
            optional
            hint={t("eventForm.opensHint")}
            reply={reply}
          />
          <TextField
            name="registrationCloses"
            type="date"
            label={labels.registrationCloses}
            defaultValue={v("registrationCloses")}
            optional
            hint={t("eventForm.closesHint")}
            reply={reply}
          />
        </div>
      </section>
      <div className="flex flex-wrap gap-3">
        {actions}
        {busy ? <span className="self-center text-slate-700">{t("common.loading")}</span> : null}
      </div>
    </Form>
  );
}

export function EventFormButtons({ busy, published }: { busy: boolean; published: boolean }) {
  const t = useT();
  return published ? (
    <Button type="submit" name="intent" value="save" disabled={busy}>
      {t("eventForm.saveChanges")}
    </Button>
  ) : (
    <>
      <Button type="submit" name="intent" value="publish" disabled={busy}>
        {t("eventForm.publish")}
      </Button>
      <Button type="submit" name="intent" value="save" variant="secondary" disabled={busy}>
        {t("eventForm.saveDraft")}
      </Button>
    </>
  );
}
