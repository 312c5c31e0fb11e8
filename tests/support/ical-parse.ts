/**
 * A strict reader for the iCalendar we write, for tests: checks CRLF endings and the 75-octet
 * limit, unfolds, and returns each component's properties with unescaped text values.
 */
export type Parsed = { calendar: Record<string, string>; events: Record<string, string>[] };

export function parseIcs(text: string): Parsed {
  if (!text.endsWith("\r\n")) throw new Error("must end with CRLF");
  const physical = text.slice(0, -2).split("\r\n");
  for (const line of physical) {
    if (line.includes("\n") || line.includes("\r")) throw new Error(`bare line break in ${JSON.stringify(line)}`);
    if (new TextEncoder().encode(line).length > 75) throw new Error(`line longer than 75 octets: ${line}`);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(" ") || line.startsWith("\t")) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const calendar: Record<string, string> = {};
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  const stack: string[] = [];
  for (const line of logical) {
    const colon = line.indexOf(":");
    if (colon < 0) throw new Error(`no colon: ${line}`);
    const name = line.slice(0, colon).split(";")[0]!;
    const value = line.slice(colon + 1);
    if (name === "BEGIN") {
      stack.push(value);
      if (value === "VEVENT") current = {};
      continue;
    }
    if (name === "END") {
      if (stack.pop() !== value) throw new Error(`unbalanced END:${value}`);
      if (value === "VEVENT" && current) {
        events.push(current);
        current = null;
      }
      continue;
    }
    (current ?? calendar)[name] = unescapeText(value);
  }
  if (stack.length) throw new Error("unclosed component");
  return { calendar, events };
}

function unescapeText(value: string) {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** 20260329T070000Z → Date */
export function icsDate(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) throw new Error(`not a UTC date-time: ${value}`);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}
