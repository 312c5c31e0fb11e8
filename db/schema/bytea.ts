import { customType } from "drizzle-orm/pg-core";

/** Raw bytes; PGlite hands back a Uint8Array, postgres.js a Buffer: both become a Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});
