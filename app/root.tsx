import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Links, LiveReload, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import { type ReactNode, useEffect } from "react";
import { AppShell } from "~/components/app-shell";
import { ErrorPage } from "~/components/error-page";
import { StripeTestModeBanner } from "~/components/stripe-test-mode";
import { loadMessages, messagesPath } from "~/modules/i18n";
import { messagesScript } from "~/modules/i18n/index.server";
import { isStripeTestMode } from "~/modules/stripe/index.server";
import { useNonce } from "~/utils/nonce";
import stylesheet from "~/styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Werkplaats" }];

export async function loader({ context, request }: LoaderFunctionArgs) {
  const { user, werkplaats, roles, judging, locale } = context;
  // A fresh installation without demo data starts at the set-up page.
  if (!werkplaats && !["/setup", "/terms"].includes(new URL(request.url).pathname)) throw redirect("/setup");
  return {
    locale,
    messagesUrl: messagesScript(locale).url,
    roles,
    judging,
    requestId: context.requestId,
    stripeTestMode: isStripeTestMode(),
    user: user ? { name: user.name, email: user.email, emailVerified: user.emailVerified } : null,
    werkplaats: werkplaats
      ? { name: werkplaats.name, kvkNumber: werkplaats.kvkNumber, city: werkplaats.city, accentColor: werkplaats.accentColor }
      : null,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const accent = data?.werkplaats?.accentColor ?? "#0f5fa8";
  const locale = data?.locale ?? "nl";
  const messagesUrl = data?.messagesUrl ?? messagesPath(locale);
  // A language switched without a page load (logging in as a user who chose the other one).
  useEffect(() => loadMessages(locale, messagesUrl), [locale, messagesUrl]);
  return (
    <html lang={locale} style={{ ["--wp-accent" as string]: accent }}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <AppShell data={data}>
          {data?.stripeTestMode ? <StripeTestModeBanner /> : null}
          {children}
        </AppShell>
        {/* The visitor's language only, and not deferred: Remix starts the app from an async module
            script, which may run before a deferred one, and would hydrate without its words. */}
        <script src={messagesUrl} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
        <LiveReload nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
