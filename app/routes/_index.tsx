import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { OpenInvoicesSection } from "~/components/billing/open-invoices-section";
import { MemberHome, SpaceHome } from "~/components/members/home-sections";
import { LinkButton } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { RoomsAndEventsSections } from "~/components/rooms/home-sections";
import { WorkshopHome } from "~/components/workshop/home-sections";
import { dashboardFor } from "~/modules/dashboard/index.server";
import { partnersOfPerson } from "~/modules/partners/index.server";
import { useT } from "~/modules/i18n";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("nav.home");

export async function loader({ context }: LoaderFunctionArgs) {
  const { user, werkplaats, roles } = context;
  if (!user || !werkplaats) return { kind: "guest" as const, werkplaatsName: werkplaats?.name ?? "Werkplaats" };
  return {
    kind: "user" as const,
    name: user.name,
    roles,
    werkplaatsName: werkplaats.name,
    dashboard: await dashboardFor(werkplaats.id, roles, user.id, context.locale, { hasInvoices: context.invoices }),
    // A partner's contact starts from the partners they speak for.
    partners: roles.includes("partner") ? await partnersOfPerson(werkplaats.id, user.email) : [],
  };
}

function Figure({ label, value, tone }: { label: string; value: number; tone?: "bad" }) {
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-4">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className={`mt-1 text-3xl font-bold ${tone === "bad" && value > 0 ? "text-red-800" : "text-slate-950"}`}>{value}</dd>
    </div>
  );
}

export default function Home() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  if (data.kind === "guest") {
    return (
      <div className="mx-auto max-w-2xl py-6">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("home.guest.title", { werkplaats: data.werkplaatsName })}</h1>
        <p className="mt-4 text-lg text-slate-700">{t("home.guest.intro")}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <LinkButton to="/plans">{t("homeMember.seePlansGuest")}</LinkButton>
          <LinkButton to="/signup" variant="secondary">
            {t("home.guest.signup")}
          </LinkButton>
          <LinkButton to="/login" variant="secondary">
            {t("home.guest.login")}
          </LinkButton>
        </div>
        <p className="mt-8 flex flex-wrap gap-x-6 gap-y-2 text-lg">
          <Link to="/events">{t("home.guest.agenda")}</Link>
          <Link to="/spreekuur">{t("home.guest.consultations")}</Link>
        </p>
      </div>
    );
  }
  const { dashboard, roles } = data;
  const roleNames = roles.map((r) => t(`role.${r}`).toLowerCase()).join(", ");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("home.greeting", { name: data.name.split(" ")[0] ?? data.name })}</h1>
        {roles.length > 0 ? <p className="mt-1 text-slate-700">{t("home.rolesLine", { roles: roleNames })}</p> : null}
      </div>
      {roles.length === 0 && !dashboard.home.membership ? (
        <Notice tone="info" title={t("home.noRole.title")}>
          {t("home.noRole.body", { werkplaats: data.werkplaatsName })}
        </Notice>
      ) : null}
      {roles.includes("member") || roles.length === 0 ? <MemberHome home={dashboard.home} /> : null}
      {dashboard.space ? <SpaceHome space={dashboard.space} manager={roles.includes("manager")} /> : null}
      {dashboard.manager ? (
        <section className="card" aria-labelledby="manager-title">
          <h2 id="manager-title" className="text-xl font-bold">
            {t("home.manager.title")}
          </h2>
          <dl className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Figure label={t("home.manager.people")} value={dashboard.manager.people} />
            <Figure label={t("home.manager.openInvites")} value={dashboard.manager.openInvitations} />
            <Figure label={t("home.manager.outboxPending")} value={dashboard.manager.outboxPending} />
            <Figure label={t("home.manager.outboxFailed")} value={dashboard.manager.outboxFailed} tone="bad" />
          </dl>
          <div className="mt-4 flex flex-wrap gap-3">
            <LinkButton to="/admin/people" variant="secondary">
              {t("home.manager.managePeople")}
            </LinkButton>
            <LinkButton to="/admin/outbox" variant="secondary">
              {t("home.manager.openOutbox")}
            </LinkButton>
          </div>
        </section>
      ) : null}
      {data.partners.length > 0 ? (
        <section className="card space-y-2" aria-labelledby="partner-title">
          <h2 id="partner-title" className="text-xl font-bold">
            {t("partners.home.startTitle")}
          </h2>
          <p className="text-slate-700">{t("partners.home.startBody")}</p>
          <ul className="flex flex-wrap gap-3">
            {data.partners.map((p) => (
              <li key={p.id}>
                <LinkButton to={`/partner/${p.id}`} variant="secondary">
                  {p.name}
                </LinkButton>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {dashboard.workshop ? <WorkshopHome home={dashboard.workshop} /> : null}
      {dashboard.openInvoices ? <OpenInvoicesSection open={dashboard.openInvoices} /> : null}
      {dashboard.roomsAndEvents ? <RoomsAndEventsSections data={dashboard.roomsAndEvents} /> : null}
      <section className="card" aria-labelledby="account-title">
        <h2 id="account-title" className="text-xl font-bold">
          {t("home.account.title")}
        </h2>
        <p className="mt-1 text-slate-700">{t("home.account.body")}</p>
        <p className="mt-3">
          <Link to="/account">{t("home.account.link")}</Link>
        </p>
      </section>
    </div>
  );
}
