import { eq } from "drizzle-orm";
import { companies, companyMembers, expertProfiles, memberProfiles, plans, roleAssignments, users } from "../schema";
import type { IsoDate } from "../../app/utils/calendar";
import { todayIn } from "../../app/utils/zoned-time";
import { db, type Tx } from "../../app/utils/db.server";
import { makeUser } from "../factories";
import { validBtwId, validIban, validKvk } from "../membership-factories";
import { bios, demoCompanies, firstNames, lastNames } from "./member-data";
import { insertActivity } from "./activity";
import { prng, type Rng } from "./random";
import { insertPlans, insertSpace } from "./space-and-plans";
import { insertMemberships, type MemberSpec, type SpecKind, type SpecState } from "./membership-rows";

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

/**
 * The memberships part of the DOC Dordrecht demo: 3 areas with 20 flex spots and 24 desks, 6 public
 * plans (plus a hidden and an archived one), ~60 people in ~40 companies with a year of history,
 * reservations, day passes and check-ins. Deterministic (seeded PRNG) and idempotent: it does
 * nothing when the werkplaats already has plans.
 */
export async function seedMemberships(werkplaatsId: string, options: { today?: IsoDate; now?: Date } = {}) {
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
      const email =
        i === 0
          ? "sanne@studio-noord.nl"
          : i === 1
            ? "daan@bitwerk.nl"
            : company
              ? `${plainEmail(first)}@${company[1]}`
              : `${plainEmail(first)}.${plainEmail(last)}@${rng.pick(mails)}`;
      return {
        name: i === 0 ? "Sanne Visser" : i === 1 ? "Daan Jansen" : `${first} ${last}`,
        email,
        kind,
        state,
        companyIndex,
        userId: "",
      };
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
    const rows = await insertMemberships(tx, {
      werkplaatsId,
      today,
      rng,
      people,
      companyIds,
      plans: planSet,
      space,
      managerId: manager?.id ?? null,
    });
    const inForce = people.filter((p) => ["active", "ending", "paused"].includes(p.state));
    await tx
      .insert(roleAssignments)
      .values(inForce.map((p) => ({ werkplaatsId, userId: p.userId, role: "member" as const, grantedBy: manager?.id ?? null })))
      .onConflictDoNothing();
    await insertActivity(tx, {
      werkplaatsId,
      today,
      now: options.now ?? new Date(),
      rng,
      memberships: rows,
      space,
      dayPassPlan: planSet.dayPass,
      people,
    });
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
    postalCode:
      city === "Dordrecht"
        ? `33${rng.between(11, 29)} ${rng.pick(["AA", "BK", "CD", "EL", "GH", "RR", "TV"])}`
        : `33${rng.between(30, 59)} ${rng.pick(["AB", "KL", "MN"])}`,
    city,
    billingEmail: `administratie@${domain}`,
    iban: validIban(rng.pick(["RABO", "INGB", "ABNA", "SNSB", "TRIO"]), rng.int),
  }));
  // One firm across the border, with a Belgian BTW-id: the billing run invoices it under reverse charge.
  for (const company of values.filter((c) => c.city === "Gent")) Object.assign(company, { postalCode: "9000", btwId: "BE0477472701" });
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
  const values = active.map((p, i) => {
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
      helps,
      hours: helps ? rng.between(2, 8) : 0,
    };
  });
  await tx
    .insert(memberProfiles)
    .values(values.map(({ helps: _, hours: __, ...profile }) => profile))
    .onConflictDoNothing();
  const experts = values
    .filter((v) => v.helps)
    .map((v, i) => ({ werkplaatsId, userId: v.userId, hoursPerMonth: v.hours, languages: i % 2 === 0 ? ["nl", "en"] : ["nl"] }));
  if (experts.length > 0) await tx.insert(expertProfiles).values(experts).onConflictDoNothing();
}
