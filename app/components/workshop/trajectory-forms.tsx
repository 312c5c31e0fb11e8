import { Form } from "@remix-run/react";
import { SelectField, TextField, useClearedOnSuccess } from "~/components/form";
import { Button } from "~/components/ui/button";
import { useLocale, useT } from "~/modules/i18n";
import { milestoneKinds, studyLevels, trajectoryMemberRoles } from "~/modules/workshop";
import { formatDate } from "~/utils/dates";
import { isErrorReply, type FormReply } from "~/utils/forms";
import { toLocalParts } from "~/utils/zoned-time";

type Reply = FormReply | null;

/** Staff invite someone onto the team (the trajectory's page). */
export function InviteForm({ reply }: { reply: Reply | undefined }) {
  const t = useT();
  const clear = useClearedOnSuccess(reply);
  return (
    <Form ref={clear.ref} onSubmit={clear.onSubmit} method="post" className="space-y-4 border-t border-slate-200 pt-4" noValidate>
      <h3 className="font-semibold">{t("workshop.trajectory.inviteTitle")}</h3>
      <p className="text-sm text-slate-700">{t("workshop.trajectory.inviteIntro")}</p>
      <input type="hidden" name="intent" value="invite" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label={t("workshop.trajectory.inviteName")} reply={reply} />
        <TextField name="email" type="email" label={t("workshop.trajectory.inviteEmail")} reply={reply} />
        <SelectField
          name="role"
          label={t("workshop.trajectory.inviteRole")}
          options={trajectoryMemberRoles.map((r) => ({ value: r, label: t(`workshop.trajectory.role.${r}`) }))}
          reply={reply}
        />
        <TextField
          name="teamRole"
          label={t("workshop.trajectory.teamRole")}
          hint={t("workshop.trajectory.teamRoleHint")}
          optional
          reply={reply}
        />
        <TextField name="institution" label={t("workshop.trajectory.inviteInstitution")} optional reply={reply} />
        <SelectField
          name="level"
          label={t("workshop.trajectory.inviteLevel")}
          options={[
            { value: "", label: t("workshop.trajectory.noLevel") },
            ...studyLevels.map((l) => ({ value: l, label: t(`workshop.trajectory.level.${l}`) })),
          ]}
          optional
          reply={reply}
        />
      </div>
      <Button type="submit">{t("workshop.trajectory.inviteSend")}</Button>
    </Form>
  );
}

/** The reply of a form about one milestone belongs beside that milestone's fields only, not beside the new one's. */
function replyAbout(reply: Reply | undefined, milestoneId: string | null) {
  if (!isErrorReply(reply)) return milestoneId ? undefined : reply;
  return (reply.values.milestoneId ?? null) === milestoneId ? reply : undefined;
}

/** Staff plan a milestone, optionally in a room (booked through the room engine). */
export function MilestoneForm({ reply: pageReply, rooms }: { reply: Reply | undefined; rooms: { id: string; name: string }[] }) {
  const t = useT();
  const reply = replyAbout(pageReply, null);
  const clear = useClearedOnSuccess(reply);
  return (
    <Form ref={clear.ref} onSubmit={clear.onSubmit} method="post" className="space-y-4 border-t border-slate-200 pt-4" noValidate>
      <h3 className="font-semibold">{t("workshop.trajectory.milestoneTitle")}</h3>
      <input type="hidden" name="intent" value="milestone" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="kind"
          label={t("workshop.trajectory.milestoneKind")}
          options={milestoneKinds.map((k) => ({ value: k, label: t(`workshop.trajectory.milestone.${k}`) }))}
          reply={reply}
        />
        <TextField name="title" label={t("workshop.trajectory.milestoneName")} reply={reply} />
        <TextField name="date" type="date" label={t("workshop.trajectory.milestoneDate")} reply={reply} />
        <SelectField
          name="roomId"
          label={t("workshop.trajectory.milestoneRoom")}
          options={[{ value: "", label: t("workshop.trajectory.noRoom") }, ...rooms.map((r) => ({ value: r.id, label: r.name }))]}
          optional
          reply={reply}
        />
        <TextField name="startTime" type="time" label={t("workshop.trajectory.milestoneStart")} reply={reply} />
        <TextField name="endTime" type="time" label={t("workshop.trajectory.milestoneEnd")} reply={reply} />
      </div>
      <Button type="submit">{t("workshop.trajectory.milestoneSave")}</Button>
    </Form>
  );
}

/**
 * Under one milestone: move it (day, times, room; its activity and booking move along) or cancel
 * it. Folded away, so the list stays a list; opened by itself when its move was refused.
 */
export function MilestoneChange({
  milestone,
  rooms,
  reply: pageReply,
}: {
  milestone: { id: string; title: string; startsAt: string | Date; endsAt: string | Date; roomId: string | null };
  rooms: { id: string; name: string }[];
  reply: Reply | undefined;
}) {
  const t = useT();
  const reply = replyAbout(pageReply, milestone.id);
  const start = toLocalParts(new Date(milestone.startsAt));
  const scope = `milestone-${milestone.id}`;
  return (
    <details className="mt-1" open={Boolean(reply)}>
      <summary className="cursor-pointer text-sm text-blue-800 underline">
        {t("workshop.trajectory.milestoneChange", { title: milestone.title })}
      </summary>
      <Form method="post" className="mt-2 space-y-3" noValidate>
        <input type="hidden" name="intent" value="moveMilestone" />
        <input type="hidden" name="milestoneId" value={milestone.id} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            name="date"
            type="date"
            scope={scope}
            label={t("workshop.trajectory.milestoneDate")}
            defaultValue={start.date}
            reply={reply}
          />
          <SelectField
            name="roomId"
            scope={scope}
            label={t("workshop.trajectory.milestoneRoom")}
            options={[{ value: "", label: t("workshop.trajectory.noRoom") }, ...rooms.map((r) => ({ value: r.id, label: r.name }))]}
            defaultValue={milestone.roomId ?? ""}
            optional
            reply={reply}
          />
          <TextField
            name="startTime"
            type="time"
            scope={scope}
            label={t("workshop.trajectory.milestoneStart")}
            defaultValue={start.time}
            reply={reply}
          />
          <TextField
            name="endTime"
            type="time"
            scope={scope}
            label={t("workshop.trajectory.milestoneEnd")}
            defaultValue={toLocalParts(new Date(milestone.endsAt)).time}
            reply={reply}
          />
        </div>
        <Button type="submit">{t("workshop.trajectory.milestoneMoveSave")}</Button>
      </Form>
      <Form method="post" className="mt-2">
        <input type="hidden" name="intent" value="cancelMilestone" />
        <input type="hidden" name="milestoneId" value={milestone.id} />
        <Button type="submit" variant="secondary">
          {t("workshop.trajectory.milestoneCancel")}
        </Button>
      </Form>
    </details>
  );
}

/** Staff mail the SME their private link (again); the page says until when the current one works. */
export function SmeLinkForm({ expiresAt }: { expiresAt: string | Date | null }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card space-y-3" aria-labelledby="sme-link-title">
      <h2 id="sme-link-title" className="text-xl font-bold">
        {t("workshop.trajectory.smeLinkTitle")}
      </h2>
      <p className="text-slate-700">{t("workshop.trajectory.smeLinkIntro")}</p>
      {expiresAt ? <p>{t("workshop.trajectory.smeLinkActive", { date: formatDate(expiresAt, locale) })}</p> : null}
      <Form method="post">
        <input type="hidden" name="intent" value="smeLink" />
        <Button type="submit" variant="secondary">
          {t("workshop.trajectory.smeLinkSend")}
        </Button>
      </Form>
    </section>
  );
}
