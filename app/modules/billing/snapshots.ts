import type { Supplier } from "./document";

/**
 * The supplier as copied onto an invoice at issue. The logo stays in the settings: it is
 * branding, not part of what art. 35a Wet OB requires, and copying its bytes into every
 * invoice would multiply them by the number of invoices.
 */
export type SupplierSnapshot = Omit<Supplier, "logo">;
