import { eq } from "drizzle-orm";
import { companies, companyMembers, memberProfiles, plans, roleAssignments, users } from "../schema";
import type { PlanKind } from "../schema/enums";
import type { IsoDate } from "../../app/utils/calendar";
import { todayIn } from "../../app/utils/zoned-time";
import { db, type Tx } from "../../app/utils/db.server";
import { makeUser } from "../factories";
import { makeArea, makeDesk, makePlan, validBtwId, validIban, validKvk } from "../membership-factories";
import { bios, demoCompanies, firstNames, lastNames } from "./member-data";
import { insertActivity } from "./activity";
import { insertMemberships, type MemberSpec, type SpecKind, type SpecState } from "./membership-rows";

/** A small seeded PRNG (mulberry32): the same demo every time for the same day. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    between: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}
export type Rng = ReturnType<typeof prng>;

const plainEmail = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

/** Who is on which plan, in what state: about 60 members, their applications and their history. */
function specList(rng: Rng): [SpecKind, SpecState][] {
  const list: [SpecKind, SpecState][] = [];
  const add = (kind: SpecKind, state: SpecState, n: number) => {
    for (let i = 0; i < n; i++) list.push([kind, state]);
  };
  add("flex", "active", 17);
  add("flex", "ending", 2);
  add("flex", "paused", 1);
  add("flex", "ended", 4);
  add("flex", "pending", 1);
  add("flex", "declined", 1);
  add("flex2", "active", 3);
  add("fixed", "active", 12);
  add("fixed", "ended", 2);
  add("fixed", "pending", 2);
  add("office", "active", 4);
  add("virtual", "active", 6);
  add("virtual", "ended", 1);
  add("virtual", "withdrawn", 1);
  add("virtual", "declined", 1);
  add("strip", "active", 3);
  add("strip", "ended", 1);
  for (let i = list.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  // The two demo members come first: Sanne on a hot desk, Daan on a fixed desk.
  return [["flex", "active"], ["fixed", "active"], ...list];
}

async function insertSpace(tx: Tx, werkplaatsId: string) {
  const flexzone = await makeArea(werkplaatsId, { name: "Flexzone begane grond", description: "Open werkruimte naast de koffiebar, met lange tafels en belhokjes.", flexCapacity: 12, sortOrder: 1 }, tx);
  const first = await makeArea(werkplaatsId, { name: "Eerste verdieping", description: "Stillere werkvloer met vaste plekken en een flexhoek bij de ramen.", flexCapacity: 8, sortOrder: 2 }, tx);
  const second = await makeArea(werkplaatsId, { name: "Kantoren tweede verdieping", description: "Afsluitbare kantoren en vaste plekken aan de Merwedekant.", flexCapacity: 0, sortOrder: 3 }, tx);
  const deskRows = [
    ...Array.from({ length: 16 }, (_, i) => ({ areaId: first!.id, label: `1.${String(i + 1).padStart(2, "0")}`, note: i < 4 ? "Aan het raam" : "" })),
    ...Array.from({ length: 4 }, (_, i) => ({ areaId: second!.id, label: `2.0${i + 1}`, note: "Kantoor voor 2–3 personen" })),
    ...Array.from({ length: 4 }, (_, i) => ({ areaId: second!.id, label: `2.0${i + 5}`, note: "" })),
  ];
  const deskList: Awaited<ReturnType<typeof makeDesk>>[] = [];
  for (const { areaId, ...desk } of deskRows) deskList.push(await makeDesk(werkplaatsId, areaId, desk, tx));
  return { areas: { flexzone: flexzone!, first: first!, second: second! }, desks: new Map(deskList.map((d) => [d.label, d.id])) };
}

async function insertPlans(tx: Tx, werkplaatsId: string) {
  const planRows: (Omit<typeof plans.$inferInsert, "werkplaatsId" | "kind"> & { kind: PlanKind })[] = [
    { sortOrder: 1, kind: "flex", nameNl: "Flexplek", nameEn: "Hot desk", priceCents: 17500, includedRoomMinutes: 240, minimumTermMonths: 1, noticePeriodMonths: 1,
      descriptionNl: "Elke werkdag een plek in de flexzone of op de eerste verdieping, met koffie, wifi en een postvak.", descriptionEn: "A desk in the flex zone or on the first floor every working day, with coffee, wifi and a mailbox." },
    { sortOrder: 2, kind: "fixed", nameNl: "Vaste werkplek", nameEn: "Fixed desk", priceCents: 27500, includedRoomMinutes: 480, minimumTermMonths: 3, noticePeriodMonths: 1, depositCents: 27500,
      descriptionNl: "Je eigen bureau met ladeblok en beeldscherm, 24/7 toegang met je eigen pas.", descriptionEn: "Your own desk with drawers and a monitor, 24/7 access with your own pass." },
    { sortOrder: 3, kind: "office", nameNl: "Besloten kantoor", nameEn: "Private office", priceCents: 65000, includedRoomMinutes: 960, minimumTermMonths: 6, noticePeriodMonths: 2, depositCents: 65000,
      descriptionNl: "Een afsluitbaar kantoor voor 2 tot 3 personen op de tweede verdieping.", descriptionEn: "A lockable office for 2 to 3 people on the second floor." },
    { sortOrder: 4, kind: "virtual", nameNl: "Virtueel kantoor", nameEn: "Virtual office", priceCents: 6500, includedRoomMinutes: 60, minimumTermMonths: 3, noticePeriodMonths: 1,
      descriptionNl: "Een zakelijk adres aan de Noordendijk voor je KvK-inschrijving, met postverwerking.", descriptionEn: "A business address on the Noordendijk for your KvK registration, with mail handling." },
    { sortOrder: 5, kind: "strippenkaart", nameNl: "Strippenkaart 10 dagen", nameEn: "10-day card", priceCents: 19000, includedRoomMinutes: 120, stripDays: 10, stripValidityMonths: 3,
      descriptionNl: "Tien dagen een flexplek, te gebruiken binnen drie maanden. Ideaal als je niet elke week komt.", descriptionEn: "Ten days of hot desking, to be used within three months. Ideal if you do not come every week." },
    { sortOrder: 6, kind: "day_pass", nameNl: "Dagpas", nameEn: "Day pass", priceCents: 2500,
      descriptionNl: "Een dag meewerken tussen de ondernemers van DOC, koffie en thee inbegrepen.", descriptionEn: "A day of working among the entrepreneurs of DOC, coffee and tea included." },
    { sortOrder: 7, kind: "flex", isPublic: false, nameNl: "Flexplek 2 dagen", nameEn: "Hot desk 2 days", priceCents: 9500, includedRoomMinutes: 120, accessDaysPerWeek: 2, minimumTermMonths: 1, noticePeriodMonths: 1,
      descriptionNl: "Twee dagen per week een flexplek; aangeboden aan deelnemers van het startersprogramma.", descriptionEn: "A hot desk two days a week; offered to participants of the starters programme." },
    { sortOrder: 8, kind: "flex", isPublic: false, archivedAt: new Date(), nameNl: "Flexplek (tarief 2025)", nameEn: "Hot desk (2025 rate)", priceCents: 16000, includedRoomMinutes: 240, minimumTermMonths: 1, noticePeriodMonths: 1 },
  ];
  const rows: Awaited<ReturnType<typeof makePlan>>[] = [];
  for (const { kind, ...plan } of planRows) rows.push(await makePlan(werkplaatsId, kind, plan, tx));
  const by = (name: string) => rows.find((p) => p.nameNl === name)!;
  return {
    flex: by("Flexplek"), fixed: by("Vaste werkplek"), office: by("Besloten kantoor"), virtual: by("Virtueel kantoor"),
    strip: by("Strippenkaart 10 dagen"), dayPass: by("Dagpas"), flex2: by("Flexplek 2 dagen"), oldFlex: by("Flexplek (tarief 2025)"),
  };
}
export type SeedPlans = Awaited<ReturnType<typeof insertPlans>>;
export type SeedSpace = Awaited<ReturnType<typeof insertSpace>>;

/**
 * The memberships part of the DOC Dordrecht demo: 3 areas with 20 flex spots and 24 desks, 6 public
 * plans (plus a hidden and an archived one), ~60 people in ~40 companies with a year of history,
 * reservations, day passes and check-ins. Deterministic (seeded PRNG) and idempotent: it does
 * nothing when the werkplaats already has plans.
 */
export async function seedMemberships(werkplaatsId: string, options: { today?: IsoDate } = {}) {
  const [existing] = await db.select({ id: plans.id }).from(plans).where(eq(plans.werkplaatsId, werkplaatsId)).limit(1);
  if (existing) return { created: false };
  const today = options.today ?? todayIn();
  const rng = prng(0x0d0c2026);
  await db.transaction(async (tx) => {
    const [manager] = await tx
      .select({ id: users.id })
      .from(roleAssignments)
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .where(eq(roleAssignments.role, "manager"))
      .limit(1);
    const space = await insertSpace(tx, werkplaatsId);
    const planSet = await insertPlans(tx, werkplaatsId);
    const specs = specList(rng);
    const mails = ["ziggo.nl", "kpnmail.nl", "outlook.com", "hetnet.nl"];
    const people: MemberSpec[] = specs.map(([kind, state], i) => {
      const companyIndex = i < demoCompanies.length ? i : i < demoCompanies.length + 14 ? i - demoCompanies.length : null;
      const first = firstNames[i % firstNames.length]!;
      const last = lastNames[(i * 7) % lastNames.length]!;
      const company = companyIndex === null ? null : demoCompanies[companyIndex]!;
      const email = i === 0 ? "sanne@studio-noord.nl" : i === 1 ? "daan@bitwerk.nl" : company ? `${plainEmail(first)}@${company[1]}` : `${plainEmail(first)}.${plainEmail(last)}@${rng.pick(mails)}`;
      return { name: i === 0 ? "Sanne Visser" : i === 1 ? "Daan Jansen" : `${first} ${last}`, email, kind, state, companyIndex, userId: "" };
    });
    const known = await tx.select({ id: users.id, email: users.email }).from(users);
    const byEmail = new Map(known.map((u) => [u.email, u.id]));
    const fresh = people.filter((p) => !byEmail.has(p.email));
    for (const p of fresh) {
      const user = await makeUser({ email: p.email, name: p.name, locale: rng.chance(0.1) ? "en" : "nl" }, tx);
      byEmail.set(user.email, user.id);
    }
    for (const p of people) p.userId = byEmail.get(p.email)!;

    const companyIds = await insertCompanies(tx, werkplaatsId, people, rng);
    const rows = await insertMemberships(tx, { werkplaatsId, today, rng, people, companyIds, plans: planSet, space, managerId: manager?.id ?? null });
    const inForce = people.filter((p) => ["active", "ending", "paused"].includes(p.state));
    await tx
      .insert(roleAssignments)
      .values(inForce.map((p) => ({ werkplaatsId, userId: p.userId, role: "member" as const, grantedBy: manager?.id ?? null })))
      .onConflictDoNothing();
    await insertActivity(tx, { werkplaatsId, today, rng, memberships: rows, space, dayPassPlan: planSet.dayPass, people });
    await insertProfiles(tx, werkplaatsId, people, rng);
  });
  return { created: true };
}

async function insertCompanies(tx: Tx, werkplaatsId: string, people: MemberSpec[], rng: Rng) {
  const values = demoCompanies.map(([name, domain, street, city]) => ({
    werkplaatsId,
    name,
    kvkNumber: validKvk(rng.int),
    btwId: rng.chance(0.9) ? validBtwId(rng.int) : null,
    street,
    postalCode: city === "Dordrecht" ? `33${rng.between(11, 29)} ${rng.pick(["AA", "BK", "CD", "EL", "GH", "RR", "TV"])}` : `33${rng.between(30, 59)} ${rng.pick(["AB", "KL", "MN"])}`,
    city,
    billingEmail: `administratie@${domain}`,
    iban: validIban(rng.pick(["RABO", "INGB", "ABNA", "SNSB", "TRIO"]), rng.int),
  }));
  const inserted = await tx.insert(companies).values(values).returning({ id: companies.id });
  const ids = inserted.map((c) => c.id);
  const seen = new Set<number>();
  const members = people
    .filter((p) => p.companyIndex !== null)
    .map((p) => {
      const owner = !seen.has(p.companyIndex!);
      seen.add(p.companyIndex!);
      return { companyId: ids[p.companyIndex!]!, userId: p.userId, werkplaatsId, role: owner ? "owner" : "member" };
    });
  await tx.insert(companyMembers).values(members).onConflictDoNothing();
  return ids;
}

async function insertProfiles(tx: Tx, werkplaatsId: string, people: MemberSpec[], rng: Rng) {
  const active = people.filter((p) => ["active", "ending", "paused"].includes(p.state));
  const values = active
    .map((p, i) => {
      const company = p.companyIndex === null ? null : demoCompanies[p.companyIndex]!;
      const visible = i < 2 || rng.chance(0.62);
      const helps = i < 2 || (visible && rng.chance(0.4));
      return {
        werkplaatsId,
        userId: p.userId,
        visible,
        headline: company ? company[5] : "Zelfstandig ondernemer",
        bio: rng.pick(bios),
        website: company ? `https://${company[1]}` : null,
        expertise: company ? company[4] : [rng.pick(["copywriting", "coaching", "online marketing", "data"])],
        helpsStudents: helps,
        helpHoursPerMonth: helps ? rng.between(2, 8) : 0,
      };
    });
  await tx.insert(memberProfiles).values(values).onConflictDoNothing();
}
