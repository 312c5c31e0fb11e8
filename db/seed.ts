// `npm run db:seed`: migrates, then adds the DOC Dordrecht demo data (idempotent).
import { connectDatabase, disconnectDatabase, migrateDatabase } from "../app/utils/db.server";
import { seedDemo } from "./seed/index";
import { demoLogins } from "./seed/people";
import { DEMO_PASSWORD } from "./factories";
import { runScript } from "./run-script";

await runScript("db:seed", async () => {
  const handle = await connectDatabase();
  await migrateDatabase(handle);
  const { werkplaats, created } = await seedDemo();
  process.stdout.write(
    `${created ? "Seeded" : "Already seeded"}: ${werkplaats.name}\n` +
      demoLogins.map((p) => `  ${p.email.padEnd(34)} ${p.roles.join(", ")}`).join("\n") +
      `\n  password for all: ${DEMO_PASSWORD}\n`,
  );
  await disconnectDatabase();
});
