import { and, asc, eq, gte, ilike, isNull, lte, or, sql } from "drizzle-orm";
import { areas, checkIns, companies, dayPasses, flexReservations, memberships, membershipPeriods, plans, users } from "#db/schema";
import { inForce } from "~/modules/memberships/index.server";
import type { Locale } from "~/modules/i18n";
import { planName } from "~/modules/plans";
import type { IsoDate } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export type ReceptionHit = {
  key: string;
  kind: "member" | "daypass";
  userId: string | null;
  dayPassId: string | null;
  name: string;
  detail: string;
  area: string | null;
  code: string | null;
  unpaid: boolean;
  checkInId: string | null;
  checkedInAt: Date | null;
};

/**
 * The reception's search: members whose membership is in force today (by name, email or company)
 * and today's day-pass holders (by name, email or check-in code), with whether they are in.
 */
export async function receptionSearch(werkplaatsId: string, q: string, locale: Locale, today = todayIn()): Promise<ReceptionHit[]> {
  const pattern = like(q);
  const code = q.replace(/\s/g, "").toUpperCase();
  const members = await db
    .selectDistinctOn([users.id], {
      userId: users.id,
      name: users.name,
      company: companies.name,
      planNl: plans.nameNl,
      planEn: plans.nameEn,
      area: areas.name,
      checkInId: checkIns.id,
      checkedInAt: checkIns.checkedInAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(companies, eq(companies.id, memberships.companyId))
    .innerJoin(
      membershipPeriods,
      and(
        eq(membershipPeriods.membershipId, memberships.id),
        lte(membershipPeriods.startsOn, today),
        or(isNull(membershipPeriods.endsOn), gte(membershipPeriods.endsOn, today)),
      ),
    )
    .innerJoin(plans, eq(plans.id, membershipPeriods.planId))
    .leftJoin(
      flexReservations,
      and(eq(flexReservations.membershipId, memberships.id), eq(flexReservations.day, today), eq(flexReservations.status, "reserved")),
    )
    .leftJoin(areas, eq(areas.id, flexReservations.areaId))
    .leftJoin(checkIns, and(eq(checkIns.userId, users.id), eq(checkIns.day, today), eq(checkIns.werkplaatsId, werkplaatsId)))
    .where(
      and(
        eq(memberships.werkplaatsId, werkplaatsId),
        inForce(today),
        or(ilike(users.name, pattern), ilike(users.email, pattern), ilike(companies.name, pattern)),
      ),
    )
    .orderBy(users.id)
    .limit(25);
  const passes = await db
    .select({
      id: dayPasses.id,
      userId: dayPasses.userId,
      name: dayPasses.guestName,
      code: dayPasses.code,
      area: areas.name,
      paidAt: dayPasses.paidAt,
      checkInId: checkIns.id,
      checkedInAt: checkIns.checkedInAt,
    })
    .from(dayPasses)
    .innerJoin(areas, eq(areas.id, dayPasses.areaId))
    .leftJoin(checkIns, eq(checkIns.dayPassId, dayPasses.id))
    .where(
      and(
        eq(dayPasses.werkplaatsId, werkplaatsId),
        eq(dayPasses.day, today),
        eq(dayPasses.status, "valid"),
        or(ilike(dayPasses.guestName, pattern), ilike(dayPasses.guestEmail, pattern), eq(dayPasses.code, code)),
      ),
    )
    .limit(25);
  const hits: ReceptionHit[] = [
    ...members.map((m) => ({
      key: `m:${m.userId}`,
      kind: "member" as const,
      userId: m.userId,
      dayPassId: null,
      name: m.name,
      detail: [planName({ nameNl: m.planNl, nameEn: m.planEn }, locale), m.company].filter(Boolean).join(" · "),
      area: m.area,
      code: null,
      unpaid: false,
      checkInId: m.checkInId,
      checkedInAt: m.checkedInAt,
    })),
    ...passes.map((p) => ({
      key: `p:${p.id}`,
      kind: "daypass" as const,
      userId: p.userId,
      dayPassId: p.id,
      name: p.name,
      detail: "",
      area: p.area,
      code: p.code,
      unpaid: p.paidAt === null,
      checkInId: p.checkInId,
      checkedInAt: p.checkedInAt,
    })),
  ];
  return hits.sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

/** Who is in today (checked in, newest first) and who is expected (a flex spot or day pass, not in yet). */
export async function todaysPresence(werkplaatsId: string, today: IsoDate = todayIn()) {
  const inside = await db
    .select({
      id: checkIns.id,
      name: sql<string>`coalesce(${users.name}, ${dayPasses.guestName})`,
      viaDayPass: sql<boolean>`${checkIns.dayPassId} is not null`,
      unpaid: sql<boolean>`${dayPasses.id} is not null and ${dayPasses.paidAt} is null`,
      method: checkIns.method,
      checkedInAt: checkIns.checkedInAt,
      checkedOutAt: checkIns.checkedOutAt,
    })
    .from(checkIns)
    .leftJoin(users, eq(users.id, checkIns.userId))
    .leftJoin(dayPasses, eq(dayPasses.id, checkIns.dayPassId))
    .where(and(eq(checkIns.werkplaatsId, werkplaatsId), eq(checkIns.day, today)))
    .orderBy(sql`${checkIns.checkedOutAt} is not null`, sql`${checkIns.checkedInAt} desc`);
  const expected = await db
    .select({
      id: flexReservations.id,
      name: sql<string>`coalesce(${users.name}, ${dayPasses.guestName})`,
      area: areas.name,
      viaDayPass: sql<boolean>`${flexReservations.dayPassId} is not null`,
      // What the check-in button sends: the member, or the day pass's code.
      userId: flexReservations.userId,
      code: dayPasses.code,
    })
    .from(flexReservations)
    .innerJoin(areas, eq(areas.id, flexReservations.areaId))
    .leftJoin(users, eq(users.id, flexReservations.userId))
    .leftJoin(dayPasses, eq(dayPasses.id, flexReservations.dayPassId))
    .where(
      and(
        eq(flexReservations.werkplaatsId, werkplaatsId),
        eq(flexReservations.day, today),
        eq(flexReservations.status, "reserved"),
        sql`not exists (select 1 from ${checkIns} where ${checkIns.day} = ${today} and ${checkIns.werkplaatsId} = ${werkplaatsId}
          and (${checkIns.userId} = ${flexReservations.userId} or ${checkIns.dayPassId} = ${flexReservations.dayPassId}))`,
      ),
    )
    .orderBy(asc(sql`coalesce(${users.name}, ${dayPasses.guestName})`));
  return { inside, expected };
}

/** Today's check-in of a person, if any. */
async function checkInToday(werkplaatsId: string, userId: string, today: IsoDate = todayIn()) {
  const [row] = await db
    .select({ id: checkIns.id, checkedInAt: checkIns.checkedInAt, checkedOutAt: checkIns.checkedOutAt, method: checkIns.method })
    .from(checkIns)
    .where(and(eq(checkIns.werkplaatsId, werkplaatsId), eq(checkIns.userId, userId), eq(checkIns.day, today)));
  return row ?? null;
}

/** The member's own check-in state today, for /checkin. */
export async function myCheckIn(werkplaatsId: string, userId: string, today: IsoDate = todayIn()) {
  const row = await checkInToday(werkplaatsId, userId, today);
  const [reservation] = await db
    .select({
      area: areas.name,
      viaDayPass: sql<boolean>`${flexReservations.dayPassId} is not null`,
      // An unpaid day pass is checked in at the reception, not from the phone.
      unpaidPass: sql<boolean>`exists (select 1 from ${dayPasses} where ${dayPasses.id} = ${flexReservations.dayPassId} and ${dayPasses.paidAt} is null)`,
    })
    .from(flexReservations)
    .innerJoin(areas, eq(areas.id, flexReservations.areaId))
    .where(
      and(
        eq(flexReservations.werkplaatsId, werkplaatsId),
        eq(flexReservations.userId, userId),
        eq(flexReservations.day, today),
        eq(flexReservations.status, "reserved"),
      ),
    );
  return { checkIn: row ?? null, reservation: reservation ?? null };
}
