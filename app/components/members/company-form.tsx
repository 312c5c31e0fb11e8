import { Form } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { useT } from "~/modules/i18n";
import { formatIban } from "~/modules/companies";
import type { FormReply } from "~/utils/forms";

type Company = {
  id: string;
  name: string;
  kvkNumber: string;
  btwId: string | null;
  street: string;
  postalCode: string;
  city: string;
  billingEmail: string;
  iban: string | null;
};

/** Register or edit a company: KvK, BTW-id and IBAN are checked on the server with clear messages. */
export function CompanyForm({
  intent,
  company,
  reply,
  busy,
}: {
  intent: "create" | "update";
  company?: Company;
  reply?: FormReply | null;
  busy: boolean;
}) {
  const t = useT();
  const label = (f: string) => t(`company.field.${f}`);
  return (
    <>
      <ErrorSummary
        reply={reply}
        labels={Object.fromEntries(
          ["name", "kvkNumber", "btwId", "street", "postalCode", "city", "billingEmail", "iban"].map((f) => [f, label(f)]),
        )}
      />
      <Form method="post" className="space-y-5" noValidate>
        {company ? <input type="hidden" name="companyId" value={company.id} /> : null}
        <TextField name="name" label={label("name")} defaultValue={company?.name} autoComplete="organization" required reply={reply} />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="kvkNumber"
            label={label("kvkNumber")}
            defaultValue={company?.kvkNumber}
            inputMode="numeric"
            hint={t("company.hint.kvk")}
            required
            reply={reply}
          />
          <TextField
            name="btwId"
            label={label("btwId")}
            defaultValue={company?.btwId ?? ""}
            hint={t("company.hint.btw")}
            optional
            reply={reply}
          />
        </div>
        <TextField
          name="street"
          label={label("street")}
          defaultValue={company?.street}
          autoComplete="street-address"
          required
          reply={reply}
        />
        <div className="grid gap-5 sm:grid-cols-[10rem_1fr]">
          <TextField
            name="postalCode"
            label={label("postalCode")}
            defaultValue={company?.postalCode}
            autoComplete="postal-code"
            required
            reply={reply}
          />
          <TextField name="city" label={label("city")} defaultValue={company?.city} autoComplete="address-level2" required reply={reply} />
        </div>
        <TextField
          name="billingEmail"
          type="email"
          label={label("billingEmail")}
          defaultValue={company?.billingEmail}
          hint={t("company.hint.billingEmail")}
          required
          reply={reply}
        />
        <TextField
          name="iban"
          label={label("iban")}
          defaultValue={company?.iban ? formatIban(company.iban) : ""}
          hint={t("company.hint.iban")}
          optional
          reply={reply}
        />
        <Button type="submit" name="intent" value={intent} disabled={busy}>
          {intent === "create" ? t("company.create") : t("common.save")}
        </Button>
      </Form>
    </>
  );
}
