import { daysBetween, type IsoDate } from "~/utils/calendar";

/**
 * How late an open invoice is, in the buckets an accountant reads a debtors list by: not yet
 * due (up to and including its due date), 1–30, 31–60 and more than 60 days past due.
 */
export const agingBuckets = ["notDue", "upTo30", "upTo60", "over60"] as const;
export type AgingBucket = (typeof agingBuckets)[number];

export function daysPastDue(dueDate: IsoDate, today: IsoDate) {
  return Math.max(0, daysBetween(dueDate, today));
}

export function agingBucket(dueDate: IsoDate, today: IsoDate): AgingBucket {
  const late = daysPastDue(dueDate, today);
  if (late === 0) return "notDue";
  if (late <= 30) return "upTo30";
  if (late <= 60) return "upTo60";
  return "over60";
}

type Open = { dueDate: IsoDate; dueCents: number };

/**
 * Puts each open invoice in its bucket and totals exactly those rows, in one pass: the totals
 * on the page are the sums of the rows it lists, never a second query that could disagree.
 */
export function agingOf<R extends Open>(rows: R[], today: IsoDate) {
  const totals = Object.fromEntries(agingBuckets.map((b) => [b, { count: 0, cents: 0 }])) as Record<
    AgingBucket,
    { count: number; cents: number }
  >;
  let overdueCents = 0;
  let openCents = 0;
  const aged = rows.map((row) => {
    const bucket = agingBucket(row.dueDate, today);
    totals[bucket].count++;
    totals[bucket].cents += row.dueCents;
    openCents += row.dueCents;
    if (bucket !== "notDue") overdueCents += row.dueCents;
    return { ...row, bucket, daysPastDue: daysPastDue(row.dueDate, today) };
  });
  return { rows: aged, totals, openCents, overdueCents };
}
