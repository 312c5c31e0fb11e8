import { Form } from "@remix-run/react";
import { CheckboxField, ErrorSummary, SelectField, TextAreaField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { useT } from "~/modules/i18n";
import { btwRates, planKinds } from "~/modules/plans";
import { centsToInput } from "~/utils/money";
import type { FormReply } from "~/utils/forms";

export type PlanValues = {
  nameNl: string;
  nameEn: string;
  descriptionNl: string;
  descriptionEn: string;
  kind: string;
  priceCents: number;
  btwRate: number;
  includedRoomMinutes: number;
  accessDaysPerWeek: number | null;
  stripDays: number | null;
  stripValidityMonths: number | null;
  minimumTermMonths: number;
  noticePeriodMonths: number;
  depositCents: number;
  isPublic: boolean;
  sortOrder: number;
};

const fields = [
  "nameNl",
  "nameEn",
  "descriptionNl",
  "descriptionEn",
  "kind",
  "price",
  "btwRate",
  "includedRoomHours",
  "accessDaysPerWeek",
  "stripDays",
  "stripValidityMonths",
  "minimumTermMonths",
  "noticePeriodMonths",
  "deposit",
  "sortOrder",
];

/** Create or edit a plan: names in both languages, price excl. BTW in euros, terms in months. */
export function PlanForm({
  plan,
  reply,
  busy,
  submitLabel,
}: {
  plan?: PlanValues;
  reply?: FormReply | null;
  busy: boolean;
  submitLabel: string;
}) {
  const t = useT();
  const label = (f: string) => t(`plan.field.${f}`);
  const str = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));
  return (
    <>
      <ErrorSummary reply={reply} labels={Object.fromEntries(fields.map((f) => [f, label(f)]))} />
      <Form method="post" className="space-y-8" noValidate>
        <fieldset className="space-y-5">
          <legend className="text-lg font-bold">{t("plan.section.names")}</legend>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField name="nameNl" label={label("nameNl")} defaultValue={plan?.nameNl} required reply={reply} />
            <TextField name="nameEn" label={label("nameEn")} defaultValue={plan?.nameEn} required reply={reply} />
            <TextAreaField
              name="descriptionNl"
              label={label("descriptionNl")}
              defaultValue={plan?.descriptionNl}
              optional
              rows={3}
              reply={reply}
            />
            <TextAreaField
              name="descriptionEn"
              label={label("descriptionEn")}
              defaultValue={plan?.descriptionEn}
              optional
              rows={3}
              reply={reply}
            />
          </div>
          <SelectField
            name="kind"
            label={label("kind")}
            defaultValue={plan?.kind ?? "flex"}
            reply={reply}
            options={planKinds.map((k) => ({ value: k, label: t(`plan.kind.${k}`) }))}
          />
        </fieldset>
        <fieldset className="space-y-5">
          <legend className="text-lg font-bold">{t("plan.section.price")}</legend>
          <div className="grid gap-5 sm:grid-cols-3">
            <TextField
              name="price"
              label={label("price")}
              inputMode="decimal"
              defaultValue={plan ? centsToInput(plan.priceCents) : ""}
              hint={label("priceHint")}
              required
              reply={reply}
            />
            <SelectField
              name="btwRate"
              label={label("btwRate")}
              defaultValue={String(plan?.btwRate ?? 21)}
              reply={reply}
              options={btwRates.map((r) => ({ value: String(r), label: `${r}%` }))}
            />
            <TextField
              name="deposit"
              label={label("deposit")}
              inputMode="decimal"
              defaultValue={plan && plan.depositCents > 0 ? centsToInput(plan.depositCents) : ""}
              optional
              reply={reply}
            />
          </div>
        </fieldset>
        <fieldset className="space-y-5">
          <legend className="text-lg font-bold">{t("plan.section.terms")}</legend>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              name="includedRoomHours"
              label={label("includedRoomHours")}
              inputMode="decimal"
              defaultValue={plan ? String(plan.includedRoomMinutes / 60).replace(".", ",") : "0"}
              required
              reply={reply}
            />
            <TextField
              name="accessDaysPerWeek"
              label={label("accessDaysPerWeek")}
              inputMode="numeric"
              defaultValue={str(plan?.accessDaysPerWeek)}
              hint={label("accessDaysHint")}
              optional
              reply={reply}
            />
            <TextField
              name="minimumTermMonths"
              label={label("minimumTermMonths")}
              inputMode="numeric"
              defaultValue={str(plan?.minimumTermMonths ?? 1)}
              required
              reply={reply}
            />
            <TextField
              name="noticePeriodMonths"
              label={label("noticePeriodMonths")}
              inputMode="numeric"
              defaultValue={str(plan?.noticePeriodMonths ?? 1)}
              required
              reply={reply}
            />
            <TextField
              name="stripDays"
              label={label("stripDays")}
              inputMode="numeric"
              defaultValue={str(plan?.stripDays)}
              hint={label("stripHint")}
              optional
              reply={reply}
            />
            <TextField
              name="stripValidityMonths"
              label={label("stripValidityMonths")}
              inputMode="numeric"
              defaultValue={str(plan?.stripValidityMonths)}
              hint={label("stripHint")}
              optional
              reply={reply}
            />
            <TextField
              name="sortOrder"
              label={label("sortOrder")}
              inputMode="numeric"
              defaultValue={str(plan?.sortOrder ?? 0)}
              optional
              reply={reply}
            />
          </div>
          <CheckboxField name="isPublic" label={label("isPublic")} defaultChecked={plan?.isPublic ?? true} reply={reply} />
        </fieldset>
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
      </Form>
    </>
  );
}
