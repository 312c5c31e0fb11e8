import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireUser } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("account.title");

export function loader(args: LoaderFunctionArgs) {
  requireUser(args);
  return null;
}

const tabs = [
  { to: "/account", label: "account.profile", end: true },
  { to: "/account/password", label: "account.password", end: false },
  { to: "/account/email", label: "account.email", end: false },
  { to: "/account/calendar", label: "feed.tab", end: false },
  { to: "/account/payments", label: "stripe.account.tab", end: false },
] as const;

export default function AccountLayout() {
  const t = useT();
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{t("account.title")}</h1>
      <nav aria-label={t("account.title")} className="mt-4 mb-6 border-b border-slate-300">
        <ul className="flex flex-wrap gap-1">
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink
                to={tab.to}
                end={tab.end}
                className={({ isActive }) =>
                  `-mb-px block border-b-4 px-3 py-2 font-semibold no-underline hover:no-underline ${isActive ? "border-accent text-slate-950" : "border-transparent text-slate-600 hover:text-slate-900"}`
                }
              >
                {t(tab.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
