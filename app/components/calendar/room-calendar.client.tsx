import FullCalendar from "@fullcalendar/react";
import { useRef } from "react";
import dayGridPlugin from "@fullcalendar/react/daygrid";
import interactionPlugin from "@fullcalendar/react/interaction";
import nlLocale from "@fullcalendar/react/locales/nl";
import enLocale from "@fullcalendar/react/locales/en-gb";
import classicTheme from "@fullcalendar/react/themes/classic";
import timeGridPlugin from "@fullcalendar/react/timegrid";
import type { CalendarItem } from "~/modules/rooms/index.server";
import { itemLabel } from "./item-label";
import type { Locale } from "~/modules/i18n";

export type RoomCalendarProps = {
  locale: Locale;
  /** The werkplaats' zone: the grid shows its wall-clock hours wherever the browser is. */
  timeZone: string;
  roomId: string | null;
  initialView: "timeGridWeek" | "timeGridDay" | "dayGridMonth";
  initialDate?: string;
  labels: { taken: string; block: string; own: string };
  /** A free slot was dragged (or tapped): open the booking form for it. */
  onSelect: (start: Date, end: Date) => void;
  /** An item was clicked: show its details. */
  onOpen: (item: CalendarItem) => void;
  onRange: (start: Date, end: Date, view: string) => void;
};

const typeClass: Record<CalendarItem["type"], string> = {
  own: "wp-item-own",
  taken: "wp-item-taken",
  booking: "wp-item-booking",
  block: "wp-item-block",
  event: "wp-item-event",
};

/**
 * FullCalendar in the browser only (it measures the DOM). Items come from /calendar/items for
 * the visible range; dragging across free time selects a slot for the booking form.
 */
export default function RoomCalendar(props: RoomCalendarProps) {
  const { labels } = props;
  // The month view is for activities; the time grids show every booking.
  const view = useRef<string>(props.initialView);
  return (
    <FullCalendar
      plugins={[classicTheme, timeGridPlugin, dayGridPlugin, interactionPlugin]}
      locale={props.locale === "nl" ? nlLocale : enLocale}
      timeZone={props.timeZone}
      initialView={props.initialView}
      initialDate={props.initialDate}
      headerToolbar={{ start: "prev,next today", center: "title", end: "timeGridDay,timeGridWeek,dayGridMonth" }}
      firstDay={1}
      height="auto"
      slotMinTime="07:00:00"
      slotMaxTime="23:00:00"
      scrollTime="08:00:00"
      slotDuration="00:30:00"
      snapDuration="00:15:00"
      allDaySlot={false}
      nowIndicator
      selectable
      selectMirror
      selectLongPressDelay={300}
      dayMaxEvents={4}
      eventTimeFormat={{ hour: "2-digit", minute: "2-digit", hour12: false }}
      slotHeaderFormat={{ hour: "2-digit", minute: "2-digit", hour12: false }}
      selectAllow={(span) => span.start.getTime() >= Date.now() - 15 * 60000}
      select={(info) => props.onSelect(info.start, info.end)}
      lazyFetching={false}
      viewDidMount={(info) => {
        view.current = info.view.type;
      }}
      datesSet={(info) => {
        view.current = info.view.type;
        props.onRange(info.start, info.end, info.view.type);
      }}
      eventClick={(info) => {
        info.jsEvent.preventDefault();
        const item = info.event.extendedProps.item as CalendarItem | undefined;
        if (item) props.onOpen(item);
      }}
      // The selection being dragged is drawn as an event too, without an item.
      eventClass={(info) => {
        const item = info.event.extendedProps.item as CalendarItem | undefined;
        return item ? typeClass[item.type] : "wp-item-selecting";
      }}
      events={{
        url: "/calendar/items",
        extraParams: () => ({
          ...(props.roomId ? { room: props.roomId } : {}),
          ...(view.current === "dayGridMonth" ? { only: "events" } : {}),
        }),
        eventDataTransform: (raw) => {
          const item = raw as unknown as CalendarItem;
          const label = itemLabel(item, labels);
          // Activities go by their own name; bookings say which room when all rooms are shown.
          const title = props.roomId || !item.roomName || item.type === "event" ? label : `${item.roomName}: ${label}`;
          return { id: item.id, start: item.start, end: item.end, title, extendedProps: { item } };
        },
      }}
    />
  );
}
