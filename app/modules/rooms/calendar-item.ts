/** One item in the calendar JSON; the browser turns it into a FullCalendar event. */
export type CalendarItem = {
  id: string;
  start: string;
  end: string;
  /** own: the viewer's booking; taken: someone else's (no details for members); block: maintenance; event: an activity. */
  type: "own" | "taken" | "booking" | "block" | "event";
  roomId: string | null;
  roomName: string | null;
  title: string | null;
  person: string | null;
  href: string | null;
  /** Every day of an activity over several days (this item is one of them); null for one day. */
  days: { start: string; end: string }[] | null;
};
