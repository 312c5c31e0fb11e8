import { Form } from "@remix-run/react";
import { ErrorSummary, SelectField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { StatusBadge } from "~/components/ui/status-badge";
import { deskKinds } from "~/modules/desks";
import { useT } from "~/modules/i18n";
import { isErrorReply, type FormReply } from "~/utils/forms";

type Area = {
  id: string;
  name: string;
  description: string;
  flexCapacity: number;
  sortOrder: number;
  archivedAt: string | Date | null;
  desks: { id: string; label: string; kind: string; note: string; archivedAt: string | Date | null }[];
};

/** One area on the desks page: its flex capacity and details, its desks, and a form to add one. */
export function AreaCard({ area, reply, busy }: { area: Area; reply?: FormReply | null; busy: boolean }) {
  const t = useT();
  const mine =
    isErrorReply(reply) && (reply.values.areaId === area.id || area.desks.some((d) => d.id === reply.values.deskId)) ? reply : undefined;
  const editReply = mine?.values.intent === "update-area" ? mine : undefined;
  const deskReply = mine?.values.intent === "create-desk" ? mine : undefined;
  const p = `area-${area.id.slice(0, 8)}`;
  return (
    <section className="card" aria-labelledby={`${p}-title`}>
      <h2 id={`${p}-title`} className="text-xl font-bold">
        {area.name}
      </h2>
      <p className="text-slate-700">
        {t("desksAdmin.areaSummary", { flex: area.flexCapacity, desks: area.desks.filter((d) => !d.archivedAt).length })}
      </p>
      <ErrorSummary reply={mine} />
      <details className="mt-3" open={editReply ? true : undefined}>
        <summary className="cursor-pointer font-semibold">{t("desksAdmin.editArea")}</summary>
        <Form method="post" className="mt-3 grid gap-4 sm:grid-cols-2" noValidate>
          <input type="hidden" name="areaId" value={area.id} />
          <TextField scope={p} name="name" label={t("area.field.name")} defaultValue={area.name} required reply={editReply} />
          <TextField
            scope={p}
            name="flexCapacity"
            label={t("area.field.flexCapacity")}
            inputMode="numeric"
            defaultValue={String(area.flexCapacity)}
            required
            reply={editReply}
          />
          <TextField
            scope={p}
            name="description"
            label={t("area.field.description")}
            defaultValue={area.description}
            optional
            reply={editReply}
          />
          <TextField
            scope={p}
            name="sortOrder"
            label={t("area.field.sortOrder")}
            inputMode="numeric"
            defaultValue={String(area.sortOrder)}
            optional
            reply={editReply}
          />
          <div>
            <Button type="submit" name="intent" value="update-area" variant="secondary" disabled={busy}>
              {t("common.save")}
            </Button>
          </div>
        </Form>
      </details>
      {area.desks.length > 0 ? (
        <ul className="mt-4 grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
          {area.desks.map((d) => (
            <li key={d.id} className="flex items-center justify-between gap-2 rounded-md border border-slate-200 px-3 py-2">
              <span>
                <span className="font-semibold">{d.label}</span>
                {/* Most are desks: only an office says what it is. */}
                {d.kind === "office" ? <span className="ml-2 text-sm text-slate-700">{t("desk.kind.office")}</span> : null}
                {d.note ? <span className="block text-sm text-slate-600">{d.note}</span> : null}
                {d.archivedAt ? (
                  <span className="ml-2">
                    <StatusBadge tone="neutral">{t("desksAdmin.outOfUse")}</StatusBadge>
                  </span>
                ) : null}
              </span>
              <Form method="post">
                <input type="hidden" name="deskId" value={d.id} />
                <Button
                  type="submit"
                  name="intent"
                  value={d.archivedAt ? "restore-desk" : "archive-desk"}
                  variant="secondary"
                  small
                  disabled={busy}
                  aria-label={t(d.archivedAt ? "desksAdmin.restoreDeskLabel" : "desksAdmin.archiveDeskLabel", { desk: d.label })}
                >
                  {t(d.archivedAt ? "desksAdmin.restoreDesk" : "desksAdmin.archiveDesk")}
                </Button>
              </Form>
            </li>
          ))}
        </ul>
      ) : null}
      <Form method="post" className="mt-4 grid gap-3 sm:grid-cols-[8rem_9rem_1fr_auto] sm:items-end" noValidate>
        <input type="hidden" name="areaId" value={area.id} />
        <TextField scope={p} name="label" label={t("desk.field.label")} required reply={deskReply} />
        <SelectField
          scope={p}
          name="kind"
          label={t("desk.field.kind")}
          reply={deskReply}
          defaultValue="desk"
          options={deskKinds.map((k) => ({ value: k, label: t(`desk.kind.${k}`) }))}
        />
        <TextField scope={p} name="note" label={t("desk.field.note")} optional reply={deskReply} />
        <Button type="submit" name="intent" value="create-desk" variant="secondary" disabled={busy}>
          {t("desksAdmin.addDesk")}
        </Button>
      </Form>
    </section>
  );
}
