// Booking creation under 50 concurrent clients: random slots in ten rooms over three weeks, so
// some requests race for the same time. Afterwards the calendar is checked for overlaps.
import autocannon from "autocannon";
import { DURATION, loginCookie } from "../lib/load.js";
import { addDays, ensureBenchRooms, mondayIn, overlapsInCalendar } from "../lib/rooms.js";

export const name = "booking creation, 50 concurrent clients";

export async function measure({ base, label }) {
  const { ids } = await ensureBenchRooms(base);
  const cookies = await Promise.all(
    ["sanne@studio-noord.nl", "daan@bitwerk.nl", "lotte@bakkerij-vandam.nl", "mehmet@kaya-installatie.nl", "priya@datalab-dordt.nl"].map(
      (e) => loginCookie(base, e, "welkom-bij-doc"),
    ),
  );
  const monday = mondayIn(100);
  const days = 21;
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const statuses = {};
  const time = (m) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const result = await new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${base}/bookings/new`,
        connections: 50,
        duration: DURATION,
        requests: [
          {
            method: "POST",
            setupRequest: (req) => {
              const start = 8 * 60 + Math.floor(rand() * 48) * 15;
              const fields = new URLSearchParams({
                roomId: ids[Math.floor(rand() * ids.length)],
                date: addDays(monday, Math.floor(rand() * days)),
                startTime: time(start),
                endTime: time(start + 60),
                repeat: "none",
                kind: "booking",
              });
              const body = fields.toString();
              return {
                ...req,
                body,
                headers: {
                  ...req.headers,
                  "Content-Type": "application/x-www-form-urlencoded",
                  "Content-Length": String(Buffer.byteLength(body)),
                  Origin: base,
                  cookie: cookies[Math.floor(rand() * cookies.length)],
                },
              };
            },
            onResponse: (status) => {
              statuses[status] = (statuses[status] ?? 0) + 1;
            },
          },
        ],
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
  });
  const { overlaps, items } = await overlapsInCalendar(base, cookies[0], monday, days + 7);
  const booked = statuses[302] ?? 0;
  const taken = statuses[409] ?? 0;
  const other = Object.entries(statuses).filter(([s]) => s !== "302" && s !== "409");
  return [
    {
      scenario: `POST /bookings/new, 50 clients, ${label}`,
      requestsPerSecond: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: other.reduce((n, [, c]) => n + c, 0),
      errors: result.errors + result.timeouts,
      notes: `${booked} booked (302), ${taken} refused as taken (409)${other.length ? `, other: ${JSON.stringify(Object.fromEntries(other))}` : ""}; ${items} items checked afterwards, overlaps: ${overlaps}`,
    },
  ];
}
