import { getTableColumns, getTableName, sql, type Column, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";

/**
 * A column with its table name, always. drizzle leaves table names out of raw SQL in the select
 * list of a single-table query, which makes a correlated subquery there ambiguous or, worse,
 * silently compare the wrong columns ("membership_id" = "id" inside the subquery's own table).
 */
export function qualified(column: Column) {
  return sql.raw(`"${getTableName(column.table)}"."${column.name}"`);
}

/**
 * A json column or subquery's value as the drivers hand it back: PGlite parses it, postgres.js
 * gives a subquery's json as text. Null (no row) is an empty list.
 */
export function jsonList<T>(value: unknown): T[] {
  if (value === null || value === undefined) return [];
  return (typeof value === "string" ? JSON.parse(value) : value) as T[];
}

/** A json object column or subquery's value, read as `jsonList` reads a list; null stays null. */
export function jsonValue<T>(value: unknown): T | null {
  if (value === null || value === undefined) return null;
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/**
 * Inserts many rows in one statement with ONE parameter: the rows as JSON, unpacked by
 * jsonb_to_recordset. Building a multi-row insert with thousands of parameters cost the billing
 * run more time in drizzle than the database spent on it. Every row has the same keys (the
 * table's property names); a key left out keeps the column's default. Values must survive JSON:
 * dates and times as ISO strings, arrays and objects as they are.
 */
export async function insertRows<T extends PgTable>(
  executor: { execute: (query: SQL) => Promise<unknown> },
  table: T,
  rows: readonly Partial<T["$inferInsert"]>[],
) {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = Object.keys(rows[0]!).filter((key) => columns[key]);
  const names = keys.map((key) => `"${columns[key]!.name}"`).join(", ");
  const types = keys.map((key) => `"${columns[key]!.name}" ${columns[key]!.getSQLType()}`).join(", ");
  const json = rows.map((row) =>
    Object.fromEntries(keys.map((key) => [columns[key]!.name, (row as Record<string, unknown>)[key] ?? null])),
  );
  await executor.execute(
    sql`insert into ${table} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${JSON.stringify(json)}::jsonb) as v(${sql.raw(types)})`,
  );
}
