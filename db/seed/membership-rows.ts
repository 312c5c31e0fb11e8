import { deskAssignments, memberships, membershipEvents, membershipPauses, membershipPeriods, type MembershipEventKind } from "../schema";
import { addDays, addMonths, monthOf, type IsoDate } from "../../app/utils/calendar";
import { wallClock, zonedToUtc } from "../../app/utils/zoned-time";
import { demoCompanies } from "./member-data";
import type { Tx } from "../../app/utils/db.server";
import type { Rng } from "./random";
import type { SeedPlans, SeedSpace } from "./space-and-plans";

export type SpecKind = "flex" | "flex2" | "fixed" | "office" | "virtual" | "strip";
export type SpecState = "active" | "ending" | "paused" | "ended" | "pending" | "declined" | "withdrawn";
export type MemberSpec = { name: string; email: string; kind: SpecKind; state: SpecState; companyIndex: number | null; userId: string };

/** What the activity generator needs to know of each membership. */
export type SeededMembership = {
  id: string;
  userId: string;
  kind: SpecKind;
  start: IsoDate;
  end: IsoDate | null;
  approved: boolean;
  pause: { from: IsoDate; to: IsoDate } | null;
};

type Context = {
  werkplaatsId: string;
  today: IsoDate;
  rng: Rng;
  people: MemberSpec[];
  companyIds: string[];
  plans: SeedPlans;
  space: SeedSpace;
  managerId: string | null;
};

/** Desks by kind: offices 2.01–2.04; fixed desks 1.01–1.16, then 2.05–2.08 (ended ones use 2.07/2.08). */
function deskPool(space: SeedSpace) {
  // 1.04 is Daan's (a demo login); the others go in order.
  const fixed = [...Array.from({ length: 16 }, (_, i) => `1.${String(i + 1).padStart(2, "0")}`), "2.05", "2.06"].filter(
    (l) => l !== "1.04",
  );
  return { fixed, ended: ["2.07", "2.08"], office: ["2.01", "2.02", "2.03", "2.04"], id: (label: string) => space.desks.get(label)! };
}

/**
 * Memberships with their plan periods, pauses, desks and history. Flex members who started before
 * the rate change (about seven months ago) moved from the archived 2025 rate to the current one.
 */
export async function insertMemberships(tx: Tx, c: Context): Promise<SeededMembership[]> {
  const { today, rng, plans } = c;
  const rateChange = monthOf(addMonths(today, -7)).start;
  const pool = deskPool(c.space);
  const at = (day: IsoDate, hour = 10) => zonedToUtc(day, wallClock(hour, rng.int(60)));
  const planOf = (kind: SpecKind) =>
    ({ flex: plans.flex, flex2: plans.flex2, fixed: plans.fixed, office: plans.office, virtual: plans.virtual, strip: plans.strip })[kind];

  const drafts = c.people.map((p, i) => {
    let start: IsoDate;
    let end: IsoDate | null = null;
    let pause: { from: IsoDate; to: IsoDate } | null = null;
    let cancelledOn: IsoDate | null = null;
    const s = p.state;
    if (i === 0) start = addMonths(today, -8);
    else if (i === 1) start = addMonths(today, -11);
    else if (s === "pending") start = addDays(today, rng.between(3, 14));
    else if (s === "withdrawn") start = addDays(today, 10);
    else if (s === "declined") start = addDays(today, -rng.between(30, 90));
    else if (s === "ended") start = addDays(today, -rng.between(400, 720));
    else if (p.kind === "strip") start = addDays(today, -rng.between(10, 50));
    else start = addDays(today, -rng.between(s === "active" ? 20 : 120, 700));
    if (p.kind === "strip") end = addDays(addMonths(start, 3), -1);
    if (s === "ended" && p.kind !== "strip") {
      end = addDays(today, -rng.between(20, 300));
      if (end < addDays(start, 90)) end = addDays(start, 90);
      cancelledOn = addDays(end, -35);
    }
    if (s === "ending") {
      end = addDays(today, rng.between(8, 28));
      cancelledOn = addDays(today, -rng.between(5, 20));
    }
    if (s === "paused") pause = { from: addDays(today, -6), to: addDays(today, 24) };
    const applied = s === "pending" ? addDays(today, -rng.between(0, 3)) : addDays(start, -rng.between(3, 12));
    const status = s === "pending" ? "pending" : s === "declined" ? "declined" : s === "withdrawn" ? "withdrawn" : "active";
    return { p, start, end, pause, cancelledOn, applied, status } as const;
  });

  const inserted = await tx
    .insert(memberships)
    .values(
      drafts.map((d, i) => ({
        werkplaatsId: c.werkplaatsId,
        userId: d.p.userId,
        companyId: d.p.companyIndex === null ? null : c.companyIds[d.p.companyIndex]!,
        status: d.status,
        startDate: d.start,
        endDate: d.end,
        motivation: i % 3 === 0 ? "Ik zoek een vaste plek tussen andere ondernemers in Dordrecht." : null,
        appliedAt: at(d.applied, 11),
        decidedAt: d.status === "pending" || d.status === "withdrawn" ? null : at(addDays(d.applied, 1), 14),
        decidedBy: d.status === "pending" || d.status === "withdrawn" ? null : c.managerId,
        declineReason: d.status === "declined" ? "De flexzone zit in die periode vol; we zetten je graag op de wachtlijst." : null,
        cancelledAt: d.cancelledOn ? at(d.cancelledOn, 15) : null,
        cancelledBy: d.cancelledOn ? d.p.userId : null,
        createdAt: at(d.applied, 11),
      })),
    )
    .returning({ id: memberships.id });

  const periods: (typeof membershipPeriods.$inferInsert)[] = [];
  const pauses: (typeof membershipPauses.$inferInsert)[] = [];
  const assignments: (typeof deskAssignments.$inferInsert)[] = [];
  const events: (typeof membershipEvents.$inferInsert)[] = [];
  const result: SeededMembership[] = [];
  let fixedNext = 0;
  let endedNext = 0;
  let officeNext = 0;
  drafts.forEach((d, i) => {
    const id = inserted[i]!.id;
    const plan = planOf(d.p.kind);
    const event = (
      kind: MembershipEventKind,
      day: IsoDate,
      hour: number,
      actorId: string | null,
      details: Record<string, string | number | null>,
    ) => events.push({ membershipId: id, actorId, kind, details, createdAt: at(day, hour) });
    const approvedOn = addDays(d.applied, 1);
    const company = d.p.companyIndex === null ? null : demoCompanies[d.p.companyIndex]![0];
    event("applied", d.applied, 11, d.p.userId, {
      planId: d.p.kind === "flex" && d.start < rateChange ? plans.oldFlex.id : plan.id,
      startDate: d.start,
      company,
    });
    if (d.p.kind === "flex" && d.status === "active" && d.start < rateChange && (d.end === null || d.end >= rateChange)) {
      periods.push({ membershipId: id, planId: plans.oldFlex.id, startsOn: d.start, endsOn: addDays(rateChange, -1) });
      periods.push({ membershipId: id, planId: plans.flex.id, startsOn: rateChange, endsOn: d.end });
    } else if (d.p.kind === "flex" && d.status === "active" && d.start < rateChange) {
      periods.push({ membershipId: id, planId: plans.oldFlex.id, startsOn: d.start, endsOn: d.end });
    } else {
      periods.push({ membershipId: id, planId: plan.id, startsOn: d.start, endsOn: d.end });
    }
    if (d.status === "declined")
      event("declined", approvedOn, 14, c.managerId, {
        reason: "De flexzone zit in die periode vol; we zetten je graag op de wachtlijst.",
      });
    if (d.status === "withdrawn") event("withdrawn", addDays(d.applied, 2), 9, d.p.userId, {});
    if (d.status !== "active") {
      result.push({ id, userId: d.p.userId, kind: d.p.kind, start: d.start, end: d.end, approved: false, pause: null });
      return;
    }
    event("approved", approvedOn, 14, c.managerId, {
      planId: d.start < rateChange && d.p.kind === "flex" ? plans.oldFlex.id : plan.id,
      startDate: d.start,
    });
    if (d.p.kind === "fixed" || d.p.kind === "office") {
      const label =
        d.p.kind === "office"
          ? pool.office[officeNext++]!
          : d.p.state === "ended"
            ? pool.ended[endedNext++]!
            : i === 1
              ? "1.04"
              : pool.fixed[fixedNext++]!;
      assignments.push({
        werkplaatsId: c.werkplaatsId,
        deskId: pool.id(label),
        membershipId: id,
        startsOn: d.start,
        endsOn: d.end,
        createdBy: c.managerId,
        createdAt: at(approvedOn, 15),
      });
      event("desk_assigned", approvedOn, 15, c.managerId, { desk: label, from: d.start, to: d.end });
    }
    if (periods.filter((p) => p.membershipId === id).length > 1) {
      event("plan_changed", addDays(rateChange, -20), 10, c.managerId, {
        fromPlanId: plans.oldFlex.id,
        toPlanId: plans.flex.id,
        effectiveOn: rateChange,
      });
    }
    if (d.pause) {
      pauses.push({
        membershipId: id,
        startsOn: d.pause.from,
        endsOn: d.pause.to,
        reason: "Ouderschapsverlof",
        createdBy: c.managerId,
        createdAt: at(addDays(d.pause.from, -10), 10),
      });
      event("paused", addDays(d.pause.from, -10), 10, c.managerId, { from: d.pause.from, to: d.pause.to, reason: "Ouderschapsverlof" });
    }
    if (d.cancelledOn && d.end)
      event("cancelled", d.cancelledOn, 15, d.p.userId, { endDate: d.end, requested: d.end, decidedBy: "requested", by: "member" });
    result.push({ id, userId: d.p.userId, kind: d.p.kind, start: d.start, end: d.end, approved: true, pause: d.pause });
  });
  await tx.insert(membershipPeriods).values(periods);
  if (pauses.length) await tx.insert(membershipPauses).values(pauses);
  if (assignments.length) await tx.insert(deskAssignments).values(assignments);
  await tx.insert(membershipEvents).values(events);
  return result;
}
