import { Form, Link, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Role } from "~/modules/auth";
import { type Locale, useT } from "~/modules/i18n";
import { MainNav } from "./main-nav";
import { currentLink, publicMenu } from "./navigation";
import { UserMenu } from "./user-menu";

export type ShellData = {
  locale: Locale;
  user: { name: string; email: string; emailVerified: boolean } | null;
  roles: Role[];
  /** The hackathon the user judges, for the jurors' menu entry. */
  judging: string[];
  /** The user helps a student team as an expert, for "Mijn studententeams". */
  expertTeams: boolean;
  /** An invoice was sent to the user or their company, for "Mijn facturen". */
  invoices: boolean;
  werkplaats: { name: string; kvkNumber: string; city: string } | null;
};

/** Until the address is proven the account gains nothing: say so on every page, with the way out. */
function UnverifiedBanner() {
  const t = useT();
  const location = useLocation();
  if (location.pathname.startsWith("/verify-email")) return null;
  return (
    <div className="border-b border-amber-300 bg-amber-50 text-amber-950">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm">
        {t("verify.banner")}{" "}
        <Link to="/verify-email" className="font-semibold">
          {t("verify.bannerLink")}
        </Link>
      </p>
    </div>
  );
}

function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = useT();
  const location = useLocation();
  const other: Locale = locale === "nl" ? "en" : "nl";
  return (
    <Form method="post" action="/locale" className="inline">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button
        type="submit"
        lang={other}
        aria-label={t("nav.switchToLabel")}
        className="rounded-md px-2 py-1 text-sm font-semibold text-white/90 underline-offset-2 hover:bg-white/10 hover:underline"
      >
        {t("nav.switchTo")}
      </button>
    </Form>
  );
}

/** A visitor without an account moves between the public pages from the header. */
function PublicNav() {
  const t = useT();
  const { pathname } = useLocation();
  const current = currentLink(publicMenu, pathname);
  return (
    <nav aria-label={t("nav.public")} className="border-t border-white/15">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-2 sm:px-4">
        {publicMenu.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              aria-current={item.to === current ? "page" : undefined}
              className={`block whitespace-nowrap border-b-4 px-3 py-3 text-sm font-semibold text-white no-underline hover:bg-white/10 hover:no-underline ${item.to === current ? "border-white" : "border-transparent"}`}
            >
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function AppShell({ data, children }: { data: ShellData | undefined; children: ReactNode }) {
  const t = useT();
  const locale = data?.locale ?? "nl";
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("app.skipToContent")}
      </a>
      <header className="bg-accent text-accent-ink">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <Link to="/" className="flex flex-col leading-tight text-white no-underline hover:no-underline">
            <span className="text-lg font-bold">{data?.werkplaats?.name ?? t("app.name")}</span>
            <span className="text-xs text-white/80">{t("app.tagline")}</span>
          </Link>
          <div className="flex items-center gap-2">
            <LanguageSwitch locale={locale} />
            {data?.user ? (
              <UserMenu user={data.user} />
            ) : (
              <>
                <Link to="/login" className="rounded-md px-2 py-1 text-sm font-semibold text-white no-underline hover:bg-white/10">
                  {t("nav.login")}
                </Link>
                <Link
                  to="/signup"
                  className="rounded-md bg-white px-3 py-1 text-sm font-semibold text-slate-900 no-underline hover:bg-white/90"
                >
                  {t("nav.signup")}
                </Link>
              </>
            )}
          </div>
        </div>
        {data?.user ? (
          <MainNav roles={data.roles} context={{ judging: data.judging, expertTeams: data.expertTeams, invoices: data.invoices }} />
        ) : (
          <PublicNav />
        )}
      </header>
      {data?.user && !data.user.emailVerified ? <UnverifiedBanner /> : null}
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-1 px-4 py-4 text-sm text-slate-600">
          {data?.werkplaats ? (
            <span>
              {data.werkplaats.name}, {data.werkplaats.city} · {t("footer.kvk", { kvk: data.werkplaats.kvkNumber })}
            </span>
          ) : null}
          <Link to="/terms" className="text-slate-700">
            {t("footer.terms")}
          </Link>
        </div>
      </footer>
    </div>
  );
}
