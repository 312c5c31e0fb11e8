import { eq } from "drizzle-orm";
import { rooms, werkplaatsen } from "#db/schema";
import { translate, type Locale } from "~/modules/i18n";
import type { Executor } from "~/utils/db.server";

/** Where an event is: its room at the werkplaats's address, or online (no room). */
export type EventLocation = { room: string; address: string } | null;

export async function eventLocation(tx: Executor, event: { werkplaatsId: string; roomId: string | null }): Promise<EventLocation> {
  if (!event.roomId) return null;
  const [row] = await tx
    .select({ room: rooms.name, street: werkplaatsen.street, postalCode: werkplaatsen.postalCode, city: werkplaatsen.city })
    .from(rooms)
    .innerJoin(werkplaatsen, eq(werkplaatsen.id, rooms.werkplaatsId))
    .where(eq(rooms.id, event.roomId));
  if (!row) return null;
  return { room: row.room, address: `${row.street}, ${row.postalCode} ${row.city}` };
}

/** The location as one line for a ticket or a mail: "De Grote Zaal, Spuiboulevard 1, 3311 GR Dordrecht" or "Online". */
export function whereText(location: EventLocation, locale: Locale) {
  return location ? translate(locale, "events.where.room", location) : translate(locale, "events.where.online");
}
