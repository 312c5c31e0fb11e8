// What the browser and the server may use of notifications: client-safe code only, never a .server file.
export { outboxFilterSchema, retrySchema } from "./outbox.schema";
