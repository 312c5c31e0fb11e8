import { Form } from "@remix-run/react";
import { SelectField, TextAreaField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { useT } from "~/modules/i18n";
import { budgetKinds, costKinds, inKindKinds, subsidySources } from "~/modules/partners";
import type { FormReply } from "~/utils/forms";

type Props = { reply: FormReply | undefined; busy: boolean };

function Submit({ busy, label }: { busy: boolean; label: string }) {
  return (
    <div className="sm:col-span-2">
      <Button type="submit" disabled={busy}>
        {label}
      </Button>
    </div>
  );
}

/** Hours, a room lent or goods given by a partner, with their value in euros. */
export function InKindForm({ reply, busy, partners }: Props & { partners: { id: string; name: string }[] }) {
  const t = useT();
  return (
    <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="intent" value="inKind" />
      <SelectField
        name="partnerId"
        scope="inkind"
        label={t("financing.inKind.partner")}
        reply={reply}
        options={partners.map((p) => ({ value: p.id, label: p.name }))}
      />
      <SelectField
        name="kind"
        scope="inkind"
        label={t("financing.inKind.kind")}
        reply={reply}
        options={inKindKinds.map((k) => ({ value: k, label: t(`financing.inKind.kind.${k}`) }))}
      />
      <div className="sm:col-span-2">
        <TextField name="description" scope="inkind" label={t("economics.col.what")} reply={reply} required />
      </div>
      <TextField name="givenOn" scope="inkind" type="date" label={t("financing.inKind.givenOn")} reply={reply} required />
      <TextField
        name="hours"
        scope="inkind"
        inputMode="decimal"
        label={t("financing.inKind.hours")}
        hint={t("financing.inKind.hoursHint")}
        reply={reply}
        optional
      />
      <TextField name="value" scope="inkind" inputMode="decimal" label={t("financing.inKind.value")} reply={reply} required />
      <Submit busy={busy} label={t("financing.inKind.submit")} />
    </Form>
  );
}

/** A subsidy granted, with its conditions and the reports it asks for (one deadline per line). */
export function SubsidyForm({ reply, busy }: Props) {
  const t = useT();
  return (
    <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="intent" value="subsidy" />
      <SelectField
        name="source"
        scope="subsidy"
        label={t("financing.subsidy.source")}
        reply={reply}
        options={subsidySources.map((s) => ({ value: s, label: t(`financing.subsidy.source.${s}`) }))}
      />
      <TextField name="name" scope="subsidy" label={t("financing.subsidy.name")} reply={reply} required />
      <TextField name="amount" scope="subsidy" inputMode="decimal" label={t("financing.subsidy.amount")} reply={reply} required />
      <div />
      <TextField name="startsOn" scope="subsidy" type="date" label={t("partners.agreement.startsOn")} reply={reply} required />
      <TextField name="endsOn" scope="subsidy" type="date" label={t("partners.agreement.endsOn")} reply={reply} required />
      <div className="sm:col-span-2">
        <TextAreaField name="conditions" scope="subsidy" label={t("financing.subsidy.conditions")} reply={reply} optional rows={2} />
      </div>
      <div className="sm:col-span-2">
        <TextAreaField
          name="deadlines"
          scope="subsidy"
          label={t("financing.subsidy.deadlines")}
          hint={t("financing.subsidy.deadlinesHint")}
          reply={reply}
          optional
          rows={3}
        />
      </div>
      <Submit busy={busy} label={t("financing.subsidy.submit")} />
    </Form>
  );
}

/** One month's cost of one kind; entering the same month and kind again replaces it. */
export function CostForm({ reply, busy, month }: Props & { month: string }) {
  const t = useT();
  return (
    <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="intent" value="cost" />
      <TextField name="month" scope="cost" type="month" label={t("financing.cost.month")} reply={reply} defaultValue={month} required />
      <SelectField
        name="kind"
        scope="cost"
        label={t("financing.cost.kind")}
        reply={reply}
        options={costKinds.map((k) => ({ value: k, label: t(`budget.kind.${k}`) }))}
      />
      <TextField name="amount" scope="cost" inputMode="decimal" label={t("partners.col.amount")} reply={reply} required />
      <TextField name="note" scope="cost" label={t("financing.cost.note")} reply={reply} optional />
      <Submit busy={busy} label={t("financing.cost.submit")} />
    </Form>
  );
}

/** A yearly budget line per cost or income kind; entering it again replaces it. */
export function BudgetForm({ reply, busy, year }: Props & { year: number }) {
  const t = useT();
  return (
    <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="intent" value="budget" />
      <TextField
        name="year"
        scope="budget"
        inputMode="numeric"
        label={t("economics.year")}
        reply={reply}
        defaultValue={String(year)}
        required
      />
      <SelectField
        name="kind"
        scope="budget"
        label={t("economics.budget.kind")}
        reply={reply}
        options={budgetKinds.map((k) => ({ value: k, label: t(`budget.kind.${k}`) }))}
      />
      <TextField name="amount" scope="budget" inputMode="decimal" label={t("economics.budget.budget")} reply={reply} required />
      <Submit busy={busy} label={t("financing.budget.submit")} />
    </Form>
  );
}
