// What the browser and the server may use of companies: client-safe code only, never a .server file.
export { btwId, companyFormSchema, confirmSchema, iban, kvkNumber, postalCode } from "./companies.schema";
export { formatIban, isCreditorId, isIban, isKvkNumber, normalizeIban, normalizeKvk } from "./identifiers";
