import { defineConfig } from "drizzle-kit";

// Generates SQL migrations from db/schema into db/migrations (`npm run db:generate`).
// Migrations are applied by the app's own migrator (db/migrate.ts), on PGlite and on PostgreSQL.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
