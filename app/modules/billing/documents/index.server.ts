// What other modules may use of the invoice documents: the writers of the UBL and the PDF.
export { invoiceUbl } from "./ubl.server";
export { invoicePdf } from "./pdf.server";
export { epcQrPayload } from "./epc-qr";
