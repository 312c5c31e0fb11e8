import { eq } from "drizzle-orm";
import { hackathonChallenges, users } from "../schema";
import { giveRoles, userWithEmail } from "../factories";
import { todayIn } from "../../app/utils/zoned-time";
import { db } from "../../app/utils/db.server";
import { seedHackathons } from "./workshop-hackathons";
import { intake } from "./workshop-intakes";
import { seedInternships } from "./workshop-internships";
import { STUDENTS, type Student } from "./workshop-people";
import { seedTrajectories } from "./workshop-trajectories";
import { BOARD_SMES } from "./workshop-year";

/**
 * The workshop's demo year: intakes in every column of the board, ten trajectories delivered over
 * the past year and three under way with mixed mbo/hbo teams from ROC Da Vinci College and
 * Hogeschool Rotterdam, a teacher, milestones, hours, deliverables and both the SMEs' and the
 * teams' evaluations; last spring's hackathon and the coming one's open challenge; stage-opdrachten.
 * Whatever is done (delivered, scored, paid) lies in the past; only what is planned lies ahead.
 */
export async function seedWorkshop(werkplaatsId: string, now = new Date()) {
  const [done] = await db
    .select({ id: hackathonChallenges.id })
    .from(hackathonChallenges)
    .where(eq(hackathonChallenges.werkplaatsId, werkplaatsId))
    .limit(1);
  if (done) return;
  const today = todayIn(now);
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
  const students: Student[] = [];
  for (const s of STUDENTS) {
    const user = await userWithEmail({ email: s.email, name: s.name });
    await giveRoles(werkplaatsId, user.id, ["student"]);
    students.push({ ...s, id: user.id });
  }
  const person = async (email: string) => (await db.select().from(users).where(eq(users.email, email)))[0];
  const [teacher, partner, staff] = await Promise.all([
    person("docent@davinci.nl"),
    person("partner@rabobank-drechtsteden.nl"),
    person("jeroen@doc-dordrecht.nl"),
  ]);

  // The workshop staff member plans the milestones; the demo's logins are seeded before this.
  if (!staff) throw new Error("The demo's workshop staff member is missing");
  for (const [i, sme] of BOARD_SMES.entries()) await intake(werkplaatsId, sme, sme.stage, sme.route, daysAgo(5 + i * 9));
  await seedTrajectories(werkplaatsId, today, students, teacher, staff.id);
  const jury = [partner, staff, teacher].filter((u): u is NonNullable<typeof u> => Boolean(u));
  await seedHackathons(werkplaatsId, today, daysAgo, students, jury);
  await seedInternships(werkplaatsId, today, daysAgo, students, teacher);
}
