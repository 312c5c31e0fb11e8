import { Form } from "@remix-run/react";
import { CheckboxField, SelectField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { useT } from "~/modules/i18n";
import { partnerKinds } from "~/modules/partners";
import type { FormReply } from "~/utils/forms";

type Editable = {
  name: string;
  kind: string;
  website: string | null;
  email: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  kvkNumber: string | null;
  published: boolean;
};

/** Name, kind, website, invoice email and address, and whether the partner shows on the public impact page. */
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
      <TextField name="street" scope="edit" label={t("partners.field.street")} reply={reply} defaultValue={partner.street ?? ""} required />
      <TextField
        name="postalCode"
        scope="edit"
        label={t("partners.field.postalCode")}
        reply={reply}
        defaultValue={partner.postalCode ?? ""}
        required
      />
      <TextField name="city" scope="edit" label={t("partners.field.city")} reply={reply} defaultValue={partner.city ?? ""} required />
      <TextField
        name="kvkNumber"
        scope="edit"
        label={t("partners.field.kvkNumber")}
        reply={reply}
        defaultValue={partner.kvkNumber ?? ""}
        optional
        inputMode="numeric"
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
