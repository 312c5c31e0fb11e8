import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { localised } from "~/components/events/event-bits";
import { Notice } from "~/components/ui/notice";
import { heldTicketPage } from "~/modules/events/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("events.hold.pageTitle", [{ name: "robots", content: "noindex" }]);

/** Back from Checkout: on to the ticket once the payment is confirmed, else what is pending. */
export async function loader(args: LoaderFunctionArgs) {
  const page = await orErrorResponse(() => heldTicketPage(args.params.holdId ?? ""));
  if (page.status === "confirmed" && page.ticketToken) throw redirect(`/tickets/${page.ticketToken}?new=1`);
  const cancelled = new URL(args.request.url).searchParams.has("cancelled");
  return { event: page.event, state: page.status === "released" || cancelled ? ("cancelled" as const) : ("waiting" as const) };
}

export default function HeldTicket() {
  const t = useT();
  const locale = useLocale();
  const { event, state } = useLoaderData<typeof loader>();
  const title = localised({ ...event, descriptionNl: "", descriptionEn: null }, locale).title;
  return (
    <article className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{title}</h1>
      {state === "cancelled" ? (
        <Notice tone="warning" title={t("events.hold.cancelledTitle")}>
          {t("events.hold.cancelledBody")}
        </Notice>
      ) : (
        <Notice tone="info">{t("events.hold.waitingBody")}</Notice>
      )}
      <p>
        <Link to={`/events/${event.id}`}>← {title}</Link>
      </p>
    </article>
  );
}

export const ErrorBoundary = ErrorPage;
