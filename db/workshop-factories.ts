import { createHash } from "node:crypto";
import { events, intakeMoves, trajectories, trajectoryMembers, workshopIntakes } from "#db/schema";
import { db, type Executor } from "~/utils/db.server";

let counter = 0;

/** An SME intake as the public form would store it, plus its first move on the board. */
export async function makeIntake(werkplaatsId: string, overrides: Partial<typeof workshopIntakes.$inferInsert> = {}, tx: Executor = db) {
  counter += 1;
  const email = overrides.email ?? `info${counter}@bakkerij-de-korenbloem.nl`;
  const question = overrides.question ?? "Hoe krijgen we onze webshop beter vindbaar?";
  const [row] = await tx
    .insert(workshopIntakes)
    .values({
      werkplaatsId,
      organisation: "Bakkerij De Korenbloem",
      contactName: "Ria van Dam",
      email,
      sizeClass: "2-10",
      sector: "Food",
      themes: ["ecommerce"],
      question,
      consentAt: new Date(),
      retainUntil: "2027-12-01",
      dedupeKey: createHash("sha256").update(`${email}\n${question}\n${counter}`).digest("hex"),
      ...overrides,
    })
    .returning();
  await tx.insert(intakeMoves).values({ werkplaatsId, intakeId: row!.id, toStage: row!.stage });
  return row!;
}

/** A trajectory on an intake, in its first (forming) state. */
export async function makeTrajectory(
  werkplaatsId: string,
  intakeId: string,
  overrides: Partial<typeof trajectories.$inferInsert> = {},
  tx: Executor = db,
) {
  const [row] = await tx
    .insert(trajectories)
    .values({
      werkplaatsId,
      intakeId,
      title: "Webshop vindbaar maken",
      themes: ["ecommerce"],
      clarifiedQuestion: "Welke drie SEO-stappen leveren de meeste bezoekers op?",
      institutions: ["ROC Da Vinci College"],
      programme: "Software developer",
      levels: ["mbo"],
      periodStart: "2026-09-01",
      periodEnd: "2026-11-30",
      ...overrides,
    })
    .returning();
  return row!;
}

/** A published hackathon in the agenda (an activity of kind hackathon), by default tomorrow 9:00–17:00 UTC. */
export async function makeHackathon(werkplaatsId: string, overrides: Partial<typeof events.$inferInsert> = {}, tx: Executor = db) {
  const start = new Date(Date.now() + 24 * 3600_000);
  start.setUTCHours(8, 0, 0, 0);
  const [row] = await tx
    .insert(events)
    .values({
      werkplaatsId,
      kind: "hackathon",
      titleNl: "Hackathon Slimme Binnenstad",
      startsAt: start,
      endsAt: new Date(start.getTime() + 8 * 3600_000),
      capacity: 60,
      status: "published",
      publishedAt: new Date(),
      ...overrides,
    })
    .returning();
  return row!;
}

/** Someone who accepted a place on a trajectory's team (as if through the invitation). */
export async function makeTeamMember(
  trajectory: { id: string; werkplaatsId: string },
  user: { id: string; email: string; name: string },
  role: "student" | "teacher" | "coach" = "student",
  tx: Executor = db,
) {
  const [row] = await tx
    .insert(trajectoryMembers)
    .values({
      werkplaatsId: trajectory.werkplaatsId,
      trajectoryId: trajectory.id,
      userId: user.id,
      email: user.email.toLowerCase(),
      name: user.name,
      role,
      acceptedAt: new Date(),
    })
    .returning();
  return row!;
}
