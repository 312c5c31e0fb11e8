import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Links, LiveReload, Meta, Outlet, Scripts, ScrollRestoration, useNavigation, useRouteLoaderData } from "@remix-run/react";
import { type ReactNode, useEffect, useRef } from "react";
import { AppShell } from "~/components/app-shell";
import { ErrorPage } from "~/components/error-page";
import { StripeTestModeBanner } from "~/components/stripe-test-mode";
import { hasMessages, type Locale, loadMessages, messagesPath, pageWordsScripts, useT } from "~/modules/i18n";
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
  const { user, werkplaats, roles, judging, expertTeams, invoices, locale } = context;
  // A fresh installation without demo data starts at the set-up page.
  if (!werkplaats && !["/setup", "/terms"].includes(new URL(request.url).pathname)) throw redirect("/setup");
  return {
    locale,
    messagesUrl: messagesScript(locale).url,
    roles,
    judging,
    expertTeams,
    invoices,
    requestId: context.requestId,
    stripeTestMode: isStripeTestMode(),
    user: user ? { name: user.name, email: user.email, emailVerified: user.emailVerified } : null,
    werkplaats: werkplaats
      ? { name: werkplaats.name, kvkNumber: werkplaats.kvkNumber, city: werkplaats.city, accentColor: werkplaats.accentColor }
      : null,
  };
}

/**
 * The title is translated when Meta renders, like any word: after a client-side navigation it may
 * render before the language's complete table has arrived (the word empty, "· DOC Dordrecht").
 * Subscribing as useT() does renders it again when the words arrive.
 */
function TranslatedMeta() {
  useT();
  return <Meta />;
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const accent = data?.werkplaats?.accentColor ?? "#0f5fa8";
  const locale = data?.locale ?? "nl";
  const messagesUrl = data?.messagesUrl ?? messagesPath(locale);
  const navigation = useNavigation();
  // A language switched without a page load (logging in as a user who chose the other one).
  useEffect(() => {
    if (!hasMessages(locale)) loadMessages(locale, messagesUrl);
  }, [locale, messagesUrl]);
  // The first page came with its own words only; the next page, reached without a page load,
  // may need any: fetch the language's complete table (once, cached) as the first one starts.
  // Not after switching language: the other language's table comes instead (effect above).
  const switching = useRef(false);
  useEffect(() => {
    if (navigation.state === "submitting") switching.current = navigation.formAction === "/locale";
    if (navigation.state === "loading" && !switching.current) loadMessages(locale, messagesUrl);
    if (navigation.state === "idle") switching.current = false;
  }, [navigation.state, navigation.formAction, locale, messagesUrl]);
  return (
    <html lang={locale} style={{ ["--wp-accent" as string]: accent }}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <TranslatedMeta />
        <Links />
      </head>
      <body>
        <AppShell data={data}>
          {data?.stripeTestMode ? <StripeTestModeBanner /> : null}
          {children}
        </AppShell>
        <PageWords locale={locale} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
        <LiveReload nonce={nonce} />
      </body>
    </html>
  );
}

/**
 * The words this page rendered with, in the visitor's language, and not deferred: Remix starts
 * the app from an async module script, which may run before a deferred one, and would hydrate
 * without its words. After the page's content, so its render has noted every key by now.
 */
function PageWords({ locale }: { locale: Locale }) {
  return (
    <>
      {pageWordsScripts(locale).map((src) => (
        <script key={src} src={src} />
      ))}
    </>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
