import { Notice } from "~/components/ui/notice";
import type { ChecklistItem } from "~/modules/billing";
import { useT } from "~/modules/i18n";

/** What the billing settings still lack before an invoice can be issued, or that nothing does. */
export function BillingChecklist({ missing }: { missing: readonly ChecklistItem[] }) {
  const t = useT();
  if (missing.length === 0) return <Notice tone="success">{t("billing.settings.checklistDone")}</Notice>;
  return (
    <Notice tone="warning" title={t("billing.settings.checklistTitle")}>
      <ul className="mt-1 list-disc pl-5">
        {missing.map((item) => (
          <li key={item}>{t(`billing.checklist.${item}`)}</li>
        ))}
      </ul>
    </Notice>
  );
}
