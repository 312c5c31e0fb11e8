import { eq } from "drizzle-orm";
import { internshipAssignments, workshopIntakes } from "../schema";
import { addDays, addMonths, type IsoDate } from "../../app/utils/calendar";
import { db } from "../../app/utils/db.server";
import { intake } from "./workshop-intakes";
import { mailOf, type Student } from "./workshop-people";
import { CHALLENGE_SMES } from "./workshop-year";

/** Stage-opdrachten: one open for teachers to claim, one under way, one delivered with its fee waived. */
export async function seedInternships(
  werkplaatsId: string,
  today: IsoDate,
  daysAgo: (n: number) => Date,
  students: Student[],
  teacher: { id: string } | undefined,
) {
  const [chat] = await db
    .select({ id: workshopIntakes.id })
    .from(workshopIntakes)
    .where(eq(workshopIntakes.email, mailOf(CHALLENGE_SMES[0]!.organisation)));
  const internshipIntake = chat ?? (await intake(werkplaatsId, CHALLENGE_SMES[0]!, "running", "internship_assignment", daysAgo(40)));
  await db.insert(internshipAssignments).values([
    {
      werkplaatsId,
      intakeId: internshipIntake.id,
      title: "Dienstregeling als open data",
      description: "Zet de vaartijden om naar een open formaat zodat routeplanners ze tonen.",
      startsOn: addDays(today, 14),
      endsOn: addMonths(today, 3),
      feeMinimumCents: 5000,
      feeSuggestedCents: 25000,
    },
    {
      werkplaatsId,
      title: "Social-mediakalender voor de zomer",
      description: "Een contentkalender en twintig posts voor Kapsalon Knip & Co.",
      startsOn: addDays(today, -20),
      endsOn: addDays(today, 40),
      feeMinimumCents: 2500,
      feeSuggestedCents: 15000,
      studentId: students[1]!.id,
      matchedAt: daysAgo(21),
      claimedBy: teacher?.id ?? null,
    },
    {
      werkplaatsId,
      title: "Voorraadlijst koppelen aan de kassa",
      description: "Koppeling tussen kassasysteem en voorraadlijst voor Groenteboer Verhage.",
      startsOn: addMonths(today, -4),
      endsOn: addMonths(today, -2),
      feeMinimumCents: 5000,
      feeSuggestedCents: 20000,
      feeStatus: "waived",
      feeWaivedReason: "Proefproject met de Hogeschool",
      studentId: students[3]!.id,
      matchedAt: daysAgo(125),
      claimedBy: teacher?.id ?? null,
      deliveredAt: daysAgo(62),
    },
  ]);
}
