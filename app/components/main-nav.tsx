import * as NavigationMenu from "@radix-ui/react-navigation-menu";
import { Link, useLocation } from "@remix-run/react";
import type { Role } from "~/modules/auth";
import { useT } from "~/modules/i18n";
import { currentLink, isGroup, navigationFor, type NavItem } from "./navigation";

const topLink =
  "block whitespace-nowrap border-b-4 px-3 py-2 text-sm font-semibold text-white no-underline hover:bg-white/10 hover:no-underline";

/** The main menu under the header: links, and groups that open a list of links. */
export function MainNav({ roles, judging }: { roles: readonly Role[]; judging: string | null }) {
  const t = useT();
  const { pathname } = useLocation();
  const entries = navigationFor(roles, judging);
  if (entries.length <= 1) return null;
  const current = currentLink(
    entries.flatMap((e) => (isGroup(e) ? e.items : [e])),
    pathname,
  );
  const isCurrent = (item: NavItem) => item.to === current;
  return (
    <NavigationMenu.Root aria-label={t("nav.main")} className="border-t border-white/15">
      <NavigationMenu.List className="mx-auto flex max-w-6xl flex-wrap gap-1 px-2 sm:px-4">
        {entries.map((entry) => {
          if (!isGroup(entry)) {
            return (
              <NavigationMenu.Item key={entry.to}>
                <NavigationMenu.Link asChild active={isCurrent(entry)}>
                  <Link
                    to={entry.to}
                    aria-current={isCurrent(entry) ? "page" : undefined}
                    className={`${topLink} ${isCurrent(entry) ? "border-white" : "border-transparent"}`}
                  >
                    {t(entry.label)}
                  </Link>
                </NavigationMenu.Link>
              </NavigationMenu.Item>
            );
          }
          const holdsCurrent = entry.items.some((item) => isCurrent(item));
          return (
            <NavigationMenu.Item key={entry.label} className="relative">
              <NavigationMenu.Trigger
                className={`${topLink} flex items-center gap-1 ${holdsCurrent ? "border-white" : "border-transparent"}`}
              >
                {t(entry.label)} <span aria-hidden>▾</span>
              </NavigationMenu.Trigger>
              <NavigationMenu.Content className="absolute left-0 z-40 mt-1 min-w-60 rounded-md border border-slate-200 bg-white p-1 text-slate-900 shadow-lg">
                <ul>
                  {entry.items.map((item) => (
                    <li key={item.to}>
                      {/* Radix merges class names as strings, so the active state is worked out here, not by NavLink. */}
                      <NavigationMenu.Link asChild active={isCurrent(item)}>
                        <Link
                          to={item.to}
                          aria-current={isCurrent(item) ? "page" : undefined}
                          className={`block rounded px-3 py-2 text-slate-900 no-underline hover:bg-slate-100 focus:bg-slate-100 ${isCurrent(item) ? "font-semibold" : ""}`}
                        >
                          {t(item.label)}
                        </Link>
                      </NavigationMenu.Link>
                    </li>
                  ))}
                </ul>
              </NavigationMenu.Content>
            </NavigationMenu.Item>
          );
        })}
      </NavigationMenu.List>
    </NavigationMenu.Root>
  );
}
