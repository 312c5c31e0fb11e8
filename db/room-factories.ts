import { rooms } from "./schema";
import { db, type Executor } from "../app/utils/db.server";

/** Builders for rooms, shared by the tests and the demo seed. */

const open = { open: "08:00", close: "22:00" };
/** Open 08:00–22:00 on every day of the week (ISO weekday 1 = Monday … 7 = Sunday). */
const allWeek = { "1": open, "2": open, "3": open, "4": open, "5": open, "6": open, "7": open };

/** A room with plain rules unless overridden: 08:00–22:00 every day, 30–240 min, 15 min changeover after. */
export async function makeRoom(werkplaatsId: string, overrides: Partial<typeof rooms.$inferInsert> = {}, tx: Executor = db) {
  const [room] = await tx
    .insert(rooms)
    .values({
      werkplaatsId,
      name: `Ruimte ${Math.random().toString(36).slice(2, 8)}`,
      capacity: 8,
      memberHourlyCents: 2000,
      guestHourlyCents: 3000,
      openingHours: allWeek,
      minMinutes: 30,
      maxMinutes: 240,
      bufferAfterMinutes: 15,
      advanceDays: 60,
      cancelHours: 24,
      ...overrides,
    })
    .returning();
  return room!;
}
