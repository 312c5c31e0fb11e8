import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { CompanyForm } from "~/components/members/company-form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { TeamSection } from "~/components/members/team-section";
import { requireUser, requireVerifiedUser, requireWerkplaats, safeRedirect } from "~/modules/auth/index.server";
import { companyFormSchema, formatIban } from "~/modules/companies";
import { companyOf, createCompany, leaveCompany, removeTeamMember, teamOf, updateCompany } from "~/modules/companies/index.server";
import { inviteColleague, openCompanyInvitations, revokeCompanyInvitation } from "~/modules/invitations/index.server";
import { useT } from "~/modules/i18n";
import { isErrorReply } from "~/utils/forms";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("nav.company");

export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  const company = await companyOf(werkplaats.id, user.id);
  if (!company) return { company: null, team: [], invitations: [], me: user.id };
  const [team, invitations] = await Promise.all([teamOf(company.id), company.myRole === "owner" ? openCompanyInvitations(company.id) : []]);
  return { company, team, invitations, me: user.id };
}

export async function action(args: ActionFunctionArgs) {
  const user = requireVerifiedUser(args);
  const werkplaats = requireWerkplaats(args);
  const back = new URL(args.request.url).searchParams.get("redirectTo");
  return submitForm(args.request, companyFormSchema, async (input) => {
    switch (input.intent) {
      case "create": {
        const { intent: _intent, ...fields } = input;
        await createCompany(werkplaats.id, user.id, fields);
        if (back) return redirect(safeRedirect(back));
        return successReply({ key: "company.created", vars: { company: fields.name } });
      }
      case "update": {
        const { intent: _intent, companyId, ...fields } = input;
        await updateCompany(werkplaats.id, user.id, companyId, fields);
        return successReply({ key: "common.saved" });
      }
      case "invite":
        await inviteColleague(werkplaats, user, input.companyId, { name: input.name, email: input.email }, args.context.locale);
        return successReply({ key: "company.invited", vars: { email: input.email } });
      case "revoke-invite": {
        const email = await revokeCompanyInvitation(werkplaats.id, user.id, input.companyId, input.invitationId);
        return successReply({ key: "company.inviteRevoked", vars: { email } });
      }
      case "remove-member":
        await removeTeamMember(werkplaats.id, user.id, input.companyId, input.userId);
        return successReply({ key: "company.memberRemoved" });
      case "leave":
        await leaveCompany(werkplaats.id, user.id, input.companyId);
        return successReply({ key: "company.left" });
    }
  });
}

export default function CompanyPage() {
  const t = useT();
  const { company, team, invitations, me } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const intent = isErrorReply(reply) ? reply.values.intent : undefined;
  const formReply = intent === "create" || intent === "update" ? reply : undefined;
  const teamReply = intent === "revoke-invite" || intent === "remove-member" || intent === "leave" ? reply : undefined;
  if (!company) {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("company.registerTitle")} intro={t("company.registerIntro")} />
        <SuccessNotice reply={reply} />
        <div className="card">
          <CompanyForm intent="create" reply={formReply} busy={busy} />
        </div>
        <p className="mt-6 text-slate-700">{t("company.joinHint")}</p>
      </div>
    );
  }
  const owner = company.myRole === "owner";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={company.name} intro={owner ? t("company.ownerIntro") : t("company.memberIntro")} />
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={teamReply} />
      <section className="card" aria-labelledby="details-title">
        <h2 id="details-title" className="mb-4 text-xl font-bold">
          {t("company.details")}
        </h2>
        {owner ? (
          <CompanyForm intent="update" company={company} reply={formReply} busy={busy} />
        ) : (
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
            <dt className="text-slate-600">{t("company.field.kvkNumber")}</dt>
            <dd>{company.kvkNumber}</dd>
            <dt className="text-slate-600">{t("company.field.btwId")}</dt>
            <dd>{company.btwId ?? "–"}</dd>
            <dt className="text-slate-600">{t("company.address")}</dt>
            <dd>
              {company.street}, {company.postalCode} {company.city}
            </dd>
            <dt className="text-slate-600">{t("company.field.billingEmail")}</dt>
            <dd>{company.billingEmail}</dd>
            <dt className="text-slate-600">{t("company.field.iban")}</dt>
            <dd>{company.iban ? formatIban(company.iban) : "–"}</dd>
          </dl>
        )}
      </section>
      <TeamSection
        companyId={company.id}
        owner={owner}
        me={me}
        team={team}
        invitations={invitations}
        reply={intent === "invite" ? reply : undefined}
        busy={busy}
      />
      {!owner ? (
        <Form method="post">
          <input type="hidden" name="companyId" value={company.id} />
          <Button type="submit" name="intent" value="leave" variant="danger" disabled={busy}>
            {t("company.leave")}
          </Button>
        </Form>
      ) : null}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
