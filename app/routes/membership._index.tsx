import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { MembershipStatus } from "~/components/members/membership-status";
import { LinkButton } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { myMemberships } from "~/modules/memberships/index.server";
import { planName } from "~/modules/plans";
import { formatDay } from "~/utils/calendar";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("nav.membership");

export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  const memberships = await myMemberships(werkplaats.id, user.id);
  // Back from paying a strippenkaart at Checkout: the card exists once Stripe's webhook is in,
  // which may be a moment after the buyer returns.
  const returned = new URL(args.request.url).searchParams.has("betaald");
  const inForce = memberships.some((m) => m.status === "active" || m.status === "upcoming");
  return { memberships, paid: returned ? (inForce ? "done" : "pending") : null };
}

export default function MyMemberships() {
  const t = useT();
  const locale = useLocale();
  const { memberships, paid } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={t("nav.membership")}
        intro={t("myMembership.intro")}
        actions={
          <LinkButton to="/company" variant="secondary">
            {t("nav.company")}
          </LinkButton>
        }
      />
      {paid ? (
        <div className="mb-5">
          <Notice tone={paid === "done" ? "success" : "info"}>{t(paid === "done" ? "myMembership.paid" : "myMembership.paying")}</Notice>
        </div>
      ) : null}
      {memberships.length === 0 ? (
        <div className="card space-y-4">
          <p className="text-lg font-semibold">{t("myMembership.none")}</p>
          <p className="text-slate-700">{t("myMembership.noneBody")}</p>
          <div className="flex flex-wrap gap-3">
            <LinkButton to="/plans">{t("myMembership.seePlans")}</LinkButton>
            <LinkButton to="/daypass" variant="secondary">
              {t("myMembership.dayPass")}
            </LinkButton>
          </div>
        </div>
      ) : (
        <ul className="space-y-4">
          {memberships.map((m) => (
            <li key={m.id} className="card flex flex-wrap items-center justify-between gap-4">
              <div>
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="text-lg font-bold">{planName({ nameNl: m.planNl, nameEn: m.planEn }, locale)}</h2>
                  <MembershipStatus status={m.status} />
                </div>
                <p className="text-slate-700">
                  {m.endDate
                    ? t("common.range", { from: formatDay(m.startDate, locale), to: formatDay(m.endDate, locale) })
                    : t("common.rangeOpen", { from: formatDay(m.startDate, locale) })}
                  {m.company ? ` · ${m.company}` : ""}
                </p>
              </div>
              <Link
                to={`/membership/${m.id}`}
                className="btn-secondary"
                aria-label={t("myMembership.openLabel", { plan: planName({ nameNl: m.planNl, nameEn: m.planEn }, locale) })}
              >
                {t("myMembership.open")}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6 text-slate-700">
        {t("myMembership.dayPassLine")} <Link to="/daypass">{t("myMembership.dayPass")}</Link>
      </p>
    </div>
  );
}
