import { makePerson, makeWerkplaats } from "#db/factories";
import type { Role } from "~/modules/auth/roles";
import { addDays } from "~/utils/calendar";
import { zonedToUtc, todayIn } from "~/utils/zoned-time";

/** A local date n days from today (Europe/Amsterdam). */
export const inDays = (n: number) => addDays(todayIn(), n);
export const at = (date: string, time: string) => zonedToUtc(date, time);

export async function werkplaatsWithPeople() {
  const werkplaats = await makeWerkplaats({ name: "DOC Test" });
  const manager = await makePerson(werkplaats.id, ["manager"], { name: "Marieke de Vries" });
  const staff = await makePerson(werkplaats.id, ["staff"], { name: "Jeroen Bakker" });
  const member = await makePerson(werkplaats.id, ["member"], { name: "Sanne Visser" });
  const member2 = await makePerson(werkplaats.id, ["member"], { name: "Daan Jansen" });
  const student = await makePerson(werkplaats.id, ["student"], { name: "Noor Hendriks" });
  return { werkplaats, manager, staff, member, member2, student };
}

export const actor = (user: { id: string }, roles: Role[]) => ({ id: user.id, roles });
