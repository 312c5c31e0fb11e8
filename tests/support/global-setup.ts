import { prepareTemplate } from "./db";

/** Migrates the template database once per test run. */
export default async function setup() {
  await prepareTemplate();
}
