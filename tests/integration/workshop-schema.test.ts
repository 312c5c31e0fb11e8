import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { trajectoryDeliverableVersions, trajectoryDeliverables, trajectoryHours, workshopEvaluations, workshopIntakes } from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import { makeIntake, makeTrajectory } from "#db/workshop-factories";
import { db } from "~/utils/db.server";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Workshop" });
});

const refused = (p: Promise<unknown>) => expect(p).rejects.toBeTruthy();

describe("workshop schema invariants", () => {
  it("keeps one intake per dedupe key and refuses unknown themes or a bad KvK number", async () => {
    const first = await makeIntake(werkplaats.id);
    await refused(db.insert(workshopIntakes).values({ ...first, id: undefined }));
    await refused(makeIntake(werkplaats.id, { themes: ["blockchain"] }));
    await refused(makeIntake(werkplaats.id, { kvkNumber: "123" }));
    // Past vraagarticulatie an intake must name its route.
    await refused(makeIntake(werkplaats.id, { stage: "matched" }));
    expect((await makeIntake(werkplaats.id, { stage: "matched", route: "advisory_trajectory" })).route).toBe("advisory_trajectory");
  });

  it("allows one trajectory per intake, never one of another werkplaats's intake", async () => {
    const other = await makeWerkplaats({ name: "Elders" });
    const intake = await makeIntake(werkplaats.id);
    await makeTrajectory(werkplaats.id, intake.id);
    await refused(makeTrajectory(werkplaats.id, intake.id));
    await refused(makeTrajectory(other.id, (await makeIntake(werkplaats.id)).id));
    await refused(makeTrajectory(werkplaats.id, (await makeIntake(werkplaats.id)).id, { levels: [] }));
  });

  it("keeps a deliverable version either a file or a link, hours positive and ratings 1–10", async () => {
    const trajectory = await makeTrajectory(werkplaats.id, (await makeIntake(werkplaats.id)).id);
    const [deliverable] = await db
      .insert(trajectoryDeliverables)
      .values({ werkplaatsId: werkplaats.id, trajectoryId: trajectory.id, title: "Adviesrapport" })
      .returning();
    await refused(db.insert(trajectoryDeliverableVersions).values({ deliverableId: deliverable!.id, version: 1 }));
    await db
      .insert(trajectoryDeliverableVersions)
      .values({ deliverableId: deliverable!.id, version: 1, url: "https://example.nl/rapport" });
    await refused(db.insert(trajectoryDeliverableVersions).values({ deliverableId: deliverable!.id, version: 1, url: "https://x.nl" }));
    const student = await makeUser();
    const hours = { werkplaatsId: werkplaats.id, trajectoryId: trajectory.id, userId: student.id, workedOn: "2026-10-01" };
    await refused(db.insert(trajectoryHours).values({ ...hours, minutes: 0 }));
    await db.insert(trajectoryHours).values({ ...hours, minutes: 90 });
    const evaluation = {
      werkplaatsId: werkplaats.id,
      trajectoryId: trajectory.id,
      respondent: "sme" as const,
      tokenHash: "h1",
      tokenExpiresAt: new Date(),
    };
    await refused(db.insert(workshopEvaluations).values({ ...evaluation, rating: 11 }));
    // A link without its end, or a follow-up asked without its own link, is refused.
    await refused(db.insert(workshopEvaluations).values({ ...evaluation, tokenExpiresAt: null }));
    await refused(db.insert(workshopEvaluations).values({ ...evaluation, followUpAskedAt: new Date() }));
    await db.insert(workshopEvaluations).values({ ...evaluation, rating: 8 });
    await refused(db.insert(workshopEvaluations).values({ ...evaluation, tokenHash: "h2" }));
    const rows = await db
      .select({ id: workshopEvaluations.id })
      .from(workshopEvaluations)
      .where(eq(workshopEvaluations.trajectoryId, trajectory.id));
    expect(rows).toHaveLength(1);
  });
});
