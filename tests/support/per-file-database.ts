import { afterAll, beforeAll } from "vitest";
import { useDatabase } from "../../app/utils/db.server";
import { createTestDatabase, type TestDatabase } from "./db";

// Every integration test file runs on a database of its own, fresh from the template.
let database: TestDatabase | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabase(database);
});

afterAll(async () => {
  useDatabase(undefined);
  await database?.drop();
});

export function currentTestDatabase() {
  if (!database) throw new Error("no test database");
  return database;
}
