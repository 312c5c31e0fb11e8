/** Sales at the moment of purchase (day passes, tickets, strippenkaarten): invoiced at once, paid online or at the desk. */
export { invoiceOfCharge, invoiceSale, creditSale, issuePendingSales, invoicesOfCharges, type Sale, type SaleKey } from "./sales.server";
export { paySaleAtDesk, receiptOf, receiptsOf, deskMethods, type DeskMethod, type Receipt } from "./desk.server";
export type { Buyer } from "./parties.server";
export { invoiceStrippenkaart } from "./strippenkaart.server";
