import { eq } from "drizzle-orm";
import { werkplaatsen } from "../schema";
import { giveRoles, userWithEmail } from "../factories";
import { addDutchHolidays } from "../../app/modules/werkplaats/index.server";
import { todayIn } from "../../app/utils/zoned-time";
import { db } from "../../app/utils/db.server";
import { seedBilling } from "./billing";
import { seedExperts } from "./experts";
import { seedWorkshop } from "./workshop";
import { seedPartners } from "./partners";
import { seedMemberships } from "./memberships";
import { demoLogins } from "./people";
import { seedRoomsAndEvents } from "./rooms-events";
import { DEMO_SLUG } from "./demo-slug";

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

  for (const person of demoLogins) {
    const user = await userWithEmail({ email: person.email, name: person.name, phone: person.phone });
    await giveRoles(werkplaats.id, user.id, person.roles);
  }
  await seedMemberships(werkplaats.id);
  await seedRoomsAndEvents(werkplaats.id);
  // Partners before billing: the billing run's year invoices their instalments on their dates.
  await seedPartners(werkplaats.id);
  await seedBilling(werkplaats.id);
  await seedExperts(werkplaats.id);
  await seedWorkshop(werkplaats.id);
  return { werkplaats, created: !existing };
}

export async function databaseIsEmpty() {
  const rows = await db.select({ id: werkplaatsen.id }).from(werkplaatsen).limit(1);
  return rows.length === 0;
}
