import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { LinkButton } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { StatusBadge } from "~/components/ui/status-badge";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { listRooms } from "~/modules/rooms/index.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";

export const meta = pageTitle("rooms.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return { rooms: await listRooms(werkplaats.id, { includeInactive: true }) };
}

export default function Rooms() {
  const t = useT();
  const locale = useLocale();
  const { rooms } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const saved = params.get("saved");
  const deleted = params.get("deleted");
  return (
    <div>
      <PageHeader
        title={t("rooms.title")}
        intro={t("rooms.intro")}
        actions={<LinkButton to="/admin/rooms/new">{t("rooms.new")}</LinkButton>}
      />
      {saved ? (
        <div role="status" className="mb-5 rounded-md border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-950">
          {t("rooms.saved", { name: saved })}
        </div>
      ) : null}
      {deleted ? (
        <div role="status" className="mb-5 rounded-md border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-950">
          {t("rooms.deleted", { name: deleted })}
        </div>
      ) : null}
      {rooms.length === 0 ? (
        <div className="card text-slate-700">{t("rooms.empty")}</div>
      ) : (
        <div className="card overflow-x-auto">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("rooms.field.name")}</th>
                <th scope="col">{t("rooms.field.capacity")}</th>
                <th scope="col">{t("rooms.col.prices")}</th>
                <th scope="col">{t("rooms.col.rules")}</th>
                <th scope="col">{t("common.status")}</th>
              </tr>
            </thead>
            <tbody>
              {rooms.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/admin/rooms/${r.id}`} className="font-semibold">
                      {r.name}
                    </Link>
                    <div className="text-xs text-slate-600">{r.amenities.map((a) => t(`amenity.${a}`)).join(", ")}</div>
                  </td>
                  <td>{t("rooms.people", { count: r.capacity })}</td>
                  <td className="whitespace-nowrap">
                    {t("rooms.priceMember", { price: formatMoney(r.memberHourlyCents, locale) })}
                    <br />
                    {t("rooms.priceGuest", { price: formatMoney(r.guestHourlyCents, locale) })}
                  </td>
                  <td className="text-sm">
                    {t("rooms.rulesLine", { min: r.minMinutes, max: r.maxMinutes, days: r.advanceDays, hours: r.cancelHours })}
                    {r.bookableBy === "staff" ? <div>{t("rooms.bookableBy.staff")}</div> : null}
                  </td>
                  <td>
                    {r.active ? (
                      <StatusBadge tone="good">{t("rooms.active")}</StatusBadge>
                    ) : (
                      <StatusBadge tone="neutral">{t("rooms.inactive")}</StatusBadge>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
