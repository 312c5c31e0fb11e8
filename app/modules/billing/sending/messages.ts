/** Sending invoices by email: the mail itself and what the manager is told. */
export const nl = {
  "billing.sending.send": "Versturen",
  "billing.sending.resend": "Opnieuw versturen",
  "billing.sending.sendAll": "Alle onverzonden versturen",
  "billing.sending.unsent": "{count} uitgegeven facturen nog niet verstuurd.",
  "billing.sending.unsent.one": "1 uitgegeven factuur nog niet verstuurd.",
  "billing.sending.sentOn": "Verstuurd op {date} naar {email}.",
  "billing.sending.notSent": "Nog niet verstuurd.",
  "billing.sending.sent": "{number} staat klaar in de uitgaande e-mail naar {email}, met de PDF en de UBL als bijlagen.",
  "billing.sending.alreadySent":
    "{number} was al verstuurd: er is niets opnieuw gemaild. Kies ‘Opnieuw versturen’ als de klant hem nog eens wil.",
  "billing.sending.bulkSent": "{sent} verstuurd, {skipped} overgeslagen (geen e-mailadres).",
  "billing.sending.errors.noEmail": "Deze klant heeft geen e-mailadres voor facturen: vul het in bij het bedrijf of de persoon.",
  "billing.sending.errors.notIssued": "Alleen een uitgegeven factuur kan worden verstuurd.",
  "mail.invoice.subject": "Factuur {number} van {supplier}",
  "mail.invoice.body":
    "Beste {name},\n\nHierbij ontvang je factuur {number} van {supplier}, gedateerd {issueDate}. De factuur (PDF) en de UBL-versie voor je boekhouding zitten als bijlagen bij deze e-mail.\n\nTe betalen: {amount}\nUiterlijk op: {dueDate}\nIBAN: {iban} ten name van {supplier}\nBetalingskenmerk: {reference}\n\nVermeld het betalingskenmerk bij je betaling, dan boeken we die meteen op deze factuur. Je kunt de factuur ook bekijken op {invoiceLink}\n\nMet vriendelijke groet,\n{supplier}",
  "mail.creditNote.subject": "Creditnota {number} van {supplier}",
  "mail.creditNote.body":
    "Beste {name},\n\nHierbij ontvang je creditnota {number} van {supplier}, gedateerd {issueDate}, voor {amount}. De creditnota (PDF) en de UBL-versie voor je boekhouding zitten als bijlagen bij deze e-mail. Het bedrag wordt verrekend met je factuur of teruggestort.\n\nJe kunt hem ook bekijken op {invoiceLink}\n\nMet vriendelijke groet,\n{supplier}",
} as const;

export const en: Record<keyof typeof nl, string> = {
  "billing.sending.send": "Send",
  "billing.sending.resend": "Send again",
  "billing.sending.sendAll": "Send all unsent",
  "billing.sending.unsent": "{count} issued invoices not sent yet.",
  "billing.sending.unsent.one": "1 issued invoice not sent yet.",
  "billing.sending.sentOn": "Sent on {date} to {email}.",
  "billing.sending.notSent": "Not sent yet.",
  "billing.sending.sent": "{number} is waiting in the outgoing email to {email}, with the PDF and the UBL attached.",
  "billing.sending.alreadySent":
    "{number} had already been sent: nothing was mailed again. Choose ‘Send again’ if the customer wants it once more.",
  "billing.sending.bulkSent": "{sent} sent, {skipped} skipped (no email address).",
  "billing.sending.errors.noEmail": "This customer has no email address for invoices: fill it in on the company or the person.",
  "billing.sending.errors.notIssued": "Only an issued invoice can be sent.",
  "mail.invoice.subject": "Invoice {number} from {supplier}",
  "mail.invoice.body":
    "Dear {name},\n\nPlease find invoice {number} from {supplier}, dated {issueDate}. The invoice (PDF) and the UBL version for your bookkeeping are attached to this email.\n\nAmount due: {amount}\nDue by: {dueDate}\nIBAN: {iban} in the name of {supplier}\nPayment reference: {reference}\n\nPlease quote the payment reference with your payment, so we can match it to this invoice at once. You can also view the invoice at {invoiceLink}\n\nKind regards,\n{supplier}",
  "mail.creditNote.subject": "Credit note {number} from {supplier}",
  "mail.creditNote.body":
    "Dear {name},\n\nPlease find credit note {number} from {supplier}, dated {issueDate}, for {amount}. The credit note (PDF) and the UBL version for your bookkeeping are attached to this email. The amount is settled with your invoice or paid back.\n\nYou can also view it at {invoiceLink}\n\nKind regards,\n{supplier}",
};
