import type { CalendarItem } from "~/modules/rooms/index.server";

/** What a calendar item is called in every view: members see "taken" without a name. */
export function itemLabel(item: CalendarItem, words: { taken: string; block: string; own: string }): string {
  if (item.type === "taken") return words.taken;
  if (item.type === "block") return item.title ?? words.block;
  return item.title ?? (item.type === "own" ? words.own : (item.person ?? ""));
}
