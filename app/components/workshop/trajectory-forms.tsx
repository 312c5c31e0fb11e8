import { Form } from "@remix-run/react";
import { SelectField, TextField, useClearedOnSuccess } from "~/components/form";
import { Button } from "~/components/ui/button";
import { useLocale, useT } from "~/modules/i18n";
import { milestoneKinds, studyLevels, trajectoryMemberRoles } from "~/modules/workshop";
import { formatDate } from "~/utils/dates";
import type { FormReply } from "~/utils/forms";

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

/** Staff plan a milestone, optionally in a room (booked through the room engine). */
export function MilestoneForm({ reply, rooms }: { reply: Reply | undefined; rooms: { id: string; name: string }[] }) {
  const t = useT();
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
