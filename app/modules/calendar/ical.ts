/**
 * iCalendar (RFC 5545) output: VEVENTs with UID and DTSTAMP, times in UTC ("Z"), text escaped
 * (backslash, semicolon, comma, newline) and lines folded at 75 octets with CRLF endings, so
 * Google, Outlook and Apple Calendar read it as written.
 */

export type IcsEvent = {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status?: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
  /** When the item last changed; DTSTAMP and LAST-MODIFIED. */
  updatedAt?: Date;
  /** Increases each time the event changes, so clients replace their copy. */
  sequence?: number;
};

export type IcsCalendar = {
  name: string;
  /** The werkplaats' zone, as a hint for clients showing the feed (times themselves are UTC). */
  timeZone: string;
  /** For PRODID, e.g. "-//Werkplaats//NL". */
  productId?: string;
  events: IcsEvent[];
  /** "PUBLISH" for feeds and downloads. */
  method?: "PUBLISH";
  /** Suggested refresh interval for subscribed feeds, in minutes. */
  refreshMinutes?: number;
  now?: Date;
};

/** 20260329T070000Z */
function icsUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Folds a content line into pieces of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const pieces: string[] = [];
  let current = "";
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      pieces.push(current);
      current = "";
      size = 0;
      limit = 74; // continuation lines start with a space
    }
    current += char;
    size += bytes;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

export function renderCalendar(calendar: IcsCalendar): string {
  const now = calendar.now ?? new Date();
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.productId ?? "-//Werkplaats//Werkplaats Agenda//NL"}`,
    "CALSCALE:GREGORIAN",
    `METHOD:${calendar.method ?? "PUBLISH"}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${calendar.timeZone}`,
  ];
  if (calendar.refreshMinutes) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`, `X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`);
  }
  for (const e of calendar.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${icsUtc(e.updatedAt ?? now)}`,
      `DTSTART:${icsUtc(e.start)}`,
      `DTEND:${icsUtc(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    if (e.updatedAt) lines.push(`LAST-MODIFIED:${icsUtc(e.updatedAt)}`);
    lines.push(`SEQUENCE:${e.sequence ?? 0}`, `STATUS:${e.status ?? "CONFIRMED"}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

/** Headers for an .ics answer; `download` makes browsers save it rather than show it. */
export function icsHeaders(filename: string, download: boolean): HeadersInit {
  return {
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
    "Cache-Control": "private, max-age=300",
  };
}
