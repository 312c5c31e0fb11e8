import { Link } from "@remix-run/react";
import { useT } from "~/modules/i18n";

const tabs = [
  { id: "desks", to: "/admin/desks", label: "desksAdmin.tab.desks" },
  { id: "floor", to: "/admin/floor", label: "desksAdmin.tab.floor" },
  { id: "occupancy", to: "/admin/occupancy", label: "desksAdmin.tab.occupancy" },
  { id: "reports", to: "/admin/reports", label: "desksAdmin.tab.reports" },
  { id: "opening", to: "/admin/opening-days", label: "desksAdmin.tab.opening" },
] as const;

/** Links between the manager's space pages: desks, floor view, occupancy, members and revenue. */
export function DeskTabs({ current }: { current: (typeof tabs)[number]["id"] }) {
  const t = useT();
  return (
    <nav aria-label={t("desksAdmin.tabs")} className="mb-6 border-b border-slate-300">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link
              to={tab.to}
              aria-current={current === tab.id ? "page" : undefined}
              className={`-mb-px block border-b-4 px-3 py-2 font-semibold no-underline hover:no-underline ${current === tab.id ? "border-accent text-slate-950" : "border-transparent text-slate-600 hover:text-slate-900"}`}
            >
              {t(tab.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
