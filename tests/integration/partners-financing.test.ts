import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  consultationSlots,
  events,
  outboxMessages,
  registrations,
  trajectories,
  trajectoryExperts,
  trajectoryHours,
  trajectoryMembers,
  workshopEvaluations,
} from "#db/schema";
import { makeBillingSettings, makeIssuedInvoice, oneOffLine } from "#db/billing-factories";
import { makeExpert } from "#db/expert-factories";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeAgreement, makePartner } from "#db/partner-factories";
import { makeIntake, makeTrajectory } from "#db/workshop-factories";
import type { BudgetKind } from "#db/schema/partner-enums";
import { averageOf, budgetDrill, drillFigures, impactDrills, percentOf, type ImpactFilter, type ImpactRow } from "~/modules/partners";
import {
  economicsOf,
  economicsRows,
  financingOf,
  impactCsv,
  impactOf,
  impactReport,
  impactReportPdf,
  impactTrend,
  impactWithRows,
  invoiceDueInstalments,
  periodOf,
  recordInKind,
  recordSubsidy,
  remindSubsidyDeadlines,
  saveBudgetLine,
  saveLocationCost,
  updatePartner,
} from "~/modules/partners/index.server";
import { setExpertHourRate } from "~/modules/workshop/index.server";
import { db } from "~/utils/db.server";
import { isDomainError } from "~/utils/errors";
import { formatMoney } from "~/utils/money";
import { pdfText } from "../support/pdf-text";

/**
 * The manager's pages on the partner side: every economics figure opens to rows that add up to
 * it, in-kind includes the expert hours logged on trajectories, subsidy deadlines are reminded
 * once, and one werkplaats cannot change another's partner.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";

async function one(statement: ReturnType<typeof sql>) {
  const result = (await db.execute(statement)) as unknown;
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { v: unknown }[];
  return Number(rows[0]?.v ?? 0);
}

const statusOf = async (work: Promise<unknown>) => {
  try {
    await work;
    return 200;
  } catch (error) {
    if (isDomainError(error)) return error.status;
    throw error;
  }
};

let w: Awaited<ReturnType<typeof makeWerkplaats>>;
const year = periodOf({ span: "year", year: 2026 }, "2026-06-01");

beforeAll(async () => {
  w = await makeWerkplaats({ name: "DOC Financiering" });
  await makeBillingSettings(w.id);
  const manager = await makePerson(w.id, ["manager"]);
  const company = await makeCompany(w.id, (await makeUser()).id, { name: "Studio Zuid" });
  await makeIssuedInvoice(w.id, company.id, {
    lines: [oneOffLine({ revenueKind: "membership", unitCents: 275_00 }), oneOffLine({ revenueKind: "ticket", unitCents: 15_00 })],
    now: new Date("2026-03-02T10:00:00Z"),
  });
  const partner = await makePartner(w.id, { name: "Rabobank Drechtsteden" });
  await makeAgreement(w.id, partner.id, { yearly: 4_800_00, schedule: "quarterly" });
  await invoiceDueInstalments(new Date("2026-05-01T10:00:00Z"));
  await saveLocationCost(w.id, { intent: "cost", month: "2026-03", kind: "rent", amount: 2_000_00, note: "" });
  await saveLocationCost(w.id, { intent: "cost", month: "2026-03", kind: "workshop", amount: 500_00, note: "Coördinatie" });
  await recordInKind(w.id, manager.id, {
    intent: "inKind",
    partnerId: partner.id,
    kind: "room",
    description: "Zaal voor de hackathon",
    givenOn: "2026-04-01",
    value: 350_00,
  });
  await recordSubsidy(w.id, {
    intent: "subsidy",
    source: "province",
    name: "Digitaliseringsimpuls mkb",
    amount: 24_000_00,
    startsOn: "2026-01-01",
    endsOn: "2026-12-31",
    conditions: "",
    deadlines: [{ dueOn: "2026-06-30", what: "Tussenrapportage" }],
  });
  // An expert logs 90 + 45 minutes on a trajectory; a student's hours are not in kind.
  const expert = await makeExpert(w.id, { name: "Eva Expert" });
  const student = await makeUser();
  const intake = await makeIntake(w.id);
  const trajectory = await makeTrajectory(w.id, intake.id, { periodStart: "2026-02-01", periodEnd: "2026-05-31" });
  await db.insert(trajectoryExperts).values({
    werkplaatsId: w.id,
    trajectoryId: trajectory.id,
    userId: expert.id,
    hoursPerMonth: 4,
    startsOn: "2026-02-01",
    endsOn: "2026-05-31",
    status: "accepted",
    answeredAt: new Date("2026-02-01T10:00:00Z"),
  });
  await db.insert(trajectoryHours).values([
    { werkplaatsId: w.id, trajectoryId: trajectory.id, userId: expert.id, workedOn: "2026-03-10", minutes: 90 },
    { werkplaatsId: w.id, trajectoryId: trajectory.id, userId: expert.id, workedOn: "2026-04-10", minutes: 45 },
    { werkplaatsId: w.id, trajectoryId: trajectory.id, userId: student.id, workedOn: "2026-04-10", minutes: 600 },
  ]);
  await setExpertHourRate(w.id, 80_00, manager.id);
});

describe(`the partner side's pages on ${server}`, () => {
  it("counts expert hours from trajectories in kind, equal to an independent query", async () => {
    const e = await economicsOf(w.id, year);
    const expertCents = await one(sql`select round(sum(h.minutes) * 8000 / 60.0) as v from trajectory_hours h
      join trajectory_experts te on te.trajectory_id = h.trajectory_id and te.user_id = h.user_id and te.status in ('accepted', 'ended')
      where h.werkplaats_id = ${w.id} and h.worked_on between '2026-01-01' and '2026-12-31'`);
    expect(expertCents).toBe(180_00);
    const gifts = await one(sql`select sum(value_cents) as v from in_kind_contributions where werkplaats_id = ${w.id}`);
    expect(e.sponsorshipInKindCents).toBe(gifts + expertCents);
    const financing = await financingOf(w.id, year);
    expect(financing.expertHours).toMatchObject({ minutes: 135, valueCents: 180_00 });
    expect(financing.inKind.map((c) => c.description)).toEqual(["Zaal voor de hackathon"]);
  });

  it("opens every figure to rows that add up to it exactly", async () => {
    const e = await economicsOf(w.id, year);
    const figures = {
      coworking: e.coworking.totalCents,
      ...e.coworking.byGroup,
      locationCosts: e.locationCostCents,
      workshopCosts: e.workshopCostCents,
      sponsorshipCash: e.sponsorshipCashCents,
      sponsorshipInKind: e.sponsorshipInKindCents,
      subsidies: e.subsidyCents,
      coverage: e.leftForWorkshopCents,
      leftForWorkshop: e.leftForWorkshopCents,
      allCosts: e.locationCostCents + e.workshopCostCents,
      ...Object.fromEntries(e.budget.map((b) => [budgetDrill(b.kind as BudgetKind), b.actualCents])),
    } as Record<(typeof drillFigures)[number], number>;
    for (const figure of drillFigures.filter((f) => f in figures)) {
      const rows = await economicsRows(w.id, year, figure);
      expect([figure, rows.reduce((s, r) => s + r.amountCents, 0)]).toEqual([figure, figures[figure]]);
    }
    expect(figures.sponsorshipCash).toBe(2 * 1_200_00);
    expect(figures.subsidies).toBe(24_000_00);
    const cash = await economicsRows(w.id, year, "sponsorshipCash");
    expect(cash.every((r) => r.href?.startsWith("/invoices/") && r.document)).toBe(true);
  });

  it("opens the coverage, what is left, every budget actual and the cost per head to their rows, equal to independent SQL", async () => {
    for (const kind of ["rent", "workshop", "coworking", "sponsorship_cash", "sponsorship_in_kind", "subsidies", "energy"] as const)
      await saveBudgetLine(w.id, { intent: "budget", year: 2026, kind, amount: 1_000_00 });
    const e = await economicsOf(w.id, year);
    const income = await one(sql`select coalesce(sum(case when i.kind = 'credit_note' then -l.net_cents else l.net_cents end), 0) as v
      from invoice_lines l join invoices i on i.id = l.invoice_id
      where i.werkplaats_id = ${w.id} and i.status <> 'draft' and i.issue_date between '2026-01-01' and '2026-12-31'
      and l.revenue_kind in ('membership', 'room_hours', 'day_pass', 'strippenkaart', 'ticket', 'one_off')`);
    const costOf = (kinds: string) =>
      one(sql`select coalesce(sum(amount_cents), 0) as v from location_costs where werkplaats_id = ${w.id}
        and month between '2026-01-01' and '2026-12-31' and kind = any(string_to_array(${kinds}, ','))`);
    const location = await costOf("rent,service_costs,energy,cleaning,other");
    const all = await costOf("rent,service_costs,energy,cleaning,other,workshop");
    expect(income).toBe(290_00);
    expect(location).toBe(2_000_00);
    // What is left: the rows are the income in and the location costs out.
    const left = await economicsRows(w.id, year, "leftForWorkshop");
    expect(left.reduce((s, r) => s + r.amountCents, 0)).toBe(income - location);
    expect(e.leftForWorkshopCents).toBe(income - location);
    const coverage = await economicsRows(w.id, year, "coverage");
    const plus = coverage.filter((r) => r.amountCents > 0).reduce((s, r) => s + r.amountCents, 0);
    const minus = -coverage.filter((r) => r.amountCents < 0).reduce((s, r) => s + r.amountCents, 0);
    expect([plus, minus]).toEqual([income, location]);
    expect(e.coveragePercent).toBe(Math.round((income * 1000) / location) / 10);
    // Every budget actual is the sum of the rows its link opens, and each equals its own query.
    const independent: Record<string, number> = {
      rent: await costOf("rent"),
      energy: await costOf("energy"),
      workshop: await costOf("workshop"),
      coworking: income,
      sponsorship_cash: await one(sql`select coalesce(sum(l.net_cents), 0) as v from invoice_lines l join invoices i on i.id = l.invoice_id
        where i.werkplaats_id = ${w.id} and i.status <> 'draft' and l.revenue_kind = 'sponsorship'`),
      sponsorship_in_kind: e.sponsorshipInKindCents,
      subsidies: 24_000_00,
    };
    expect(e.budget.map((b) => b.kind).sort()).toEqual(Object.keys(independent).sort());
    for (const b of e.budget) {
      const rows = await economicsRows(w.id, year, budgetDrill(b.kind as BudgetKind));
      expect([b.kind, b.actualCents, rows.reduce((s, r) => s + r.amountCents, 0)]).toEqual([b.kind, independent[b.kind], b.actualCents]);
    }
    // The cost per head divides the rows of all costs by the Impactmonitor's counts.
    const costs = await economicsRows(w.id, year, "allCosts");
    expect(costs.reduce((s, r) => s + r.amountCents, 0)).toBe(all);
    const perHead = (heads: number) => (heads === 0 ? null : Math.floor(all / heads + 0.5));
    expect(e.perHead.smes).toBeGreaterThan(0);
    expect(e.perHead.perSmeCents).toBe(perHead(e.perHead.smes));
    expect(e.perHead.perStudentCents).toBe(perHead(e.perHead.students));
  });

  it("reminds the managers of a reporting deadline two weeks ahead, once, however often the job runs", async () => {
    expect(await remindSubsidyDeadlines(new Date("2026-06-15T10:00:00Z"))).toBe(0);
    const at = new Date("2026-06-16T10:00:00Z");
    const counts = await Promise.all([remindSubsidyDeadlines(at), remindSubsidyDeadlines(at)]);
    expect(counts[0]! + counts[1]!).toBe(1);
    expect(await remindSubsidyDeadlines(at)).toBe(0);
    const mails = await db
      .select({ subject: outboxMessages.subject })
      .from(outboxMessages)
      .where(sql`${outboxMessages.werkplaatsId} = ${w.id} and ${outboxMessages.kind} = 'mail.subsidyDeadline'`);
    expect(mails).toEqual([{ subject: "Over twee weken: Tussenrapportage voor Digitaliseringsimpuls mkb" }]);
  });

  it("lets a werkplaats change only its own partner, and keeps names unique", async () => {
    const elsewhere = await makeWerkplaats({ name: "Elders" });
    const partner = await makePartner(w.id, { name: "Gemeente Dordrecht", kind: "municipality" });
    const edit = {
      intent: "edit" as const,
      name: "Gemeente Dordrecht (EZ)",
      kind: "municipality" as const,
      street: "Spuiboulevard 300",
      postalCode: "3311 GR",
      city: "Dordrecht",
      kvkNumber: "24123456",
      published: false,
    };
    expect(await statusOf(updatePartner(elsewhere.id, partner.id, edit))).toBe(404);
    expect(await statusOf(updatePartner(w.id, partner.id, { ...edit, name: "rabobank drechtsteden" }))).toBe(409);
    expect(await statusOf(updatePartner(w.id, partner.id, edit))).toBe(200);
    expect(await one(sql`select count(*) as v from partners where name = 'Gemeente Dordrecht (EZ)' and published = false`)).toBe(1);
    // The next sponsor invoice goes to the new address: the billing party changed with the partner.
    expect(
      await one(sql`select count(*) as v from billing_parties b join partners p on p.party_id = b.id
        where p.id = ${partner.id} and b.name = 'Gemeente Dordrecht (EZ)' and b.street = 'Spuiboulevard 300' and b.kvk_number = '24123456'`),
    ).toBe(1);
  });

  it("counts the Impactmonitor figures as independent queries do, to the person", async () => {
    const [{ id: trajectoryId }] = (await db
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(eq(trajectories.werkplaatsId, w.id))) as [{ id: string }];
    await db.insert(trajectoryMembers).values([
      { werkplaatsId: w.id, trajectoryId, email: "sem@student.davinci.nl", name: "Sem", role: "student", level: "mbo" },
      { werkplaatsId: w.id, trajectoryId, email: "noor@student.hr.nl", name: "Noor", role: "student", level: "hbo" },
      { werkplaatsId: w.id, trajectoryId, email: "docent@davinci.nl", name: "Docent", role: "teacher" },
    ]);
    await db.insert(workshopEvaluations).values({
      werkplaatsId: w.id,
      trajectoryId,
      respondent: "sme",
      tokenHash: "impact-test-token",
      tokenExpiresAt: new Date("2026-07-01T10:00:00Z"),
      answeredAt: new Date("2026-06-05T10:00:00Z"),
      rating: 8,
      wouldRecommend: true,
      followUpAnsweredAt: new Date("2026-09-05T10:00:00Z"),
      takenSteps: ["implemented_advice"],
    });
    const { figures, studentsByLevel } = await impactOf(w.id, year);
    const smes = await one(sql`select count(distinct coalesce(i.kvk_number, lower(i.email))) as v from trajectories t
      join workshop_intakes i on i.id = t.intake_id
      where t.werkplaats_id = ${w.id} and t.period_start <= '2026-12-31' and t.period_end >= '2026-01-01'`);
    const students =
      await one(sql`select count(distinct m.email) as v from trajectory_members m join trajectories t on t.id = m.trajectory_id
      where t.werkplaats_id = ${w.id} and m.role = 'student' and t.period_start <= '2026-12-31' and t.period_end >= '2026-01-01'`);
    const rating = await one(sql`select round(avg(rating)::numeric, 1) as v from workshop_evaluations
      where werkplaats_id = ${w.id} and respondent = 'sme' and answered_at >= '2026-01-01' and answered_at < '2027-01-01'`);
    expect(figures).toMatchObject({ smesHelped: smes, studentsInvolved: students, averageRating: rating, trajectoriesStarted: 1 });
    expect([smes, students, rating]).toEqual([1, 2, 8]);
    expect(figures.recommendPercent).toBe(100);
    expect(figures.followUpPercent).toBe(100);
    expect(figures.expertHours).toBe(2);
    expect(studentsByLevel).toEqual({ mbo: 1, hbo: 1, wo: 0, unknown: 0 });
    const e = await economicsOf(w.id, year);
    expect(e.perHead.perStudentCents).toBe(Math.round((e.locationCostCents + e.workshopCostCents) / 2));
  });

  it("prints the report in Dutch and English with the pages' own figures, and the Impactmonitor as CSV", async () => {
    const report = await impactReport({ id: w.id, name: "DOC Financiering" }, year);
    const e = await economicsOf(w.id, year);
    const { figures } = await impactOf(w.id, year);
    const nl = pdfText(await impactReportPdf(report, "nl"));
    const money = (cents: number) => formatMoney(cents, "nl").replace(/[\u00a0\u202f]/g, " ");
    // Each figure on the line of its label, as the economics and impact pages show it.
    const lineOf = (text: string, label: string) => text.split("\n").find((l) => l.includes(label)) ?? "";
    expect(lineOf(nl, "Inkomsten coworking")).toContain(money(e.coworking.totalCents));
    expect(lineOf(nl, "Locatiekosten")).toContain(money(e.locationCostCents));
    expect(lineOf(nl, "Sponsoring in geld")).toContain(money(e.sponsorshipCashCents));
    expect(lineOf(nl, "Sponsoring in natura")).toContain(money(e.sponsorshipInKindCents));
    expect(lineOf(nl, "Subsidies")).toContain(money(e.subsidyCents));
    expect(lineOf(nl, "Geholpen mkb-bedrijven")).toContain(` ${figures.smesHelped}`);
    expect(lineOf(nl, "Gemiddeld cijfer")).toMatch(/8,0\s+landelijk 7.1/);
    expect(nl).toContain("Rabobank Drechtsteden");
    const en = pdfText(await impactReportPdf(report, "en"));
    expect(lineOf(en, "Co-working income")).toContain(formatMoney(e.coworking.totalCents, "en").replace(/[\u00a0\u202f]/g, " "));
    expect(en).toContain("Impact and accountability report");
    const csv = impactCsv(report, "nl").split("\r\n");
    expect(csv[0]).toBe("\uFEFFPeriode;Filter;Cijfer;Waarde;Landelijk");
    expect(csv).toContain("2026-01-01 – 2026-12-31;alles;Gemiddeld cijfer van ondernemers;8,0;7.1");
    expect(nl).not.toContain("gefilterd op");
  });

  it("counts reach through activities per kind and theme, and days in the werkplaats's zone", async () => {
    const host = await makeUser();
    const event = (kind: string, startsAt: string, status = "published") => ({
      werkplaatsId: w.id,
      kind,
      titleNl: `${kind} ${startsAt}`,
      themes: ["data"],
      startsAt: new Date(startsAt),
      endsAt: new Date(new Date(startsAt).getTime() + 7_200_000),
      capacity: 30,
      status,
    });
    const [webinar, training, cancelled, nextYear] = await db
      .insert(events)
      .values([
        event("webinar", "2026-03-10T18:00:00Z"),
        event("training", "2026-05-10T08:00:00Z"),
        event("workshop", "2026-06-10T08:00:00Z", "cancelled"),
        // 00:30 on 1 January 2027 in Amsterdam: next year's, though it is still 2026 in UTC.
        event("masterclass", "2026-12-31T23:30:00Z"),
      ])
      .returning();
    const place = (eventId: string, email: string, organisation: string | null, status = "registered") => ({
      werkplaatsId: w.id,
      eventId,
      name: email,
      email,
      organisation,
      status,
      token: `t-${eventId}-${email}`,
      checkinCode: `c-${eventId}-${email}`,
    });
    await db
      .insert(registrations)
      .values([
        place(webinar!.id, "anna@bakkerij.nl", "Bakkerij Jansen"),
        place(webinar!.id, "piet@bakkerij.nl", "bakkerij  jansen"),
        place(webinar!.id, "weg@elders.nl", "Elders BV", "cancelled"),
        place(training!.id, "anna@bakkerij.nl", "Bakkerij Jansen"),
        place(training!.id, "kees@fietsen.nl", "Fietsen Kees"),
        place(cancelled!.id, "lot@x.nl", "X"),
        place(nextYear!.id, "laat@x.nl", "Laat BV"),
      ]);
    await db.insert(consultationSlots).values({
      werkplaatsId: w.id,
      hostId: host.id,
      topic: "Webshop",
      startsAt: new Date("2026-04-01T09:00:00Z"),
      endsAt: new Date("2026-04-01T09:30:00Z"),
      bookedAt: new Date("2026-03-20T09:00:00Z"),
      bookerName: "Mo",
      bookerEmail: "mo@kapper.nl",
      bookerOrganisation: "Kapper Mo",
    });
    const { reach } = await impactOf(w.id, year);
    const people = await one(sql`select count(distinct email) as v from (
      select r.email from registrations r join events e on e.id = r.event_id
        where e.werkplaats_id = ${w.id} and e.status = 'published' and r.status = 'registered'
        and (e.starts_at at time zone 'Europe/Amsterdam')::date between '2026-01-01' and '2026-12-31'
      union all select booker_email from consultation_slots where werkplaats_id = ${w.id} and booked_at is not null
        and cancelled_at is null and (starts_at at time zone 'Europe/Amsterdam')::date between '2026-01-01' and '2026-12-31') x`);
    expect(reach.people).toBe(people);
    expect(reach).toMatchObject({ people: 4, smes: 3 });
    expect(reach.byKind).toEqual({ webinar: { people: 2, smes: 1 }, training: { people: 2, smes: 2 }, spreekuur: { people: 1, smes: 1 } });
    expect(reach.byTheme.data).toEqual({ people: 3, smes: 2 });
    // An SME answering at 00:30 on New Year's Day in Amsterdam answered in 2027, not in 2026.
    const intake = await makeIntake(w.id);
    const late = await makeTrajectory(w.id, intake.id, { periodStart: "2026-09-01", periodEnd: "2026-12-31" });
    await db.insert(workshopEvaluations).values({
      werkplaatsId: w.id,
      trajectoryId: late.id,
      respondent: "sme",
      tokenHash: "new-year-token",
      tokenExpiresAt: new Date("2027-02-01T10:00:00Z"),
      answeredAt: new Date("2026-12-31T23:30:00Z"),
      rating: 2,
    });
    expect((await impactOf(w.id, year)).figures.averageRating).toBe(8);
    expect((await impactOf(w.id, periodOf({ span: "year", year: 2027 }, "2027-06-01"))).figures.averageRating).toBe(2);
  });

  it("recognises an SME at activities by its KvK number or intake, whatever name is typed", async () => {
    const member = await makeUser({ email: "eva@zuidwerk.nl" });
    const company = await makeCompany(w.id, member.id, { name: "Zuidwerk", kvkNumber: "61234567" });
    // The same SME asked the workshop something from another address, with its KvK number; another asked without one.
    await makeIntake(w.id, { email: "ria@zuidwerk.nl", kvkNumber: company.kvkNumber });
    await makeIntake(w.id, { email: "tom@tuin.nl", organisation: "Tom's Tuin" });
    const [workshop] = await db
      .insert(events)
      .values({
        werkplaatsId: w.id,
        kind: "workshop",
        titleNl: "Automatiseren",
        themes: ["automation"],
        startsAt: new Date("2026-02-10T09:00:00Z"),
        endsAt: new Date("2026-02-10T11:00:00Z"),
        capacity: 30,
        status: "published",
      })
      .returning();
    const place = (email: string, organisation: string) => ({
      werkplaatsId: w.id,
      eventId: workshop!.id,
      name: email,
      email,
      organisation,
      status: "registered",
      token: `k-${email}`,
      checkinCode: `k-${email}`,
    });
    await db
      .insert(registrations)
      .values([place("eva@zuidwerk.nl", "Zuidwerk"), place("ria@zuidwerk.nl", "Zuidwerk Holding B.V."), place("tom@tuin.nl", "Tuinen")]);
    await db.insert(consultationSlots).values({
      werkplaatsId: w.id,
      hostId: member.id,
      topic: "Planning",
      startsAt: new Date("2026-02-20T09:00:00Z"),
      endsAt: new Date("2026-02-20T09:30:00Z"),
      bookedAt: new Date("2026-02-12T09:00:00Z"),
      bookerName: "Tom",
      bookerEmail: "Tom@Tuin.nl",
      bookerOrganisation: "Tom's Tuin en Zo",
    });
    const { reach } = await impactOf(w.id, periodOf({ span: "month", year: 2026, part: 2 }, "2026-02-01"));
    // Eva and Ria are one SME by its KvK number, Tom one by his intake, though all three typed other names.
    expect(reach.byKind.workshop).toEqual({ people: 3, smes: 2 });
    expect(reach).toMatchObject({ people: 3, smes: 2 });
  });

  it("draws each trend point as its month's or quarter's own figures, as independent queries count them", async () => {
    const months = await impactTrend(w.id, year, "month");
    expect(months.map((p) => p.period.from)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}-01`));
    const march = months[2]!;
    const people = await one(sql`select count(distinct lower(email)) as v from (
      select r.email from registrations r join events e on e.id = r.event_id
        where e.werkplaats_id = ${w.id} and e.status = 'published' and r.status = 'registered'
        and (e.starts_at at time zone 'Europe/Amsterdam')::date between '2026-03-01' and '2026-03-31'
      union all select booker_email from consultation_slots where werkplaats_id = ${w.id} and booked_at is not null
        and cancelled_at is null and (starts_at at time zone 'Europe/Amsterdam')::date between '2026-03-01' and '2026-03-31') x`);
    const students =
      await one(sql`select count(distinct m.email) as v from trajectory_members m join trajectories t on t.id = m.trajectory_id
      where t.werkplaats_id = ${w.id} and m.role = 'student' and t.period_start <= '2026-03-31' and t.period_end >= '2026-03-01'`);
    expect(march.values).toMatchObject({ peopleReached: people, studentsInvolved: students });
    expect([people, students]).toEqual([2, 2]);
    // A point is the figure the page shows when that month is chosen.
    expect((await impactOf(w.id, march.period)).figures.averageRating).toBe(march.values.averageRating);
    const quarters = await impactTrend(w.id, year, "quarter");
    const started = await Promise.all(
      ["01", "04", "07", "10"].map((m) =>
        one(sql`select count(*) as v from trajectories where werkplaats_id = ${w.id}
          and period_start >= ${`2026-${m}-01`}::date and period_start < ${`2026-${m}-01`}::date + interval '3 months'`),
      ),
    );
    expect(quarters.map((q) => q.values.trajectoriesStarted)).toEqual(started);
    expect(started.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
  });
});

/**
 * The Impactmonitor of a werkplaats with three SMEs that asked five times: every number opens to
 * rows that make it, a filter narrows every figure as independent queries do, and an SME is
 * counted once however often it asked.
 */
describe(`the Impactmonitor's rows and filters on ${server}`, () => {
  let v: Awaited<ReturnType<typeof makeWerkplaats>>;
  const smeKeySql = sql.raw(`coalesce(coalesce(i.kvk_number, c.kvk_number), lower(trim(i.email)))`);
  /** SMEs helped, students, rating and expert minutes of 2026 by plain SQL, for a theme and size class or all. */
  async function independent(theme: string | null, size: string | null) {
    const narrow = sql`t.werkplaats_id = ${v.id} and t.period_start <= '2026-12-31' and t.period_end >= '2026-01-01'
      and (${theme}::text is null or ${theme}::text = any(t.themes)) and (${size}::text is null or i.size_class::text = ${size}::text)`;
    const answered = sql`e.answered_at >= '2025-12-31T23:00:00Z' and e.answered_at < '2026-12-31T23:00:00Z'
      and (${theme}::text is null or ${theme}::text = any(t.themes)) and (${size}::text is null or i.size_class::text = ${size}::text)`;
    return {
      smesHelped: await one(sql`select count(distinct ${smeKeySql}) as v from trajectories t join workshop_intakes i on i.id = t.intake_id
        left join companies c on c.id = i.company_id where ${narrow}`),
      studentsInvolved: await one(sql`select count(distinct m.email) as v from trajectory_members m
        join trajectories t on t.id = m.trajectory_id join workshop_intakes i on i.id = t.intake_id where m.role = 'student' and ${narrow}`),
      averageRating: await one(sql`select round(avg(e.rating)::numeric, 1) as v from workshop_evaluations e
        join trajectories t on t.id = e.trajectory_id join workshop_intakes i on i.id = t.intake_id
        where e.werkplaats_id = ${v.id} and e.respondent = 'sme' and e.rating is not null and ${answered}`),
      expertMinutes: await one(sql`select coalesce(sum(h.minutes), 0) as v from trajectory_hours h
        join trajectory_experts x on x.trajectory_id = h.trajectory_id and x.user_id = h.user_id and x.status in ('accepted', 'ended')
        join trajectories t on t.id = h.trajectory_id join workshop_intakes i on i.id = t.intake_id
        where h.werkplaats_id = ${v.id} and h.worked_on between '2026-01-01' and '2026-12-31'
        and (${theme}::text is null or ${theme}::text = any(t.themes)) and (${size}::text is null or i.size_class::text = ${size}::text)`),
    };
  }

  beforeAll(async () => {
    v = await makeWerkplaats({ name: "DOC Impact" });
    // One firm asked twice from two addresses under one KvK number; one twice from one address without it; one once.
    const a1 = await makeIntake(v.id, { organisation: "Korenbloem", email: "ria@korenbloem.nl", kvkNumber: "11111111", sizeClass: "2-10" });
    const a2 = await makeIntake(v.id, {
      organisation: "Korenbloem BV",
      email: "jan@korenbloem.nl",
      kvkNumber: "11111111",
      sizeClass: "2-10",
    });
    const b1 = await makeIntake(v.id, { organisation: "Fietsen Kees", email: "kees@fietsen.nl", sizeClass: "zzp" });
    const b2 = await makeIntake(v.id, { organisation: "Kees' Fietsen", email: "kees@fietsen.nl", sizeClass: "zzp", question: "Voorraad?" });
    const c = await makeIntake(v.id, { organisation: "Metaal Noord", email: "info@metaalnoord.nl", sizeClass: "50-250" });
    const trajectory = (intakeId: string, title: string, themes: string[], periodStart: string, periodEnd: string) =>
      makeTrajectory(v.id, intakeId, { title, themes, periodStart, periodEnd });
    const ta1 = await trajectory(a1.id, "Data op orde", ["data"], "2026-02-01", "2026-04-30");
    await trajectory(a2.id, "Webshop", ["ecommerce"], "2026-06-01", "2026-08-31");
    const tb1 = await trajectory(b1.id, "Voorraad in cijfers", ["data"], "2026-03-01", "2026-05-31");
    await trajectory(b2.id, "Planning automatiseren", ["automation"], "2026-09-01", "2026-11-30");
    const tc = await trajectory(c.id, "Robotcel", ["automation"], "2026-04-01", "2026-06-30");
    const member = (trajectoryId: string, email: string, level: "mbo" | "hbo" | "wo" | null) => ({
      werkplaatsId: v.id,
      trajectoryId,
      email,
      name: email.split("@")[0]!,
      role: "student" as const,
      level,
    });
    await db
      .insert(trajectoryMembers)
      .values([
        member(ta1.id, "s1@student.nl", "mbo"),
        member(ta1.id, "s2@student.nl", "hbo"),
        member(tb1.id, "s1@student.nl", "mbo"),
        member(tb1.id, "s3@student.nl", "wo"),
        member(tc.id, "s4@student.nl", null),
      ]);
    const sme = (trajectoryId: string, rating: number, wouldRecommend: boolean, takenSteps: string[]) => ({
      werkplaatsId: v.id,
      trajectoryId,
      respondent: "sme" as const,
      tokenHash: `impact-rows-${trajectoryId}`,
      tokenExpiresAt: new Date("2026-12-01T10:00:00Z"),
      answeredAt: new Date("2026-07-01T10:00:00Z"),
      rating,
      wouldRecommend,
      followUpAnsweredAt: takenSteps.length > 0 ? new Date("2026-10-01T10:00:00Z") : null,
      takenSteps,
    });
    const student = await makeUser();
    await db.insert(workshopEvaluations).values([
      sme(ta1.id, 8, true, ["implemented_advice"]),
      sme(tb1.id, 6, false, ["nothing_yet"]),
      sme(tc.id, 9, true, []),
      {
        werkplaatsId: v.id,
        trajectoryId: ta1.id,
        respondent: "student",
        userId: student.id,
        answeredAt: new Date("2026-05-01T10:00:00Z"),
        rating: 7,
        teamRating: 8,
      },
    ]);
    const expert = await makeExpert(v.id, { name: "Evi Expert", hoursPerMonth: 8 });
    const place = (trajectoryId: string) => ({
      werkplaatsId: v.id,
      trajectoryId,
      userId: expert.id,
      hoursPerMonth: 4,
      startsOn: "2026-02-01",
      endsOn: "2026-06-30",
      status: "accepted" as const,
      answeredAt: new Date("2026-02-01T10:00:00Z"),
    });
    await db.insert(trajectoryExperts).values([place(ta1.id), place(tc.id)]);
    await db.insert(trajectoryHours).values([
      { werkplaatsId: v.id, trajectoryId: ta1.id, userId: expert.id, workedOn: "2026-03-10", minutes: 90 },
      { werkplaatsId: v.id, trajectoryId: tc.id, userId: expert.id, workedOn: "2026-05-10", minutes: 60 },
    ]);
    const [webinar, training] = await db
      .insert(events)
      .values([
        {
          werkplaatsId: v.id,
          kind: "webinar",
          titleNl: "Data",
          themes: ["data"],
          startsAt: new Date("2026-03-10T18:00:00Z"),
          endsAt: new Date("2026-03-10T19:00:00Z"),
          capacity: 30,
          status: "published",
        },
        {
          werkplaatsId: v.id,
          kind: "training",
          titleNl: "Robots",
          themes: ["automation"],
          startsAt: new Date("2026-05-10T08:00:00Z"),
          endsAt: new Date("2026-05-10T12:00:00Z"),
          capacity: 30,
          status: "published",
        },
      ])
      .returning();
    const seat = (eventId: string, email: string, organisation: string) => ({
      werkplaatsId: v.id,
      eventId,
      name: email,
      email,
      organisation,
      status: "registered",
      token: `r-${eventId}-${email}`,
      checkinCode: `r-${eventId}-${email}`,
    });
    await db
      .insert(registrations)
      .values([
        seat(webinar!.id, "kees@fietsen.nl", "Fietserij"),
        seat(webinar!.id, "lies@bloem.nl", "Bloemist Lies"),
        seat(training!.id, "info@metaalnoord.nl", "Metaal Noord"),
      ]);
  });

  it("counts an SME that asked twice once, by its KvK number or else its email", async () => {
    const { figures, smesBySize, smesByTheme } = await impactOf(v.id, year);
    const expected = await independent(null, null);
    expect(figures.smesHelped).toBe(expected.smesHelped);
    // Five intakes, three firms.
    expect(expected.smesHelped).toBe(3);
    expect(await one(sql`select count(*) as v from workshop_intakes where werkplaats_id = ${v.id}`)).toBe(5);
    expect(smesBySize).toEqual({ "2-10": 1, zzp: 1, "50-250": 1 });
    expect(smesByTheme).toEqual({ data: 2, ecommerce: 1, automation: 2 });
    const e = await economicsOf(v.id, year);
    expect(e.perHead.smes).toBe(3);
  });

  it("narrows every figure by theme, target group and activity kind, as independent queries do", async () => {
    const cases: [ImpactFilter, string | null, string | null][] = [
      [{}, null, null],
      [{ theme: "data" }, "data", null],
      [{ theme: "automation" }, "automation", null],
      [{ size: "zzp" }, null, "zzp"],
      [{ theme: "data", size: "2-10" }, "data", "2-10"],
      [{ kind: "trajectory" }, null, null],
    ];
    for (const [filter, theme, size] of cases) {
      const { figures, reach } = await impactOf(v.id, year, filter);
      const expected = await independent(theme, size);
      expect({ filter, ...figures }).toMatchObject({
        filter,
        smesHelped: expected.smesHelped,
        studentsInvolved: expected.studentsInvolved,
        averageRating: expected.averageRating || null,
        expertHours: Math.floor(expected.expertMinutes / 60 + 0.5),
      });
      if (filter.kind === "trajectory") expect(reach).toMatchObject({ people: 0, smes: 0 });
    }
    expect((await independent("data", null)).studentsInvolved).toBe(3);
    // An activity kind narrows reach to its visits and leaves no trajectory figure.
    const webinar = await impactOf(v.id, year, { kind: "webinar" });
    expect(webinar.reach).toMatchObject({ people: 2, smes: 2 });
    expect(webinar.figures).toMatchObject({ smesHelped: 0, studentsInvolved: 0, averageRating: null, expertHours: 0 });
    // A visitor whose address asked the workshop counts under that intake's size class.
    expect((await impactOf(v.id, year, { size: "zzp" })).reach).toMatchObject({ people: 1, smes: 1 });
    expect((await impactOf(v.id, year, { theme: "automation" })).reach).toMatchObject({ people: 1, smes: 1 });
  });

  it("opens every Impactmonitor number to rows that make it, filtered or not", async () => {
    const mark = <K extends string>(rows: ImpactRow[], key: K) => rows.map((r) => (r.mark as Record<K, unknown>)[key]);
    for (const filter of [{}, { theme: "data" }, { size: "zzp" }, { kind: "webinar" }] as ImpactFilter[]) {
      for (const drill of impactDrills) {
        const { impact, rows } = await impactWithRows(v.id, year, filter, drill);
        const { figures, reach, teamVoice } = impact;
        const count: Record<typeof drill, () => number | null> = {
          smesHelped: () => rows.length,
          trajectoriesStarted: () => rows.length,
          trajectoriesCompleted: () => rows.length,
          studentsInvolved: () => rows.length,
          averageRating: () => averageOf(mark(rows, "rating") as number[]),
          recommendPercent: () => percentOf(mark(rows, "recommends").filter(Boolean).length, rows.length),
          followUpPercent: () =>
            percentOf((mark(rows, "steps") as string[][]).filter((s) => s.some((x) => x !== "nothing_yet")).length, rows.length),
          expertHours: () => Math.floor((mark(rows, "minutes") as number[]).reduce((a, b) => a + b, 0) / 60 + 0.5),
          peopleReached: () => rows.length,
          smesReached: () => rows.length,
          teamVoice: () => rows.length,
        };
        const made = count[drill]();
        const shown = {
          ...figures,
          peopleReached: reach.people,
          smesReached: reach.smes,
          teamVoice: teamVoice.students + teamVoice.teachers,
        }[drill];
        expect({ filter, drill, made }).toEqual({ filter, drill, made: shown });
      }
    }
    // The rows are the records themselves: the students and the rated answers an independent query finds.
    const { rows: students } = await impactWithRows(v.id, year, { theme: "data" }, "studentsInvolved");
    expect(students.map((r) => r.key).sort()).toEqual(["s1@student.nl", "s2@student.nl", "s3@student.nl"]);
    const { rows: mbo } = await impactWithRows(v.id, year, {}, "studentsInvolved", "mbo");
    expect(mbo.map((r) => r.key)).toEqual(["s1@student.nl"]);
    const { rows: rated } = await impactWithRows(v.id, year, {}, "averageRating");
    expect(rated.length).toBe(
      await one(
        sql`select count(*) as v from workshop_evaluations where werkplaats_id = ${v.id} and respondent = 'sme' and rating is not null`,
      ),
    );
  });

  it("makes the PDF and the CSV with the page's filter, with the filtered page's figures, and says which filter", async () => {
    const lineOf = (text: string, label: string) => text.split("\n").find((l) => l.includes(label)) ?? "";
    const filters: [ImpactFilter, string][] = [
      [{ theme: "data" }, "Thema: Data"],
      [{ size: "zzp" }, "Doelgroep (grootteklasse): zzp"],
      [{ theme: "automation", kind: "trajectory" }, "Thema: (Kantoor)automatisering · Soort activiteit: Trajecten"],
    ];
    for (const [filter, said] of filters) {
      const page = await impactOf(v.id, year, filter);
      const report = await impactReport({ id: v.id, name: "DOC Impact" }, year, filter);
      const pdf = pdfText(await impactReportPdf(report, "nl"));
      expect(pdf).toContain("gefilterd op");
      expect(pdf.replace(/\s+/g, " ")).toContain(said);
      expect(lineOf(pdf, "Geholpen mkb-bedrijven")).toMatch(new RegExp(` ${page.figures.smesHelped}$`));
      expect(lineOf(pdf, "Betrokken studenten")).toMatch(new RegExp(` ${page.figures.studentsInvolved}$`));
      const csv = impactCsv(report, "nl").split("\r\n");
      const cell = (label: string) => csv.find((l) => l.includes(`;${label};`))?.split(";");
      expect(cell("Geholpen mkb-bedrijven")?.[1]).toContain(said);
      expect(cell("Geholpen mkb-bedrijven")?.[3]).toBe(String(page.figures.smesHelped));
      expect(cell("Betrokken studenten")?.[3]).toBe(String(page.figures.studentsInvolved));
      // The figures are the filter's, not the whole year's: an independent count agrees.
      const expected = await independent(filter.theme ?? null, filter.size ?? null);
      expect(page.figures.smesHelped).toBe(expected.smesHelped);
      // The economics stay the whole werkplaats's, the page's own.
      expect(report.economics.perHead.smes).toBe((await independent(null, null)).smesHelped);
    }
    // A theme narrows: data has 2 SMEs of the 3.
    const data = impactCsv(await impactReport({ id: v.id, name: "DOC Impact" }, year, { theme: "data" }), "nl");
    expect(data).toContain(";Thema: Data;Geholpen mkb-bedrijven;2;");
  });
});
