import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SelectField, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { addRole, listPeople, removeRole, requireRole } from "~/modules/auth/index.server";
import { peopleFormSchema, peopleSearchSchema, roleValues } from "~/modules/auth";
import { useLocale, useT } from "~/modules/i18n";
import { inviteToRole, listOpenInvitations, revokeInvitation } from "~/modules/invitations/index.server";
import { formatDate } from "~/utils/dates";
import { isErrorReply } from "~/utils/forms";
import { parseQuery, submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("people.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const { q } = parseQuery(args.request, peopleSearchSchema);
  const [people, invitations] = await Promise.all([listPeople(werkplaats.id, q), listOpenInvitations(werkplaats.id)]);
  return { people, invitations, q: q ?? "", werkplaatsName: werkplaats.name };
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, peopleFormSchema, async (input) => {
    switch (input.intent) {
      case "invite": {
        await inviteToRole(werkplaats, user, input, args.context.locale);
        return successReply({ key: "invite.sent", vars: { email: input.email } });
      }
      case "grant": {
        const name = await addRole(werkplaats.id, user.id, input.userId, input.role);
        return successReply({ key: "people.granted", vars: { role: input.role, name } });
      }
      case "revoke-role": {
        const name = await removeRole(werkplaats.id, input.userId, input.role);
        return successReply({ key: "people.revoked", vars: { role: input.role, name } });
      }
      case "revoke-invite": {
        const email = await revokeInvitation(werkplaats.id, input.invitationId);
        return successReply({ key: "invite.revoked", vars: { email } });
      }
    }
  });
}

export default function People() {
  const t = useT();
  const locale = useLocale();
  const { people, invitations, q, werkplaatsName } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const inviteReply = isErrorReply(reply) && reply.values.intent === "invite" ? reply : undefined;
  const otherReply = isErrorReply(reply) && reply.values.intent !== "invite" ? reply : undefined;
  const success =
    reply?.status === "success" && reply.message
      ? { ...reply, message: { ...reply.message, vars: translateRoleVar(reply.message.vars, t) } }
      : undefined;
  const roleOptions = roleValues.map((r) => ({ value: r, label: t(`role.${r}`) }));

  return (
    <div>
      <PageHeader title={t("people.title")} intro={t("people.intro", { werkplaats: werkplaatsName })} />
      <SuccessNotice reply={success} />
      <ErrorSummary reply={otherReply} />

      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="people-list" className="card min-w-0">
          <h2 id="people-list" className="sr-only">
            {t("people.title")}
          </h2>
          <Form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-2">
            <div className="min-w-56 flex-1">
              <label htmlFor="q" className="mb-1 block font-semibold">
                {t("people.search")}
              </label>
              <input id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} className="input" />
            </div>
            <Button type="submit" variant="secondary">
              {t("people.searchSubmit")}
            </Button>
          </Form>
          {people.length === 0 ? (
            <p className="py-6 text-slate-700">{q ? t("people.noResults", { q }) : t("people.empty")}</p>
          ) : (
            // On a phone each person is a block of its own: three columns did not fit 390 px.
            <table className="data-table max-sm:[&_tbody]:block max-sm:[&_td]:block max-sm:[&_td]:border-0 max-sm:[&_tr]:block max-sm:[&_tr]:border-b max-sm:[&_tr]:border-slate-200 max-sm:[&_tr]:py-2">
              <thead className="max-sm:sr-only">
                <tr>
                  <th scope="col">{t("people.col.person")}</th>
                  <th scope="col">{t("people.col.roles")}</th>
                  <th scope="col">{t("people.grant")}</th>
                </tr>
              </thead>
              <tbody>
                {people.map((person) => (
                  <tr key={person.id}>
                    <td>
                      <div className="font-semibold">{person.name}</div>
                      <div className="text-slate-600">{person.email}</div>
                    </td>
                    <td>
                      <ul className="flex flex-wrap gap-1.5">
                        {person.roles.map((role) => (
                          <li
                            key={role}
                            className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 py-0.5 pr-1 pl-2.5 text-xs font-semibold"
                          >
                            {t(`role.${role}`)}
                            <Form method="post" className="inline">
                              <input type="hidden" name="userId" value={person.id} />
                              <input type="hidden" name="role" value={role} />
                              <button
                                type="submit"
                                name="intent"
                                value="revoke-role"
                                disabled={busy}
                                aria-label={t("people.revokeLabel", { role: t(`role.${role}`), name: person.name })}
                                title={t("people.revoke")}
                                // A 44×44 target (WCAG 2.5.5) drawn as a small circle: the negative margins keep the label one line high.
                                className="group -my-2.5 -mr-2 grid h-11 w-11 place-items-center rounded-full text-base text-slate-600"
                              >
                                <span
                                  aria-hidden
                                  className="grid h-7 w-7 place-items-center rounded-full group-hover:bg-red-100 group-hover:text-red-800 group-focus-visible:bg-red-100"
                                >
                                  ×
                                </span>
                              </button>
                            </Form>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      <Form method="post" className="flex flex-wrap gap-1.5">
                        <input type="hidden" name="userId" value={person.id} />
                        <label className="sr-only" htmlFor={`grant-${person.id}`}>
                          {t("people.grantRole")}
                        </label>
                        <select id={`grant-${person.id}`} name="role" className="input py-1 text-sm" defaultValue="">
                          <option value="" disabled>
                            {t("people.chooseRole")}
                          </option>
                          {roleOptions
                            .filter((o) => !person.roles.includes(o.value))
                            .map((o) => (
                              <option key={o.value} value={o.value}>
                                {o.label}
                              </option>
                            ))}
                        </select>
                        <Button type="submit" name="intent" value="grant" variant="secondary" small disabled={busy}>
                          {t("people.grantSubmit")}
                        </Button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <div className="space-y-6">
          <section aria-labelledby="invite-title" className="card">
            <h2 id="invite-title" className="text-xl font-bold">
              {t("invite.formTitle")}
            </h2>
            <p className="mt-1 mb-4 text-sm text-slate-700">{t("invite.formIntro")}</p>
            <ErrorSummary reply={inviteReply} labels={{ name: t("invite.name"), email: t("invite.email"), role: t("invite.role") }} />
            <Form
              method="post"
              className="space-y-4"
              noValidate
              key={reply?.status === "success" ? JSON.stringify(reply.message) : "invite"}
            >
              <TextField name="name" label={t("invite.name")} required reply={inviteReply} />
              <TextField name="email" type="email" label={t("invite.email")} required reply={inviteReply} />
              <SelectField name="role" label={t("invite.role")} options={roleOptions} defaultValue="staff" reply={inviteReply} />
              <Button type="submit" name="intent" value="invite" disabled={busy}>
                {t("invite.send")}
              </Button>
            </Form>
          </section>

          <section aria-labelledby="open-invites" className="card">
            <h2 id="open-invites" className="text-xl font-bold">
              {t("invite.openTitle")}
            </h2>
            {invitations.length === 0 ? (
              <p className="mt-2 text-slate-700">{t("invite.noneOpen")}</p>
            ) : (
              <ul className="mt-3 divide-y divide-slate-200">
                {invitations.map((inv) => (
                  <li key={inv.id} className="flex items-start justify-between gap-3 py-3">
                    <div className="text-sm">
                      <div className="font-semibold">{inv.name}</div>
                      <div className="text-slate-600">{inv.email}</div>
                      <div className="text-slate-600">
                        {t(`role.${inv.role}`)} · {t("invite.col.expires")} {formatDate(inv.expiresAt, locale)}
                      </div>
                    </div>
                    <Form method="post">
                      <input type="hidden" name="invitationId" value={inv.id} />
                      <Button
                        type="submit"
                        name="intent"
                        value="revoke-invite"
                        variant="danger"
                        small
                        disabled={busy}
                        aria-label={t("invite.revokeLabel", { email: inv.email })}
                      >
                        {t("invite.revoke")}
                      </Button>
                    </Form>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

/** Role names in success messages arrive as enum values; show them in the UI language. */
function translateRoleVar(vars: Record<string, string | number> | undefined, t: ReturnType<typeof useT>) {
  if (!vars?.role) return vars;
  return { ...vars, role: t(`role.${vars.role}`).toLowerCase() };
}

export const ErrorBoundary = ErrorPage;
