// Shared set-up for the rooms benchmarks: ten rooms made through the manager's form, over HTTP,
// so the same code works on PGlite (one process per folder) and on PostgreSQL.
import { loginCookie } from "./load.js";

const BENCH_ROOMS = Array.from({ length: 10 }, (_, i) => `Bench ${String(i + 1).padStart(2, "0")}`);

export function form(base, path, cookie, fields) {
  return fetch(`${base}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base, cookie },
    body: new URLSearchParams(fields),
  });
}

/** Creates the ten bench rooms (08:00–22:00 every day, 15 min changeover) if they are not there yet. */
export async function ensureBenchRooms(base) {
  const manager = await loginCookie(base, "beheer@doc-dordrecht.nl", "welkom-bij-doc");
  for (const name of BENCH_ROOMS) {
    const fields = {
      name,
      capacity: "8",
      memberHourly: "20,00",
      guestHourly: "30,00",
      minMinutes: "30",
      maxMinutes: "240",
      bufferBeforeMinutes: "0",
      bufferAfterMinutes: "15",
      advanceDays: "365",
      cancelHours: "24",
      bookableBy: "members",
      active: "on",
    };
    for (const d of ["1", "2", "3", "4", "5", "6", "7"]) Object.assign(fields, { [`open_${d}`]: "08:00", [`close_${d}`]: "22:00" });
    const res = await form(base, "/admin/rooms/new", manager, fields);
    if (res.status !== 302 && res.status !== 409) throw new Error(`creating ${name} failed: ${res.status}`);
  }
  const page = await (await fetch(`${base}/bookings/new`, { headers: { cookie: manager } })).text();
  const ids = BENCH_ROOMS.map((name) => {
    const m = new RegExp(`<option value="([0-9a-f-]{36})"[^>]*>${name} \\(`).exec(page);
    if (!m) throw new Error(`room ${name} not found on the booking form`);
    return m[1];
  });
  return { manager, ids };
}

/** A local date n days ahead, moved to the Monday of its week. */
export function mondayIn(days) {
  const d = new Date(Date.now() + days * 86400_000);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export function addDays(date, n) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Checks the calendar JSON for two confirmed items overlapping in one room; returns how many pairs do. */
export async function overlapsInCalendar(base, cookie, from, days) {
  let overlaps = 0;
  let items = 0;
  for (let start = from; start < addDays(from, days); start = addDays(start, 7)) {
    const res = await fetch(`${base}/calendar/items?start=${start}&end=${addDays(start, 7)}`, { headers: { cookie } });
    const list = await res.json();
    items += list.length;
    const byRoom = new Map();
    for (const i of list) if (i.roomId) byRoom.set(i.roomId, [...(byRoom.get(i.roomId) ?? []), i]);
    for (const rows of byRoom.values()) {
      rows.sort((a, b) => a.start.localeCompare(b.start));
      for (let k = 1; k < rows.length; k++) if (new Date(rows[k].start) < new Date(rows[k - 1].end)) overlaps++;
    }
  }
  return { overlaps, items };
}
