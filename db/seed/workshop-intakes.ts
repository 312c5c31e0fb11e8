import { createHash } from "node:crypto";
import { intakeMoves, workshopIntakes } from "../schema";
import { intakeStages, type IntakeRoute, type IntakeStage } from "../schema/enums";
import { addMonths } from "../../app/utils/calendar";
import { todayIn } from "../../app/utils/zoned-time";
import { db } from "../../app/utils/db.server";
import { mailOf, type Sme } from "./workshop-people";

/** An SME's intake as the form leaves it, moved on the board up to `stage` with every move logged. */
export async function intake(werkplaatsId: string, sme: Sme, stage: IntakeStage, route: IntakeRoute | null, createdAt: Date) {
  const [row] = await db
    .insert(workshopIntakes)
    .values({
      werkplaatsId,
      organisation: sme.organisation,
      contactName: sme.contact,
      email: mailOf(sme.organisation),
      sizeClass: sme.size,
      sector: sme.sector,
      themes: sme.themes,
      question: sme.question,
      availability: "Dinsdag en donderdag overdag",
      consentAt: createdAt,
      retainUntil: addMonths(todayIn(createdAt), 12),
      stage,
      route,
      clarifiedQuestion: stage === "intake" ? null : sme.question,
      dedupeKey: createHash("sha256").update(`workshop-demo\n${sme.organisation}`).digest("hex"),
      createdAt,
      updatedAt: createdAt,
    })
    .returning();
  // The board's log: every column up to where it stands, a day apart, all in the past.
  const path =
    stage === "closed"
      ? (["intake", "articulation", "matched", "closed"] as const)
      : intakeStages.slice(0, intakeStages.indexOf(stage) + 1);
  await db.insert(intakeMoves).values(
    path.map((to, i) => ({
      werkplaatsId,
      intakeId: row!.id,
      fromStage: i === 0 ? null : path[i - 1]!,
      toStage: to,
      movedAt: new Date(createdAt.getTime() + i * 86_400_000),
    })),
  );
  return row!;
}
