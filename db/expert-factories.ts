import { expertProfiles, memberProfiles } from "#db/schema";
import { db, type Executor } from "~/utils/db.server";
import { makePerson } from "./factories";

/** A member who opted in to help student teams: a visible directory profile with tags, and an expert profile. */
export async function makeExpert(
  werkplaatsId: string,
  options: { name?: string; tags?: string[]; hoursPerMonth?: number; languages?: string[] } = {},
  tx: Executor = db,
) {
  const person = await makePerson(werkplaatsId, ["member"], options.name ? { name: options.name } : {});
  await tx.insert(memberProfiles).values({ werkplaatsId, userId: person.id, visible: true, expertise: options.tags ?? ["data"] });
  await tx
    .insert(expertProfiles)
    .values({ werkplaatsId, userId: person.id, hoursPerMonth: options.hoursPerMonth ?? 4, languages: options.languages ?? ["nl"] });
  return person;
}
