import { eq } from "drizzle-orm";
import { werkplaatsen } from "#db/schema";
import { db } from "~/utils/db.server";

/** Name, address and zone of a werkplaats, for requests that carry no session (calendar feeds). */
export async function werkplaatsById(id: string) {
  const [row] = await db
    .select({
      id: werkplaatsen.id,
      name: werkplaatsen.name,
      street: werkplaatsen.street,
      city: werkplaatsen.city,
      timezone: werkplaatsen.timezone,
    })
    .from(werkplaatsen)
    .where(eq(werkplaatsen.id, id));
  return row;
}
