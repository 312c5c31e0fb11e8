import { randomInt } from "node:crypto";
import { areas, companies, companyMembers, desks, memberships, membershipPeriods, plans } from "./schema";
import type { PlanKind } from "../app/modules/plans";
import { db, type Executor } from "../app/utils/db.server";

/**
 * Builders for plans, areas, desks, companies and memberships, shared by the tests and the demo
 * seed. Identifiers are generated valid (KvK 8 digits, BTW-id with the eleven-test, IBAN mod 97).
 */

type Rng = (max: number) => number;
const cryptoRng: Rng = (max) => randomInt(max);

export function validKvk(rng: Rng = cryptoRng) {
  return String(10_000_000 + rng(89_999_999));
}

/** A Dutch BTW-id whose 9 digits pass the eleven-test. */
export function validBtwId(rng: Rng = cryptoRng) {
  for (;;) {
    const digits = Array.from({ length: 8 }, () => rng(10));
    const sum = digits.reduce((s, d, i) => s + d * (9 - i), 0);
    const check = sum % 11;
    if (check === 10) continue;
    return `NL${digits.join("")}${check}B01`;
  }
}

/** A Dutch IBAN for a bank code with the mod-97 check digits computed. */
export function validIban(bank = "RABO", rng: Rng = cryptoRng) {
  const account = String(rng(10_000_000_000)).padStart(10, "0");
  const numeric = `${bank}${account}NL00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return `NL${String(98 - rest).padStart(2, "0")}${bank}${account}`;
}

const defaults: Record<PlanKind, Partial<typeof plans.$inferInsert>> = {
  flex: {
    nameNl: "Flexplek",
    nameEn: "Hot desk",
    priceCents: 17500,
    includedRoomMinutes: 240,
    minimumTermMonths: 1,
    noticePeriodMonths: 1,
  },
  fixed: {
    nameNl: "Vaste werkplek",
    nameEn: "Fixed desk",
    priceCents: 27500,
    includedRoomMinutes: 480,
    minimumTermMonths: 3,
    noticePeriodMonths: 1,
  },
  office: {
    nameNl: "Besloten kantoor",
    nameEn: "Private office",
    priceCents: 65000,
    includedRoomMinutes: 960,
    minimumTermMonths: 6,
    noticePeriodMonths: 2,
  },
  virtual: {
    nameNl: "Virtueel kantoor",
    nameEn: "Virtual office",
    priceCents: 6500,
    includedRoomMinutes: 60,
    minimumTermMonths: 3,
    noticePeriodMonths: 1,
  },
  day_pass: { nameNl: "Dagpas", nameEn: "Day pass", priceCents: 2500 },
  strippenkaart: { nameNl: "Strippenkaart 10 dagen", nameEn: "10-day card", priceCents: 15000, stripDays: 10, stripValidityMonths: 3 },
};

export async function makePlan(
  werkplaatsId: string,
  kind: PlanKind,
  overrides: Partial<typeof plans.$inferInsert> = {},
  tx: Executor = db,
) {
  const [row] = await tx
    .insert(plans)
    .values({ werkplaatsId, kind, nameNl: kind, nameEn: kind, priceCents: 0, ...defaults[kind], ...overrides })
    .returning();
  return row!;
}

export async function makeArea(werkplaatsId: string, overrides: Partial<typeof areas.$inferInsert> = {}, tx: Executor = db) {
  const [row] = await tx
    .insert(areas)
    .values({ werkplaatsId, name: `Ruimte ${randomInt(1e6)}`, flexCapacity: 10, ...overrides })
    .returning();
  return row!;
}

/** A desk in an area; `desk` is its label or more of its columns. */
export async function makeDesk(
  werkplaatsId: string,
  areaId: string,
  desk: string | Partial<typeof desks.$inferInsert> = {},
  tx: Executor = db,
) {
  const overrides = typeof desk === "string" ? { label: desk } : desk;
  const [row] = await tx
    .insert(desks)
    .values({ werkplaatsId, areaId, label: `B-${randomInt(1e6)}`, ...overrides })
    .returning();
  return row!;
}

export async function makeCompany(
  werkplaatsId: string,
  ownerId: string,
  overrides: Partial<typeof companies.$inferInsert> = {},
  tx: Executor = db,
) {
  const [row] = await tx
    .insert(companies)
    .values({
      werkplaatsId,
      name: "Studio Test",
      kvkNumber: validKvk(),
      btwId: validBtwId(),
      street: "Voorstraat 1",
      postalCode: "3311 AA",
      city: "Dordrecht",
      billingEmail: "administratie@example.nl",
      iban: validIban(),
      ...overrides,
    })
    .returning();
  await tx.insert(companyMembers).values({ companyId: row!.id, userId: ownerId, werkplaatsId, role: "owner" });
  return row!;
}

/** An approved membership on a plan from a start date, written directly (no emails, no history). */
export async function makeMembership(
  werkplaatsId: string,
  userId: string,
  planId: string,
  options: {
    startDate: string;
    endDate?: string | null;
    status?: "pending" | "active" | "declined" | "withdrawn";
    companyId?: string | null;
  },
  tx: Executor = db,
) {
  const [row] = await tx
    .insert(memberships)
    .values({
      werkplaatsId,
      userId,
      companyId: options.companyId ?? null,
      status: options.status ?? "active",
      startDate: options.startDate,
      endDate: options.endDate ?? null,
      decidedAt: options.status === "pending" ? null : new Date(),
    })
    .returning();
  await tx.insert(membershipPeriods).values({ membershipId: row!.id, planId, startsOn: options.startDate, endsOn: null });
  return row!;
}
