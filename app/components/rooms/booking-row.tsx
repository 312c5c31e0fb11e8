import { Link } from "@remix-run/react";
import { StatusBadge } from "~/components/ui/status-badge";
import { useLocale, useT } from "~/modules/i18n";
import { formatDateTime, formatTime } from "~/utils/dates";
import { formatMoney } from "~/utils/money";

export type BookingSummary = {
  id: string;
  kind: string;
  title: string;
  startsAt: string | Date;
  endsAt: string | Date;
  status: string;
  roomName: string;
  userName: string | null;
  includedMinutes: number;
  chargeableCents: number;
  cancelledLate: boolean;
  seriesId: string | null;
};

/** A booking as a table row: when, room, what, hours and status (text and colour). */
export function BookingRow({ b, showPerson }: { b: BookingSummary; showPerson?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const status =
    b.status === "confirmed" && new Date(b.endsAt) < new Date() ? (
      <StatusBadge tone="neutral">{t("bookings.status.past")}</StatusBadge>
    ) : b.status === "confirmed" ? (
      <StatusBadge tone="good">{t("bookings.status.confirmed")}</StatusBadge>
    ) : b.cancelledLate ? (
      <StatusBadge tone="warn">{t("bookings.status.cancelledLate")}</StatusBadge>
    ) : (
      <StatusBadge tone="neutral">{t("bookings.status.cancelled")}</StatusBadge>
    );
  return (
    <tr>
      <td className="whitespace-nowrap">
        <Link to={`/bookings/${b.id}`}>
          {formatDateTime(b.startsAt, locale)}–{formatTime(b.endsAt, locale)}
        </Link>
        {b.seriesId ? <span className="ml-1 text-xs text-slate-600">({t("bookings.series")})</span> : null}
      </td>
      <td>{b.roomName}</td>
      {showPerson ? <td>{b.kind === "block" ? t("bookings.kind.block") : (b.userName ?? "")}</td> : null}
      <td>{b.title}</td>
      <td className="whitespace-nowrap text-right">
        {b.kind === "booking" ? (
          <>
            {b.includedMinutes > 0 ? (
              <div className="text-xs text-slate-600">{t("bookings.includedShort", { minutes: b.includedMinutes })}</div>
            ) : null}
            {formatMoney(b.chargeableCents, locale)}
          </>
        ) : (
          "–"
        )}
      </td>
      <td>{status}</td>
    </tr>
  );
}
