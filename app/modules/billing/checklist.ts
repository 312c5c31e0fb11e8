/**
 * What an invoice cannot be issued without (art. 35a Wet OB, plus what the customer needs to
 * pay): each item names a field of the billing settings. The settings page shows the list;
 * issuing refuses while it is not empty.
 */
export const checklistItems = ["legalName", "address", "kvkNumber", "btwId", "iban", "invoicePrefix", "senderEmail"] as const;
export type ChecklistItem = (typeof checklistItems)[number];

type SettingsLike = {
  legalName: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  kvkNumber: string | null;
  btwId: string | null;
  iban: string | null;
  invoicePrefix: string | null;
  senderEmail: string | null;
};

const filled = (value: string | null | undefined) => !!value && value.trim() !== "";

export function missingForIssue(settings: SettingsLike | undefined): ChecklistItem[] {
  if (!settings) return [...checklistItems];
  const present: Record<ChecklistItem, boolean> = {
    legalName: filled(settings.legalName),
    address: filled(settings.street) && filled(settings.postalCode) && filled(settings.city),
    kvkNumber: filled(settings.kvkNumber),
    btwId: filled(settings.btwId),
    iban: filled(settings.iban),
    invoicePrefix: filled(settings.invoicePrefix),
    senderEmail: filled(settings.senderEmail),
  };
  return checklistItems.filter((item) => !present[item]);
}
