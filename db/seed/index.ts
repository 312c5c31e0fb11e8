import { eq } from "drizzle-orm";
import { users, werkplaatsen } from "../schema";
import { cachedHash, DEMO_PASSWORD, giveRoles } from "../factories";
import { addDutchHolidays } from "../../app/modules/werkplaats/index.server";
import { todayIn } from "../../app/utils/zoned-time";
import { db } from "../../app/utils/db.server";
import { seedMemberships } from "./memberships";
import { demoLogins } from "./people";
import { seedRoomsAndEvents } from "./rooms-events";

const DEMO_SLUG = "doc-dordrecht";

/** Creates DOC Dordrecht and its people; running it again changes nothing. */
export async function seedDemo() {
  const [existing] = await db.select().from(werkplaatsen).where(eq(werkplaatsen.slug, DEMO_SLUG));
  const werkplaats =
    existing ??
    (
      await db
        .insert(werkplaatsen)
        .values({
          slug: DEMO_SLUG,
          name: "DOC Dordrecht",
          street: "Noordendijk 250",
          postalCode: "3311 RR",
          city: "Dordrecht",
          kvkNumber: "24478562",
          btwId: "NL858234105B01",
          iban: "NL44RABO0123456789",
          email: "info@doc-dordrecht.nl",
          accentColor: "#0f5fa8",
          // Closed on Sunday and on the Dutch public holidays (added below).
          closedWeekdays: [7],
        })
        .onConflictDoNothing()
        .returning()
    )[0];
  if (!werkplaats) throw new Error("Could not create the demo werkplaats");
  if (!existing) {
    const year = Number(todayIn().slice(0, 4));
    for (const y of [year - 1, year, year + 1]) await addDutchHolidays(werkplaats.id, y);
  }

  const passwordHash = await cachedHash(DEMO_PASSWORD);
  for (const person of demoLogins) {
    await db
      .insert(users)
      .values({ email: person.email, name: person.name, phone: person.phone, passwordHash, termsAcceptedAt: new Date(), emailVerifiedAt: new Date() })
      .onConflictDoNothing();
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, person.email));
    await giveRoles(werkplaats.id, user!.id, person.roles);
  }
  await seedMemberships(werkplaats.id);
  await seedRoomsAndEvents(werkplaats.id);
  return { werkplaats, created: !existing };
}

export async function databaseIsEmpty() {
  const rows = await db.select({ id: werkplaatsen.id }).from(werkplaatsen).limit(1);
  return rows.length === 0;
}
