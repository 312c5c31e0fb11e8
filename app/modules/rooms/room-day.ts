import { addDays, isoWeekday, type IsoDate } from "~/utils/calendar";
import { minutesOf, wallClock, zonedToUtc } from "~/utils/zoned-time";
import type { CalendarItem } from "./calendar-item";

/** The rows of the per-room day view are half hours: fine enough to read, few enough to tab through. */
const ROOM_DAY_SLOT_MINUTES = 30;

export type RoomDayRoom = {
  id: string;
  name: string;
  capacity: number;
  bookableBy: string;
  openingHours: Partial<Record<string, { open: string; close: string }>>;
};

/**
 * One cell of a room's column. `item` and `closed` cells may cover several rows (`rows`);
 * a `free` cell is one half hour that can be booked unless it has passed.
 */
export type RoomDayCell =
  | { kind: "free"; time: string; end: string; rows: 1; past: boolean }
  | { kind: "closed"; time: string; rows: number }
  | { kind: "item"; time: string; rows: number; item: CalendarItem };

export type RoomDay = {
  date: IsoDate;
  /** The half hours down the side, as wall-clock times in the werkplaats's zone. */
  times: string[];
  /** Per room, the cells from the first row down; their rows add up to `times.length`. */
  columns: { room: RoomDayRoom; cells: RoomDayCell[] }[];
  /** Activities without a room (online) that day: they have no column. */
  online: CalendarItem[];
};

/**
 * The per-room day view: rooms as columns, time down, so "which room is free at 14:00?" is one
 * look. Rows run from the earliest opening to the latest closing of any room that weekday; a
 * room's own closed hours are one grey block. Something that overlaps a half hour fills it, so a
 * free cell is free for the whole half hour. Pure: the items come from `calendarItems`, already
 * split into their days.
 */
export function roomDay(date: IsoDate, rooms: RoomDayRoom[], items: CalendarItem[], now: Date, zone: string): RoomDay {
  const weekday = String(isoWeekday(date));
  const hours = rooms.map((r) => r.openingHours[weekday]).filter((h) => h !== undefined);
  const first = hours.length ? Math.min(...hours.map((h) => minutesOf(h.open))) : 9 * 60;
  const last = hours.length ? Math.max(...hours.map((h) => minutesOf(h.close))) : 17 * 60;
  const from = Math.floor(first / ROOM_DAY_SLOT_MINUTES) * ROOM_DAY_SLOT_MINUTES;
  const times: string[] = [];
  for (let m = from; m < last; m += ROOM_DAY_SLOT_MINUTES) times.push(clock(m));
  // A room open until midnight ends its last row at 00:00 of the next day.
  const instant = (minutes: number) =>
    minutes >= 24 * 60 ? zonedToUtc(addDays(date, 1), clock(minutes - 24 * 60), zone) : zonedToUtc(date, clock(minutes), zone);

  const columns = rooms.map((room) => {
    const open = room.openingHours[weekday];
    const mine = items.filter((i) => i.roomId === room.id).sort((a, b) => a.start.localeCompare(b.start));
    const cells: RoomDayCell[] = [];
    times.forEach((time, row) => {
      const start = instant(from + row * ROOM_DAY_SLOT_MINUTES);
      const end = instant(from + (row + 1) * ROOM_DAY_SLOT_MINUTES);
      const item = mine.find((i) => new Date(i.start) < end && new Date(i.end) > start);
      const previous = cells.at(-1);
      if (item) {
        if (previous?.kind === "item" && previous.item.id === item.id) previous.rows += 1;
        else cells.push({ kind: "item", time, rows: 1, item });
        return;
      }
      const minutes = from + row * ROOM_DAY_SLOT_MINUTES;
      const closed = !open || minutes < minutesOf(open.open) || minutes + ROOM_DAY_SLOT_MINUTES > minutesOf(open.close);
      if (closed) {
        if (previous?.kind === "closed") previous.rows += 1;
        else cells.push({ kind: "closed", time, rows: 1 });
        return;
      }
      cells.push({ kind: "free", time, end: clock(minutes + ROOM_DAY_SLOT_MINUTES), rows: 1, past: start < now });
    });
    return { room, cells };
  });
  return { date, times, columns, online: items.filter((i) => i.roomId === null) };
}

/** "HH:MM" for minutes since midnight; the end of the day reads "24:00". */
function clock(minutes: number) {
  return wallClock(0, minutes);
}
