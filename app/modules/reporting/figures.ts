/**
 * Arithmetic the manager's reports share: a part of a whole as a percentage, and totals over
 * rows. Pure, so the occupancy page and (next) the impact figures count the same way.
 */

/** A whole percentage of part in whole, rounded half up; a share of nothing is 0 %. */
export function percentOf(part: number, whole: number) {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** The sum of one numeric column over rows. */
export function totalOf<K extends string>(rows: readonly Record<K, number>[], column: K) {
  return rows.reduce((sum, row) => sum + row[column], 0);
}
