import { nameSaysKind } from "~/modules/plans";
import { Form } from "@remix-run/react";
import { SelectField, TextAreaField, TextField } from "~/components/form";
import { type ReactNode, useState } from "react";
import { Button } from "~/components/ui/button";
import { useLocale, useT } from "~/modules/i18n";
import { formatDay } from "~/utils/calendar";
import { isErrorReply, type FormReply } from "~/utils/forms";

export type DeskChoice = {
  id: string;
  label: string;
  area: string;
  free: boolean;
  heldBy: { name: string; from: string; until: string | null } | null;
};
type Reply = FormReply | undefined | null;

/** A collapsible action on the membership page; it opens by itself when its form has errors. */
function Panel({
  title,
  intent,
  reply,
  children,
  defaultOpen = false,
}: {
  title: string;
  intent: string;
  reply: Reply;
  children: ReactNode;
  defaultOpen?: boolean;
}) {
  const open = defaultOpen || (isErrorReply(reply) && reply.values.intent === intent);
  return (
    <details className="card group" open={open || undefined}>
      <summary className="cursor-pointer text-lg font-bold marker:text-slate-500">{title}</summary>
      <div className="mt-4">{children}</div>
    </details>
  );
}

const only = (reply: Reply, intent: string) => (isErrorReply(reply) && reply.values.intent === intent ? reply : undefined);

/** Only desks free for the whole period can be chosen; the taken ones are listed with who holds them. */
function DeskSelect({ scope, desks, reply, from }: { scope: string; desks: DeskChoice[]; reply: Reply; from: string }) {
  const t = useT();
  const locale = useLocale();
  const free = desks.filter((d) => d.free);
  const taken = desks.filter((d) => d.heldBy);
  return (
    <div className="space-y-3">
      {free.length === 0 ? (
        <p className="text-slate-800">{t("deskChoice.noneFree")}</p>
      ) : (
        <SelectField
          scope={scope}
          name="deskId"
          label={t("deskChoice.label")}
          hint={t("deskChoice.hint", { date: formatDay(from, locale) })}
          reply={reply}
          defaultValue={free[0]?.id ?? ""}
          options={[{ value: "", label: t("deskChoice.choose") }, ...free.map((d) => ({ value: d.id, label: `${d.label} · ${d.area}` }))]}
        />
      )}
      {taken.length > 0 ? (
        <details className="text-sm text-slate-800">
          <summary className="cursor-pointer">{t("deskChoice.takenSummary", { n: taken.length })}</summary>
          <ul className="mt-2 space-y-1">
            {taken.map((d) => (
              <li key={d.id}>
                {d.heldBy?.until
                  ? t("deskChoice.heldUntil", {
                      desk: `${d.label} · ${d.area}`,
                      name: d.heldBy.name,
                      from: formatDay(d.heldBy.from, locale),
                      until: formatDay(d.heldBy.until, locale),
                    })
                  : t("deskChoice.held", {
                      desk: `${d.label} · ${d.area}`,
                      name: d.heldBy?.name ?? "",
                      from: formatDay(d.heldBy?.from ?? from, locale),
                    })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

export function ApprovePanel({
  needsDesk,
  desks,
  from,
  reply,
  busy,
}: {
  needsDesk: boolean;
  desks: DeskChoice[];
  from: string;
  reply: Reply;
  busy: boolean;
}) {
  const t = useT();
  const r = only(reply, "approve");
  return (
    // Approving is what a pending membership is waiting for: its panel is open.
    <Panel title={t("manage.approve.title")} intent="approve" reply={reply} defaultOpen>
      <Form method="post" className="space-y-4" noValidate>
        <p className="text-slate-700">{needsDesk ? t("manage.approve.withDesk") : t("manage.approve.body")}</p>
        {needsDesk ? <DeskSelect scope="approve" desks={desks} reply={r} from={from} /> : null}
        <Button type="submit" name="intent" value="approve" disabled={busy}>
          {t("manage.approve.submit")}
        </Button>
      </Form>
    </Panel>
  );
}

export function DeclinePanel({ reply, busy }: { reply: Reply; busy: boolean }) {
  const t = useT();
  return (
    <Panel title={t("manage.decline.title")} intent="decline" reply={reply}>
      <Form method="post" className="space-y-4" noValidate>
        <TextAreaField
          name="reason"
          label={t("manage.decline.reason")}
          hint={t("manage.decline.hint")}
          required
          reply={only(reply, "decline")}
        />
        <Button type="submit" name="intent" value="decline" variant="danger" disabled={busy}>
          {t("manage.decline.submit")}
        </Button>
      </Form>
    </Panel>
  );
}

export function ChangePlanPanel({
  plans,
  currentPlanId,
  desks,
  today,
  reply,
  busy,
}: {
  plans: { id: string; name: string; kind: string }[];
  currentPlanId: string;
  /** The free desks and offices: the list follows the plan chosen. */
  desks: { desk: DeskChoice[]; office: DeskChoice[] };
  today: string;
  reply: Reply;
  busy: boolean;
}) {
  const t = useT();
  const r = only(reply, "change-plan");
  const others = plans.filter((p) => p.id !== currentPlanId);
  const [planId, setPlanId] = useState(others[0]?.id);
  const kind = others.find((p) => p.id === planId)?.kind === "office" ? "office" : "desk";
  return (
    <Panel title={t("manage.changePlan.title")} intent="change-plan" reply={reply}>
      <Form method="post" className="space-y-4" noValidate>
        <p className="text-slate-700">{t("manage.changePlan.body")}</p>
        <SelectField
          scope="change"
          name="planId"
          label={t("manage.changePlan.plan")}
          reply={r}
          defaultValue={others[0]?.id}
          onChange={(e) => setPlanId(e.currentTarget.value)}
          options={others.map((p) => ({
            value: p.id,
            label: nameSaysKind(p.name, t(`plan.kind.${p.kind}`)) ? p.name : `${p.name} (${t(`plan.kind.${p.kind}`)})`,
          }))}
        />
        <TextField
          scope="change"
          name="effectiveOn"
          type="date"
          label={t("manage.changePlan.from")}
          min={today}
          defaultValue={today}
          required
          reply={r}
        />
        <DeskSelect scope="change" desks={desks[kind]} reply={r} from={today} />
        <p className="text-sm text-slate-600">{t("manage.changePlan.deskHint")}</p>
        <Button type="submit" name="intent" value="change-plan" disabled={busy}>
          {t("manage.changePlan.submit")}
        </Button>
      </Form>
    </Panel>
  );
}

export function PausePanel({ today, reply, busy }: { today: string; reply: Reply; busy: boolean }) {
  const t = useT();
  const r = only(reply, "pause");
  return (
    <Panel title={t("manage.pause.title")} intent="pause" reply={reply}>
      <Form method="post" className="space-y-4" noValidate>
        <p className="text-slate-700">{t("manage.pause.body")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField scope="pause" name="from" type="date" label={t("manage.pause.from")} min={today} required reply={r} />
          <TextField scope="pause" name="to" type="date" label={t("manage.pause.to")} min={today} required reply={r} />
        </div>
        <TextField scope="pause" name="reason" label={t("manage.pause.reason")} optional reply={r} />
        <Button type="submit" name="intent" value="pause" disabled={busy}>
          {t("manage.pause.submit")}
        </Button>
      </Form>
    </Panel>
  );
}

export function AssignDeskPanel({ desks, today, reply, busy }: { desks: DeskChoice[]; today: string; reply: Reply; busy: boolean }) {
  const t = useT();
  const r = only(reply, "assign-desk");
  return (
    <Panel title={t("manage.assignDesk.title")} intent="assign-desk" reply={reply}>
      <Form method="post" className="space-y-4" noValidate>
        <DeskSelect scope="assign" desks={desks} reply={r} from={today} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            scope="assign"
            name="from"
            type="date"
            label={t("manage.assignDesk.from")}
            min={today}
            defaultValue={today}
            required
            reply={r}
          />
          <TextField
            scope="assign"
            name="to"
            type="date"
            label={t("manage.assignDesk.to")}
            min={today}
            optional
            hint={t("manage.assignDesk.toHint")}
            reply={r}
          />
        </div>
        <Button type="submit" name="intent" value="assign-desk" disabled={busy}>
          {t("manage.assignDesk.submit")}
        </Button>
      </Form>
    </Panel>
  );
}

export function EndDeskPanel({
  assignments,
  today,
  reply,
  busy,
}: {
  assignments: { id: string; label: string; endsOn: string | null }[];
  today: string;
  reply: Reply;
  busy: boolean;
}) {
  const t = useT();
  const r = only(reply, "end-desk");
  return (
    <Panel title={t("manage.endDesk.title")} intent="end-desk" reply={reply}>
      <div className="space-y-4">
        {assignments.map((a) => (
          <Form key={a.id} method="post" className="flex flex-wrap items-end gap-3" noValidate>
            <input type="hidden" name="assignmentId" value={a.id} />
            <TextField
              scope={`end-${a.id.slice(0, 8)}`}
              name="lastDay"
              type="date"
              label={t("manage.endDesk.lastDay", { desk: a.label })}
              min={today}
              defaultValue={today}
              required
              reply={r}
            />
            <Button type="submit" name="intent" value="end-desk" variant="secondary" disabled={busy}>
              {t("manage.endDesk.submit")}
            </Button>
          </Form>
        ))}
      </div>
    </Panel>
  );
}
