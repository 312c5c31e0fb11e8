import { Link, useSubmit } from "@remix-run/react";
import type { KeyboardEvent } from "react";
import { useT } from "~/modules/i18n";
import { usePopup } from "./use-popup";

function initials(name: string) {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "")).toUpperCase();
}

const item =
  "block w-full cursor-pointer rounded px-3 py-2 text-left text-slate-900 no-underline outline-none hover:bg-slate-100 focus:bg-slate-100";

/**
 * The account menu in the header, the WAI-ARIA menu button pattern: opening moves focus to the
 * first item, arrow keys, Home and End move between items, Escape closes with focus back on the
 * button, Tab leaves and closes.
 */
export function UserMenu({ user }: { user: { name: string; email: string } }) {
  const t = useT();
  const submit = useSubmit();
  const popup = usePopup<HTMLButtonElement, HTMLDivElement>();
  const items = () => [...(popup.panelRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const focusItem = (index: number) => {
    const all = items();
    all[(index + all.length) % all.length]?.focus();
  };
  const openAt = (index: number) => {
    popup.setOpen(true);
    // The list renders on the next frame; focus follows it.
    requestAnimationFrame(() => focusItem(index));
  };
  const onButtonKey = (event: KeyboardEvent) => {
    if (["ArrowDown", "Enter", " "].includes(event.key)) {
      event.preventDefault();
      openAt(0);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      openAt(-1);
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusItem(to);
    } else if (event.key === "Tab") popup.setOpen(false);
  };
  return (
    <div className="relative">
      <button
        type="button"
        ref={popup.buttonRef}
        {...popup.buttonProps}
        aria-haspopup="menu"
        onKeyDown={onButtonKey}
        aria-label={t("nav.userMenu", { name: user.name })}
        className="flex items-center gap-2 rounded-md px-2 py-1 text-sm font-semibold text-white hover:bg-white/10"
      >
        <span aria-hidden className="grid h-7 w-7 place-items-center rounded-full bg-slate-950/45 text-xs text-white">
          {initials(user.name)}
        </span>
        <span className="hidden max-w-40 truncate sm:inline">{user.name}</span>
        <span aria-hidden>▾</span>
      </button>
      <div
        ref={popup.panelRef}
        {...popup.panelProps}
        className="absolute right-0 z-50 mt-1.5 min-w-56 rounded-md border border-slate-200 bg-white p-1 text-slate-900 shadow-lg"
      >
        <div className="px-3 py-2 text-sm text-slate-600">{user.email}</div>
        <hr className="my-1 h-px border-0 bg-slate-200" />
        <div role="menu" aria-label={t("nav.userMenu", { name: user.name })} onKeyDown={onMenuKey} tabIndex={-1}>
          <Link to="/account" role="menuitem" tabIndex={-1} className={item}>
            {t("nav.account")}
          </Link>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => submit(null, { method: "post", action: "/logout" })}
            className={item}
          >
            {t("nav.logout")}
          </button>
        </div>
      </div>
    </div>
  );
}
