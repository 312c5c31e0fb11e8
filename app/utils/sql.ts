import { getTableName, sql, type Column } from "drizzle-orm";

/**
 * A column with its table name, always. drizzle leaves table names out of raw SQL in the select
 * list of a single-table query, which makes a correlated subquery there ambiguous or, worse,
 * silently compare the wrong columns ("membership_id" = "id" inside the subquery's own table).
 */
export function qualified(column: Column) {
  return sql.raw(`"${getTableName(column.table)}"."${column.name}"`);
}
