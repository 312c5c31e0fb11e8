// Sending issued invoices by email (with their PDF and UBL): what pages and other parts may use.
export { lastSending, sendInvoice, sendUnsentInvoices, unsentInvoiceIds, type SendResult } from "./send.server";
export { invoiceMail } from "./invoice-mail.server";
export { sendFormSchema } from "./sending.schema";
