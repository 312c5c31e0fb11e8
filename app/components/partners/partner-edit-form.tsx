import { Form } from "@remix-run/react";
import { CheckboxField, SelectField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { useT } from "~/modules/i18n";
import { partnerKinds } from "~/modules/partners";
import type { FormReply } from "~/utils/forms";

type Editable = { name: string; kind: string; website: string | null; email: string | null; published: boolean };

/** Name, kind, website, invoice email and whether the partner shows on the public impact page. */
export function PartnerEditForm({ partner, reply, busy }: { partner: Editable; reply: FormReply | undefined; busy: boolean }) {
  const t = useT();
  return (
    <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="intent" value="edit" />
      <TextField name="name" scope="edit" label={t("partners.field.name")} reply={reply} defaultValue={partner.name} required />
      <SelectField
        name="kind"
        scope="edit"
        label={t("partners.field.kind")}
        reply={reply}
        defaultValue={partner.kind}
        options={partnerKinds.map((k) => ({ value: k, label: t(`partners.kind.${k}`) }))}
      />
      <TextField
        name="website"
        scope="edit"
        type="url"
        label={t("partners.field.website")}
        reply={reply}
        defaultValue={partner.website ?? ""}
        optional
      />
      <TextField
        name="email"
        scope="edit"
        type="email"
        label={t("partners.field.email")}
        reply={reply}
        defaultValue={partner.email ?? ""}
        optional
      />
      <div className="sm:col-span-2">
        <CheckboxField name="published" label={t("partners.field.published")} reply={reply} defaultChecked={partner.published} />
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" variant="secondary" disabled={busy}>
          {t("common.save")}
        </Button>
      </div>
    </Form>
  );
}
