/** Sales invoiced at purchase: the invoice line, how to pay, and what the desk may refuse. */
export const nl = {
  "billing.sales.line.dayPass": "Dagpas {date} ({area})",
  "billing.sales.line.ticket": "Ticket {event} ({date})",
  "billing.sales.line.strippenkaart": "Strippenkaart {plan}",
  "billing.sales.unpaid": "Nog niet betaald",
  "billing.sales.paid": "Betaald",
  "billing.sales.howToPay": "Maak {amount} over naar {iban} onder vermelding van betalingskenmerk {reference}, of betaal aan de balie.",
  "billing.sales.invoiceLink": "Factuur {number}",
  "billing.sales.invoiceLater": "De factuur volgt zodra de werkplaats de factuurgegevens heeft ingevuld.",
  "billing.sales.inclBtw": "{price} incl. btw",
  "billing.sales.exclBtw": "{price} excl. btw",
  "billing.sales.errors.notInvoiced":
    "Hiervoor is nog geen factuur uitgegeven (de factuurinstellingen zijn niet compleet): betalen aan de balie kan pas daarna.",
  "billing.sales.errors.nothingDue": "Factuur {number} is al betaald.",
};

export const en: Record<keyof typeof nl, string> = {
  "billing.sales.line.dayPass": "Day pass {date} ({area})",
  "billing.sales.line.ticket": "Ticket {event} ({date})",
  "billing.sales.line.strippenkaart": "Strip card {plan}",
  "billing.sales.unpaid": "Not paid yet",
  "billing.sales.paid": "Paid",
  "billing.sales.howToPay": "Transfer {amount} to {iban} quoting payment reference {reference}, or pay at the desk.",
  "billing.sales.invoiceLink": "Invoice {number}",
  "billing.sales.invoiceLater": "The invoice follows once the space has completed its invoicing details.",
  "billing.sales.inclBtw": "{price} incl. VAT",
  "billing.sales.exclBtw": "{price} excl. VAT",
  "billing.sales.errors.notInvoiced":
    "No invoice has been issued for this yet (the invoicing settings are incomplete): it can be paid at the desk only after that.",
  "billing.sales.errors.nothingDue": "Invoice {number} has already been paid.",
};
