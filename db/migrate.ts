// `npm run db:migrate`: applies db/migrations to DATABASE_URL, or to the PGlite folder.
import { connectDatabase, disconnectDatabase, migrateDatabase } from "../app/utils/db.server";
import { runScript } from "./run-script";

await runScript("db:migrate", async () => {
  const handle = await connectDatabase();
  await migrateDatabase(handle);
  process.stdout.write(`Migrations applied (${handle.kind}).\n`);
  await disconnectDatabase();
});
