import { askDueFollowUps } from "../../app/modules/workshop/index.server";
import { openPostgres, useDatabase } from "../../app/utils/db.server";
import { withDatabase } from "./db";

/**
 * The database of the e2e server (tests/support/e2e-server.js) on the PostgreSQL server in
 * DATABASE_URL; null on PGlite, whose folder the server process holds alone.
 */
function e2eDatabaseUrl() {
  const url = process.env.DATABASE_URL;
  return url ? withDatabase(url, "werkplaats_e2e") : null;
}

/** Whether a spec can run the maintenance job itself beside the e2e server. */
export const canRunMaintenance = () => e2eDatabaseUrl() !== null;

/**
 * Runs the maintenance job that asks SMEs about their follow-up steps, at a time the spec
 * chooses, against the e2e server's own database: months pass without a route or a switch
 * in the app that production could reach. The job takes a batch at a time, so it runs until
 * nothing is due (the demo year has follow-ups of its own).
 */
export async function askFollowUpsAt(now: Date) {
  const url = e2eDatabaseUrl();
  if (!url) throw new Error("the maintenance job runs beside the e2e server on PostgreSQL only");
  const handle = openPostgres(url, 1);
  useDatabase(handle);
  try {
    while ((await askDueFollowUps(now)) > 0);
  } finally {
    useDatabase(undefined);
    await handle.close();
  }
}
