import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { partnersOfPerson } from "~/modules/partners/index.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("partners.home.title");

/** A partner's contact goes straight to their partner's page; one who speaks for several picks one. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "partner");
  const partners = await partnersOfPerson(werkplaats.id, user.email);
  if (partners.length === 1) throw redirect(`/partner/${partners[0]!.id}`);
  return { partners };
}

export default function PartnerChoice() {
  const t = useT();
  const { partners } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <PageHeader title={t("partners.home.title")} intro={t("partners.home.choose")} />
      {partners.length === 0 ? (
        <p className="card">{t("partners.home.none")}</p>
      ) : (
        <ul className="card list-disc space-y-1 pl-8">
          {partners.map((p) => (
            <li key={p.id}>
              <Link to={`/partner/${p.id}`}>{p.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
