import { Link, useLocation } from "@remix-run/react";
import type { Role } from "~/modules/auth";
import { type MessageKey, useT } from "~/modules/i18n";
import { currentLink, isGroup, type NavContext, navigationFor, type NavItem } from "./navigation";
import { usePopup } from "./use-popup";

const topLink =
  "block whitespace-nowrap border-b-4 px-3 py-2 text-sm font-semibold text-white no-underline hover:bg-white/10 hover:no-underline";

/**
 * The main menu under the header: links, and groups that open a list of links. A group is a
 * disclosure (a button with aria-expanded and the list it shows), the navigation pattern of the
 * WAI-ARIA practices: Tab walks the links, Escape closes the list.
 */
export function MainNav({ roles, context }: { roles: readonly Role[]; context: NavContext }) {
  const t = useT();
  const { pathname } = useLocation();
  const entries = navigationFor(roles, context);
  if (entries.length <= 1) return null;
  const current = currentLink(
    entries.flatMap((e) => (isGroup(e) ? e.items : [e])),
    pathname,
  );
  const isCurrent = (item: NavItem) => item.to === current;
  return (
    <nav aria-label={t("nav.main")} className="border-t border-white/15">
      <ul className="relative mx-auto flex max-w-6xl flex-wrap gap-1 px-2 sm:px-4">
        {entries.map((entry) =>
          isGroup(entry) ? (
            <NavGroup key={entry.label} label={entry.label} items={entry.items} isCurrent={isCurrent} />
          ) : (
            <li key={entry.to}>
              <Link
                to={entry.to}
                aria-current={isCurrent(entry) ? "page" : undefined}
                className={`${topLink} ${isCurrent(entry) ? "border-white" : "border-transparent"}`}
              >
                {t(entry.label)}
              </Link>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

function NavGroup({ label, items, isCurrent }: { label: MessageKey; items: readonly NavItem[]; isCurrent: (item: NavItem) => boolean }) {
  const t = useT();
  const popup = usePopup<HTMLButtonElement, HTMLUListElement>();
  const holdsCurrent = items.some((item) => isCurrent(item));
  return (
    // On a phone the list spans the menu's width (a group at the right edge would push it off
    // the screen); from sm on it hangs under its button.
    <li className="sm:relative">
      <button
        type="button"
        ref={popup.buttonRef}
        {...popup.buttonProps}
        className={`${topLink} flex items-center gap-1 ${holdsCurrent ? "border-white" : "border-transparent"}`}
      >
        {t(label)} <span aria-hidden>▾</span>
      </button>
      <ul
        ref={popup.panelRef}
        {...popup.panelProps}
        className="absolute inset-x-2 z-40 mt-1 sm:inset-x-auto sm:left-0 sm:min-w-60 rounded-md border border-slate-200 bg-white p-1 text-slate-900 shadow-lg"
      >
        {items.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              aria-current={isCurrent(item) ? "page" : undefined}
              className={`block rounded px-3 py-2 text-slate-900 no-underline hover:bg-slate-100 focus:bg-slate-100 ${isCurrent(item) ? "font-semibold" : ""}`}
            >
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}
