import { and, eq, isNull } from "drizzle-orm";
import { createHash } from "node:crypto";
import {
  expertProfiles,
  expertSettings,
  intakeMoves,
  memberProfiles,
  trajectories,
  trajectoryExperts,
  trajectoryHours,
  workshopIntakes,
} from "../schema";
import { addDays, addMonths } from "../../app/utils/calendar";
import { todayIn } from "../../app/utils/zoned-time";
import { seedHistory } from "./workshop-trajectories";
import { db } from "../../app/utils/db.server";

const POOL_SIZE = 12;

/** A trajectory of the demo with its intake, for the expert pool to work on. */
async function demoTrajectory(
  werkplaatsId: string,
  t: {
    organisation: string;
    title: string;
    question: string;
    themes: string[];
    start: string;
    end: string;
    status: "running" | "delivered";
  },
) {
  const [intake] = await db
    .insert(workshopIntakes)
    .values({
      werkplaatsId,
      organisation: t.organisation,
      contactName: "Demo contact",
      email: `info@${t.organisation.toLowerCase().replace(/[^a-z]+/g, "-")}.nl`,
      sizeClass: "2-10",
      sector: "mkb",
      themes: t.themes,
      question: t.question,
      consentAt: new Date(),
      retainUntil: addMonths(t.end, 24),
      stage: t.status === "running" ? "running" : "delivered",
      route: "advisory_trajectory",
      clarifiedQuestion: t.question,
      dedupeKey: createHash("sha256").update(`expert-demo\n${t.title}`).digest("hex"),
    })
    .returning();
  await db.insert(intakeMoves).values({ werkplaatsId, intakeId: intake!.id, toStage: intake!.stage });
  const [row] = await db
    .insert(trajectories)
    .values({
      werkplaatsId,
      intakeId: intake!.id,
      title: t.title,
      themes: t.themes,
      clarifiedQuestion: t.question,
      institutions: ["ROC Da Vinci College"],
      programme: "Software developer",
      levels: ["mbo"],
      periodStart: t.start,
      periodEnd: t.end,
      status: t.status,
    })
    .returning();
  await seedHistory(row!);
  return row!;
}

/**
 * The expert pool of the demo: twelve residents who help student teams (topping up the
 * volunteers the membership seed made), a rate for an expert hour, a finished trajectory with
 * experts' hours logged through the spring and a running one with an accepted and an open place.
 */
export async function seedExperts(werkplaatsId: string) {
  const [done] = await db.select().from(expertSettings).where(eq(expertSettings.werkplaatsId, werkplaatsId));
  if (done) return;
  await db.insert(expertSettings).values({ werkplaatsId, inKindHourRateCents: 6000 });
  const candidates = await db
    .select({ userId: memberProfiles.userId })
    .from(memberProfiles)
    .leftJoin(
      expertProfiles,
      and(eq(expertProfiles.werkplaatsId, memberProfiles.werkplaatsId), eq(expertProfiles.userId, memberProfiles.userId)),
    )
    .where(and(eq(memberProfiles.werkplaatsId, werkplaatsId), eq(memberProfiles.visible, true), isNull(expertProfiles.userId)));
  const existing = await db.select().from(expertProfiles).where(eq(expertProfiles.werkplaatsId, werkplaatsId));
  const extra = candidates.slice(0, Math.max(0, POOL_SIZE - existing.length));
  if (extra.length > 0) {
    await db.insert(expertProfiles).values(
      extra.map((c, i) => ({
        werkplaatsId,
        userId: c.userId,
        hoursPerMonth: 4 + (i % 5),
        languages: i % 3 === 0 ? ["nl", "en"] : ["nl"],
      })),
    );
  }
  const pool = await db.select().from(expertProfiles).where(eq(expertProfiles.werkplaatsId, werkplaatsId));
  if (pool.length < 2) return;
  const today = todayIn();
  const past = await demoTrajectory(werkplaatsId, {
    organisation: "Installatiebedrijf Kaya",
    title: "Planning van monteurs automatiseren",
    question: "Hoe plannen we onze monteurs zonder spreadsheet?",
    themes: ["automation", "data"],
    start: addMonths(today, -10),
    end: addMonths(today, -5),
    status: "delivered",
  });
  const running = await demoTrajectory(werkplaatsId, {
    organisation: "Bakkerij Van Dam",
    title: "Webshop vindbaar maken",
    question: "Hoe krijgen we meer bestellingen via onze webshop en betere vindbaarheid?",
    themes: ["ecommerce"],
    start: addDays(today, -20),
    end: addMonths(today, 3),
    status: "running",
  });
  const [first, second] = pool;
  for (const expert of [first!, second!]) {
    const [place] = await db
      .insert(trajectoryExperts)
      .values({
        werkplaatsId,
        trajectoryId: past.id,
        userId: expert.userId,
        hoursPerMonth: 2,
        startsOn: past.periodStart,
        endsOn: past.periodEnd,
        status: "ended",
        answeredAt: new Date(),
      })
      .returning();
    const hours = Array.from({ length: 5 }, (_, m) => ({
      werkplaatsId,
      trajectoryId: place!.trajectoryId,
      userId: expert.userId,
      workedOn: addDays(addMonths(past.periodStart, m), 7),
      minutes: 90 + 30 * (m % 2),
      note: "Sparren met het team",
    }));
    await db.insert(trajectoryHours).values(hours);
  }
  await db.insert(trajectoryExperts).values([
    {
      werkplaatsId,
      trajectoryId: running.id,
      userId: first!.userId,
      hoursPerMonth: 1,
      startsOn: today,
      endsOn: running.periodEnd,
      status: "accepted",
      answeredAt: new Date(),
    },
  ]);
}
