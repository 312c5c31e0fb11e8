import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { AvailabilityBadge, localised, When } from "~/components/events/event-bits";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireWerkplaats } from "~/modules/auth/index.server";
import { publicAgenda } from "~/modules/events/index.server";
import { EVENT_KINDS, THEMES, TICKET_BTW_RATE, agendaFilterSchema } from "~/modules/events";
import { useLocale, useT } from "~/modules/i18n";
import { parseQuery } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney, shownPrice } from "~/utils/money";

export const meta = pageTitle("agenda.title", [{ name: "description", content: "Talks, workshops, webinars en masterclasses" }]);

export async function loader(args: LoaderFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  const filter = parseQuery(args.request, agendaFilterSchema);
  return { events: await publicAgenda(werkplaats.id, filter), filter, werkplaatsName: werkplaats.name };
}

export default function Agenda() {
  const t = useT();
  const locale = useLocale();
  const { events, filter, werkplaatsName } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div>
      <PageHeader
        title={t("agenda.title")}
        intro={t("agenda.intro", { werkplaats: werkplaatsName })}
        actions={
          <a href="/events/feed.ics" className="btn-secondary btn-small">
            {t("agenda.subscribe")}
          </a>
        }
      />
      <Form method="get" className="card mb-6 flex flex-wrap items-end gap-3" aria-label={t("agenda.filter")}>
        <div>
          <label htmlFor="theme" className="mb-1 block font-semibold">
            {t("agenda.theme")}
          </label>
          <select id="theme" name="theme" className="input" defaultValue={filter.theme ?? ""}>
            <option value="">{t("agenda.allThemes")}</option>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`theme.${th}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="kind" className="mb-1 block font-semibold">
            {t("agenda.kind")}
          </label>
          <select id="kind" name="kind" className="input" defaultValue={filter.kind ?? ""}>
            <option value="">{t("agenda.allKinds")}</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`eventKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("agenda.apply")}
        </Button>
        {params.toString() ? <Link to="/events">{t("agenda.clear")}</Link> : null}
      </Form>
      {events.length === 0 ? (
        <div className="card text-slate-700">{filter.theme || filter.kind ? t("agenda.noneFiltered") : t("agenda.none")}</div>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {events.map((e) => {
            const text = localised(e, locale);
            return (
              <li key={e.id} className="card flex flex-col">
                {/* The picture is decoration: the title beside it says what the event is. */}
                {e.image ? (
                  <img src={e.image} alt="" loading="lazy" className="mb-3 aspect-[1200/630] w-full rounded object-cover" />
                ) : null}
                <p className="text-sm font-semibold text-slate-700">
                  {t(`eventKind.${e.kind}`)} · {e.themes.map((th) => t(`theme.${th}`)).join(", ")}
                </p>
                <h2 className="mt-1 text-xl font-bold">
                  <Link to={`/events/${e.id}`}>{text.title}</Link>
                </h2>
                <p className="mt-1 text-slate-800">
                  <When start={e.startsAt} end={e.endsAt} />
                </p>
                <p className="text-slate-700">{e.roomName ?? (e.online ? t("events.online") : "")}</p>
                <p className="mt-2 line-clamp-3 text-slate-700">{text.description}</p>
                <div className="mt-auto flex flex-wrap items-center gap-2 pt-3">
                  <AvailabilityBadge state={e.state} placesLeft={e.placesLeft} />
                  <span className="text-sm text-slate-700">
                    {e.priceCents > 0
                      ? t("events.priceShort", { price: formatMoney(shownPrice(e.priceCents, TICKET_BTW_RATE, "consumer").cents, locale) })
                      : t("events.free")}
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
