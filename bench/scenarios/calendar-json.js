// The calendar's JSON for one week of ten rooms holding 500 bookings, as a member asks for it.
import { loginCookie, run } from "../lib/load.js";
import { addDays, ensureBenchRooms, form, mondayIn } from "../lib/rooms.js";

export const name = "calendar JSON, 10 rooms × 500 bookings";

/** Books the week through the form and returns the member's calendar URL for it, with a cookie. */
export async function calendarWeek(base) {
  const { ids } = await ensureBenchRooms(base);
  const staff = await loginCookie(base, "jeroen@doc-dordrecht.nl", "welkom-bij-doc");
  const monday = mondayIn(70);
  // 10 rooms × 5 weekdays × 10 one-hour bookings, 75 minutes apart (15 minutes changeover).
  const slots = [];
  for (const roomId of ids) {
    for (let day = 0; day < 5; day++) {
      for (let k = 0; k < 10; k++) {
        const minutes = 8 * 60 + k * 75;
        const time = (m) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
        slots.push({
          roomId,
          date: addDays(monday, day),
          startTime: time(minutes),
          endTime: time(minutes + 60),
          repeat: "none",
          kind: "booking",
          title: `Bench ${k}`,
        });
      }
    }
  }
  let made = 0;
  for (let i = 0; i < slots.length; i += 10) {
    const answers = await Promise.all(slots.slice(i, i + 10).map((s) => form(base, "/bookings/new", staff, s)));
    made += answers.filter((r) => r.status === 302).length;
  }
  const member = await loginCookie(base, "sanne@studio-noord.nl", "welkom-bij-doc");
  const url = `${base}/calendar/items?start=${monday}T00:00:00&end=${addDays(monday, 7)}T00:00:00&timeZone=Europe%2FAmsterdam`;
  const items = (await (await fetch(url, { headers: { cookie: member } })).json()).length;
  return { url, cookie: member, made, items };
}

export async function measure({ base, label }) {
  const { url, cookie: member, made, items } = await calendarWeek(base);
  return [
    {
      scenario: `GET /calendar/items, one week of 10 rooms (member), ${label}`,
      ...(await run({ url, headers: { cookie: member } })),
      notes: `${made} bookings made through the form for the week; ${items} items per answer`,
      vsResourceRoute: true,
    },
  ];
}
