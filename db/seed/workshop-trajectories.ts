import { and, eq, isNull } from "drizzle-orm";
import {
  expertProfiles,
  trajectories,
  trajectoryDeliverables,
  trajectoryDeliverableVersions,
  trajectoryExperts,
  trajectoryHours,
  trajectoryMembers,
  trajectoryMoves,
  users,
  workshopEvaluations,
} from "../schema";
import { addDays, addMonths, type IsoDate } from "../../app/utils/calendar";
import { zonedToUtc } from "../../app/utils/zoned-time";
import { db } from "../../app/utils/db.server";
import { answeredEvaluation, teamEvaluation } from "./workshop-evaluations";
import { intake } from "./workshop-intakes";
import { milestonePlanner } from "./workshop-milestones";
import type { Student } from "./workshop-people";
import { DELIVERED, UNDER_WAY, type YearTrajectory } from "./workshop-year";

type Person = { id: string; email: string; name: string };
type Row = typeof trajectories.$inferSelect;

/** Where each trajectory of the year stands and when its period runs, counted from today. */
function planOf(plan: YearTrajectory, index: number, today: IsoDate) {
  if (plan.deliveredMonthsAgo !== null) {
    const end = addMonths(today, -plan.deliveredMonthsAgo);
    // Staff close a file two weeks after its follow-up was asked; the last three are still open.
    const status = plan.deliveredMonthsAgo > 3 ? ("closed" as const) : ("delivered" as const);
    return { status, stage: "evaluated" as const, start: addMonths(end, -4), end };
  }
  // Under way: one forming for next month, one whose interim falls this week, one past its interim.
  const periods = [
    { status: "forming" as const, stage: "matched" as const, start: addDays(today, 21), end: addMonths(today, 4) },
    { status: "running" as const, stage: "running" as const, start: addDays(today, -30), end: addDays(today, 55) },
    { status: "running" as const, stage: "running" as const, start: addDays(today, -60), end: addDays(today, 30) },
  ];
  return periods[index]!;
}

/** The team's hours: a session a week per student from the kick-off to the end or today, the quiet ones stopping early. */
function hoursOf(row: Row, team: Student[], today: IsoDate, quietSince?: { student: number; day: IsoDate }) {
  const last = row.periodEnd < today ? row.periodEnd : today;
  return team.flatMap((s, n) => {
    const stop = quietSince?.student === n ? quietSince.day : last;
    const out: (typeof trajectoryHours.$inferInsert)[] = [];
    for (let day = addDays(row.periodStart, 2 + n), k = 0; day <= stop; day = addDays(day, 7), k++)
      out.push({
        werkplaatsId: row.werkplaatsId,
        trajectoryId: row.id,
        userId: s.id,
        workedOn: day,
        minutes: 60 + 60 * ((k + n) % 4),
        note: ["Interviews bij de klant", "Uitwerken", "Teamoverleg", "Bouwen en testen"][(k + n) % 4]!,
      });
    return out;
  });
}

async function deliverable(
  row: Row,
  title: string,
  dueOn: IsoDate,
  version?: { review: "submitted" | "accepted" | "returned"; on: IsoDate; by: string; note?: string },
) {
  const [d] = await db
    .insert(trajectoryDeliverables)
    .values({
      werkplaatsId: row.werkplaatsId,
      trajectoryId: row.id,
      title,
      dueOn,
      kind: /prototype/i.test(title) ? "prototype" : "advice_report",
    })
    .returning();
  if (!version) return;
  const at = zonedToUtc(version.on, "11:00");
  await db.insert(trajectoryDeliverableVersions).values({
    deliverableId: d!.id,
    version: 1,
    url: `https://docs.example.nl/werkplaats/${d!.id}`,
    uploadedBy: version.by,
    createdAt: at,
    review: version.review,
    reviewNote: version.note ?? "",
    reviewedAt: version.review === "submitted" ? null : new Date(at.getTime() + 2 * 86_400_000),
  });
}

/** Two experts of the pool not placed yet, for the teams at work (each two hours a month). */
async function freeExperts(werkplaatsId: string) {
  return db
    .select({ userId: expertProfiles.userId })
    .from(expertProfiles)
    .leftJoin(trajectoryExperts, eq(trajectoryExperts.userId, expertProfiles.userId))
    .where(and(eq(expertProfiles.werkplaatsId, werkplaatsId), isNull(trajectoryExperts.id)))
    .orderBy(expertProfiles.userId)
    .limit(2);
}

/**
 * A year of advisory trajectories: ten delivered with the SME's evaluation and the team's own
 * (a few still waiting), and three under way with hours, deliverables owed, an expert each and a
 * teacher with something to look at (an invitation not taken, a milestone this week, a returned
 * deliverable past its date, a student who stopped logging).
 */
export async function seedTrajectories(
  werkplaatsId: string,
  today: IsoDate,
  students: Student[],
  teacher: Person | undefined,
  staffId: string,
) {
  const experts = await freeExperts(werkplaatsId);
  const planMilestones = await milestonePlanner(werkplaatsId, today);
  const all = [...DELIVERED, ...UNDER_WAY];
  for (const [i, plan] of all.entries()) {
    const p = planOf(plan, i - DELIVERED.length, today);
    const row = await intake(werkplaatsId, plan.sme, p.stage, "advisory_trajectory", zonedToUtc(addDays(p.start, -30), "10:00"));
    const [trajectory] = await db
      .insert(trajectories)
      .values({
        werkplaatsId,
        intakeId: row.id,
        title: plan.sme.question.split(/[?.]/)[0]!.slice(0, 80),
        themes: plan.sme.themes,
        clarifiedQuestion: plan.sme.question,
        institutions: ["ROC Da Vinci College", "Hogeschool Rotterdam"],
        programme: "Software development / HBO-ICT",
        levels: [...new Set(plan.team.map((n) => students[n]!.level))],
        periodStart: p.start,
        periodEnd: p.end,
        // Forming while staff plan its milestones (a closed file takes none); where it stands now below.
        status: "forming",
      })
      .returning();
    const plannedAt = madeAt(p.start);
    await planMilestones(trajectory!.id, staffId, p.start, plannedAt);
    const t = p.status === "forming" ? trajectory! : await standsNow(trajectory!, p.status);
    await seedHistory(t);
    const team = plan.team.map((n) => students[n]!);
    const accepted = zonedToUtc(addDays(p.start, -7), "12:00");
    await db.insert(trajectoryMembers).values([
      ...team.map((s, k) => ({
        werkplaatsId,
        trajectoryId: t.id,
        userId: s.id,
        email: s.email,
        name: s.name,
        role: "student" as const,
        teamRole: ["projectleider", "UX-onderzoek", "bouwer"][k]!,
        institution: s.institution,
        level: s.level,
        invitedAt: accepted,
        acceptedAt: accepted,
      })),
      ...(teacher
        ? [
            {
              werkplaatsId,
              trajectoryId: t.id,
              userId: teacher.id,
              email: teacher.email,
              name: teacher.name,
              role: "teacher" as const,
              institution: "ROC Da Vinci College",
              invitedAt: accepted,
              acceptedAt: accepted,
            },
          ]
        : []),
    ]);
    if (p.status === "forming") continue;
    const underWay = p.status === "running";
    // On the team whose interim falls this week, the third student stopped logging three weeks ago.
    const quiet = underWay && i === DELIVERED.length + 1 ? { student: 2, day: addDays(today, -21) } : undefined;
    const hours = hoursOf(t, team, today, quiet);
    if (hours.length > 0) await db.insert(trajectoryHours).values(hours);
    if (underWay) {
      await seedWorkUnderWay(t, team, today, experts[i - DELIVERED.length - 1]?.userId, i === DELIVERED.length + 1);
      continue;
    }
    await deliverable(t, "Adviesrapport", addDays(p.end, -7), { review: "accepted", on: addDays(p.end, -9), by: team[0]!.id });
    await db.insert(workshopEvaluations).values(answeredEvaluation({ werkplaatsId, trajectoryId: t.id }, p.end, today, plan.evaluation!));
    await seedTeamVoice(t, team, teacher, p.end, i);
  }
}

/**
 * The status history the trajectory page shows as "Verloop", on the dates the row itself carries:
 * made three weeks before the start (never later than now), running from the first school day,
 * then delivered and closed when the row says so. The demo's workshop staff member moved it.
 */
export async function seedHistory(t: Row) {
  const [staff] = await db.select({ id: users.id }).from(users).where(eq(users.email, "jeroen@doc-dordrecht.nl"));
  await db.insert(trajectoryMoves).values(historyOf(t, staff?.id ?? null, t.periodStart as IsoDate));
}

/** When staff made a trajectory (and planned its milestones): three weeks before its start, never later than now. */
function madeAt(start: IsoDate) {
  return new Date(Math.min(zonedToUtc(addDays(start, -21), "10:00").getTime(), Date.now()));
}

/** The trajectory moved on to where it stands today, with its delivery and closing dates. */
async function standsNow(t: Row, status: Row["status"]) {
  const [row] = await db
    .update(trajectories)
    .set({
      status,
      deliveredAt: status === "delivered" || status === "closed" ? zonedToUtc(t.periodEnd as IsoDate, "16:00") : null,
      closedAt: status === "closed" ? zonedToUtc(addDays(addMonths(t.periodEnd as IsoDate, 3), 14), "10:00") : null,
    })
    .where(eq(trajectories.id, t.id))
    .returning();
  return row!;
}

function historyOf(t: Row, movedBy: string | null, start: IsoDate) {
  const made = madeAt(start);
  const steps: { toStatus: Row["status"]; movedAt: Date }[] = [{ toStatus: "forming", movedAt: made }];
  if (t.status !== "forming") steps.push({ toStatus: "running", movedAt: zonedToUtc(start, "09:00") });
  const ended = t.status === "delivered" || t.status === "closed";
  const delivered = t.deliveredAt ?? (ended ? zonedToUtc(t.periodEnd as IsoDate, "16:00") : null);
  if (delivered) steps.push({ toStatus: "delivered", movedAt: delivered });
  if (t.closedAt) steps.push({ toStatus: "closed", movedAt: t.closedAt });
  return steps.map((step, k) => ({
    werkplaatsId: t.werkplaatsId,
    trajectoryId: t.id,
    fromStatus: k === 0 ? null : steps[k - 1]!.toStatus,
    toStatus: step.toStatus,
    movedBy,
    movedAt: step.movedAt,
  }));
}

/** The team's own evaluations of delivered work; three are still open, so start pages have one to show. */
async function seedTeamVoice(t: Row, team: Student[], teacher: Person | undefined, deliveredOn: IsoDate, i: number) {
  const waiting = (userId: string) =>
    (i === 7 && userId === team[0]!.id) || (i === 8 && userId === teacher?.id) || (i === 9 && userId === team[2]?.id);
  const people = [
    ...team.map((s) => ({ id: s.id, as: "student" as const })),
    ...(teacher ? [{ id: teacher.id, as: "teacher" as const }] : []),
  ];
  const rows = people
    .filter((who) => !waiting(who.id))
    .map((who, n) =>
      teamEvaluation(
        { werkplaatsId: t.werkplaatsId, trajectoryId: t.id, userId: who.id },
        who.as,
        deliveredOn,
        { rating: 6 + ((n + i) % 4), team: 7 + ((n + 2 * i) % 3), sme: 6 + ((n + 3 * i) % 4) },
        2 + n,
      ),
    );
  if (rows.length > 0) await db.insert(workshopEvaluations).values(rows);
}

/** A running team's open work: deliverables owed (one returned and past its date), an expert with hours, an invitation not taken. */
async function seedWorkUnderWay(t: Row, team: Student[], today: IsoDate, expertId: string | undefined, interimThisWeek: boolean) {
  if (interimThisWeek) {
    await deliverable(t, "Procesbeschrijving cliëntdossier", addDays(today, -3), {
      review: "returned",
      on: addDays(today, -6),
      by: team[0]!.id,
      note: "Beschrijf ook wie welke gegevens mag inzien.",
    });
    await db.insert(trajectoryMembers).values({
      werkplaatsId: t.werkplaatsId,
      trajectoryId: t.id,
      email: "lars.peeters@student.hr.nl",
      name: "Lars Peeters",
      role: "student",
      institution: "Hogeschool Rotterdam",
      level: "hbo",
      invitedAt: zonedToUtc(addDays(today, -9), "10:00"),
    });
  } else {
    await deliverable(t, "Privacyscan fotodeling", addDays(today, 6), { review: "submitted", on: addDays(today, -1), by: team[1]!.id });
  }
  await deliverable(t, "Adviesrapport", addDays(t.periodEnd, -7));
  if (!expertId) return;
  await db.insert(trajectoryExperts).values({
    werkplaatsId: t.werkplaatsId,
    trajectoryId: t.id,
    userId: expertId,
    hoursPerMonth: 2,
    startsOn: today,
    endsOn: t.periodEnd,
    status: "accepted",
    answeredAt: zonedToUtc(addDays(today, -20), "09:00"),
  });
  await db.insert(trajectoryHours).values(
    [-14, -4].map((d) => ({
      werkplaatsId: t.werkplaatsId,
      trajectoryId: t.id,
      userId: expertId,
      workedOn: addDays(today, d),
      minutes: 90,
      note: "Sparren met het team",
    })),
  );
}
