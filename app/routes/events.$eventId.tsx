import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { AvailabilityBadge, localised, When } from "~/components/events/event-bits";
import { ErrorPage } from "~/components/error-page";
import { CheckboxField, ErrorSummary, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { requireVerifiedUser, requireWerkplaats } from "~/modules/auth/index.server";
import { eventPage, handleRegistrationForm } from "~/modules/events/index.server";
import { supportersOfEvent } from "~/modules/partners/index.server";
import { isStaff } from "~/modules/rooms/index.server";
import { registrationFormSchema, TICKET_BTW_RATE } from "~/modules/events";
import type { SupportRole } from "~/modules/partners";
import { translate, useLocale, useT, type Locale } from "~/modules/i18n";
import { isStripeConfigured, startTicketCheckout } from "~/modules/stripe/index.server";
import { requireWithinLimit } from "~/modules/rate-limits/index.server";
import { formatDate } from "~/utils/dates";
import { appUrl } from "~/utils/env.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { formatMoney, shownPrice } from "~/utils/money";
import { passRetryAfter } from "~/utils/retry-after.server";

export async function loader(args: LoaderFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  // Staff look at a draft as it will be published (?preview); for anyone else a draft is not found.
  const preview = new URL(args.request.url).searchParams.has("preview") && isStaff(args.context.roles);
  const page = await orErrorResponse(() => eventPage(werkplaats.id, args.params.eventId ?? "", args.context.user?.id ?? null, preview));
  const text = localised(page.event, args.context.locale);
  return {
    ...page,
    // The partners whose agreement supports this activity, as the manager linked them.
    supporters: await supportersOfEvent(werkplaats.id, page.event.id),
    preview: preview && page.event.status === "draft",
    loggedIn: Boolean(args.context.user),
    // A paid place with room left is paid at once, through Checkout, when Stripe is the rail here.
    payOnline: isStripeConfigured() && page.event.priceCents > 0 && page.event.state === "open",
    og: {
      title: text.title,
      description: `${formatDate(page.event.startsAt, args.context.locale)} · ${werkplaats.name}. ${text.description}`.slice(0, 280),
      url: `${appUrl()}/events/${page.event.id}`,
      site: werkplaats.name,
      locale: args.context.locale === "nl" ? "nl_NL" : "en_GB",
      kind: translate(args.context.locale, `eventKind.${page.event.kind}`),
      image: page.event.image ? `${appUrl()}${page.event.image}` : null,
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Werkplaats" }];
  const { og } = data;
  return [
    { title: `${og.title} · ${og.site}` },
    { name: "description", content: og.description },
    { property: "og:type", content: "event" },
    { property: "og:title", content: `${og.kind}: ${og.title}` },
    { property: "og:description", content: og.description },
    { property: "og:url", content: og.url },
    { property: "og:site_name", content: og.site },
    { property: "og:locale", content: og.locale },
    ...(og.image ? [{ property: "og:image", content: og.image }] : []),
    { name: "twitter:card", content: og.image ? "summary_large_image" : "summary" },
  ];
};

// A 429 (throttled or rate-limited) page keeps its Retry-After.
export const headers = passRetryAfter;

export async function action(args: ActionFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  // Registering under an account needs a proven address; guests register without one.
  const user = args.context.user ? requireVerifiedUser(args) : null;
  return submitForm(args.request, registrationFormSchema, async (input) => {
    await requireWithinLimit("guestRegistration", args.context, "email" in input ? input.email : undefined);
    const checkout = await ticketCheckout(werkplaats, args.params.eventId ?? "", user, args.context.locale, input);
    if (checkout) return redirect(checkout);
    const result = await handleRegistrationForm(werkplaats, args.params.eventId ?? "", user, args.context.locale, input);
    if (input.intent === "register") return redirect(`/tickets/${result.token}?new=1`);
    if (result.status === "cancelled") return successReply({ key: "events.memberCancelled" });
    return successReply({
      key: result.status === "registered" ? "events.memberRegistered" : "events.memberWaitlisted",
      vars: { position: result.position },
    });
  });
}

/**
 * A paid event with places left, when Stripe is the payment rail: the guest (or member) is sent to
 * Checkout with their place held. Null for everything else (free, full, cancelling, no Stripe).
 */
async function ticketCheckout(
  werkplaats: { id: string; name: string },
  eventId: string,
  user: { id: string; name: string; email: string; locale: Locale } | null,
  locale: Locale,
  input: { intent: "register"; name: string; email: string; organisation?: string } | { intent: "register-member" | "cancel-member" },
) {
  if (!isStripeConfigured() || input.intent === "cancel-member") return null;
  const { event } = await eventPage(werkplaats.id, eventId, null);
  if (event.priceCents <= 0 || event.state !== "open") return null;
  const who =
    input.intent === "register"
      ? { name: input.name, email: input.email, organisation: input.organisation, locale, consent: true }
      : user
        ? { userId: user.id, name: user.name, email: user.email, locale: user.locale, consent: true }
        : null;
  if (!who) return null;
  return startTicketCheckout(werkplaats, { id: event.id, title: localised(event, locale).title }, who);
}

export default function EventDetail() {
  const t = useT();
  const locale = useLocale();
  const { event: e, mine, loggedIn, payOnline, preview, supporters } = useLoaderData<typeof loader>();
  const price = formatMoney(shownPrice(e.priceCents, TICKET_BTW_RATE, "consumer").cents, locale);
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const text = localised(e, locale);
  const canRegister = !preview && (e.state === "open" || e.state === "full");
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      {preview ? (
        <Notice tone="warning" title={t("events.preview.notice")}>
          <Link to={`/admin/events/${e.id}`}>{t("events.preview.back")}</Link>
        </Notice>
      ) : (
        <p>
          <Link to="/events">← {t("agenda.back")}</Link>
        </p>
      )}
      <header>
        <p className="text-sm font-semibold text-slate-700">
          {t(`eventKind.${e.kind}`)} · {e.themes.map((th) => t(`theme.${th}`)).join(", ")}
        </p>
        <h1 className="mt-1 text-3xl font-bold">{text.title}</h1>
      </header>
      {e.image ? <img src={e.image} alt="" className="aspect-[1200/630] w-full rounded-lg object-cover" /> : null}
      {e.status === "cancelled" ? <Notice tone="error" title={t("events.cancelledNotice")} /> : null}
      <section className="card" aria-label={t("events.practical")}>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("events.when")}</dt>
          <dd>
            <When start={e.startsAt} end={e.endsAt} />
          </dd>
          <dt className="font-semibold">{t("events.where")}</dt>
          <dd>{e.roomName ?? (e.online ? t("events.onlineLinkAfter") : "")}</dd>
          <dt className="font-semibold">{t("events.forWhom")}</dt>
          <dd>{e.audiences.map((a) => t(`audience.${a}`)).join(", ")}</dd>
          <dt className="font-semibold">{t("events.price")}</dt>
          <dd>
            {e.priceCents > 0
              ? t("events.priceIncl", {
                  price: formatMoney(shownPrice(e.priceCents, TICKET_BTW_RATE, "consumer").cents, locale),
                  rate: TICKET_BTW_RATE,
                })
              : t("events.free")}
          </dd>
          <dt className="font-semibold">{t("events.places")}</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <AvailabilityBadge state={e.state} placesLeft={e.placesLeft} />
            {e.waitlisted > 0 ? <span className="text-sm text-slate-700">{t("events.waitingCount", { count: e.waitlisted })}</span> : null}
          </dd>
          {e.speakers.length > 0 ? (
            <>
              <dt className="font-semibold">{t("events.speakers")}</dt>
              <dd>{e.speakers.map((s) => (s.organisation ? `${s.name} (${s.organisation})` : s.name)).join(", ")}</dd>
            </>
          ) : null}
          {supporters.length > 0 ? (
            <>
              <dt className="font-semibold">{t("partners.supportedBy")}</dt>
              <dd>
                <ul className="flex flex-wrap gap-x-3">
                  {supporters.map((p) => (
                    <li key={p.id}>
                      {p.website ? (
                        <a href={p.website} rel="noopener noreferrer">
                          {p.name}
                        </a>
                      ) : (
                        p.name
                      )}{" "}
                      <span className="text-sm text-slate-700">({t(`partners.role.${p.role as SupportRole}`)})</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
        <p className="mt-4">
          <a href={`/events/${e.id}/calendar.ics`} className="btn-secondary btn-small" download>
            {t("events.addToCalendar")}
          </a>
        </p>
      </section>
      <section aria-label={t("events.about")} className="whitespace-pre-line text-lg text-slate-800">
        {text.description}
      </section>

      <section className="card" aria-labelledby="register-title">
        <h2 id="register-title" className="text-xl font-bold">
          {t("events.register.title")}
        </h2>
        <SuccessNotice reply={reply} />
        {mine ? (
          <div className="mt-3 space-y-3">
            <p>{mine.status === "registered" ? t("events.mine.registered") : t("events.mine.waitlisted", { position: mine.position })}</p>
            <p className="flex flex-wrap gap-3">
              <Link to={`/tickets/${mine.token}`} className="btn-secondary btn-small">
                {t("events.mine.ticket")}
              </Link>
            </p>
            <Form method="post">
              <Button type="submit" name="intent" value="cancel-member" variant="danger" small disabled={busy}>
                {t("events.mine.cancel")}
              </Button>
            </Form>
          </div>
        ) : preview ? (
          <p className="mt-2 text-slate-700">{t("events.preview.notice")}</p>
        ) : !canRegister ? (
          <p className="mt-2 text-slate-700">{t(`events.closedReason.${e.state}`)}</p>
        ) : (
          <div className="mt-3 space-y-4">
            {e.state === "full" ? <Notice tone="warning">{t("events.fullWaitlist")}</Notice> : null}
            <ErrorSummary
              reply={reply}
              labels={{
                name: t("common.name"),
                email: t("common.email"),
                organisation: t("events.organisation"),
                consent: t("events.consentShort"),
              }}
            />
            {loggedIn ? (
              <Form method="post">
                {payOnline ? <p className="mb-3 text-slate-700">{t("events.hold.explain")}</p> : null}
                <Button type="submit" name="intent" value="register-member" disabled={busy}>
                  {payOnline
                    ? t("events.hold.payNow", { price })
                    : e.state === "full"
                      ? t("events.register.waitlistMember")
                      : t("events.register.member")}
                </Button>
              </Form>
            ) : (
              <Form method="post" className="space-y-4" noValidate>
                <p className="text-slate-700">{t("events.register.guestIntro")}</p>
                <TextField name="name" label={t("common.name")} autoComplete="name" required reply={reply} />
                <TextField name="email" type="email" label={t("common.email")} autoComplete="email" required reply={reply} />
                <TextField name="organisation" label={t("events.organisation")} autoComplete="organization" optional reply={reply} />
                <CheckboxField name="consent" label={t("events.consent")} reply={reply} />
                {payOnline ? <p className="text-slate-700">{t("events.hold.explain")}</p> : null}
                <Button type="submit" name="intent" value="register" disabled={busy}>
                  {payOnline
                    ? t("events.hold.payNow", { price })
                    : e.state === "full"
                      ? t("events.register.waitlistGuest")
                      : t("events.register.guest")}
                </Button>
                <p className="text-sm text-slate-700">
                  {t("events.register.haveAccount")}{" "}
                  <Link to={`/login?redirectTo=${encodeURIComponent(`/events/${e.id}`)}`}>{t("nav.login")}</Link>
                </p>
              </Form>
            )}
          </div>
        )}
      </section>
    </article>
  );
}

export const ErrorBoundary = ErrorPage;
