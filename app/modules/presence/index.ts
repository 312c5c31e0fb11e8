// What the browser and the server may use of presence: client-safe code only, never a .server file.
export { checkinSchema, dayPassFormSchema, receptionFormSchema, receptionSearchSchema } from "./presence.schema";
