import { Form } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { StatusBadge } from "~/components/ui/status-badge";
import { useLocale, useT } from "~/modules/i18n";
import { formatDate } from "~/utils/dates";
import type { FormReply } from "~/utils/forms";

type Member = { userId: string; name: string; email: string; role: string };
type Invitation = { id: string; name: string; email: string; expiresAt: string | Date };

/** The team of a company; the owner invites colleagues and can take people off the team. */
export function TeamSection({
  companyId,
  owner,
  me,
  team,
  invitations,
  reply,
  busy,
}: {
  companyId: string;
  owner: boolean;
  me: string;
  team: Member[];
  invitations: Invitation[];
  reply?: FormReply | null;
  busy: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="team-title">
      <h2 id="team-title" className="text-xl font-bold">
        {t("company.team")}
      </h2>
      <ul className="mt-3 divide-y divide-slate-200">
        {team.map((m) => (
          <li key={m.userId} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div>
              <span className="font-semibold">{m.name}</span>{" "}
              {m.role === "owner" ? <StatusBadge tone="info">{t("company.role.owner")}</StatusBadge> : null}
              <span className="block text-sm text-slate-600">{m.email}</span>
            </div>
            {owner && m.userId !== me ? (
              <Form method="post">
                <input type="hidden" name="companyId" value={companyId} />
                <input type="hidden" name="userId" value={m.userId} />
                <Button
                  type="submit"
                  name="intent"
                  value="remove-member"
                  variant="danger"
                  small
                  disabled={busy}
                  aria-label={t("company.removeLabel", { name: m.name })}
                >
                  {t("company.remove")}
                </Button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {owner ? (
        <>
          {invitations.length > 0 ? (
            <>
              <h3 className="mt-5 font-bold">{t("company.openInvites")}</h3>
              <ul className="mt-2 divide-y divide-slate-200">
                {invitations.map((inv) => (
                  <li key={inv.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
                    <span>
                      {inv.name} · {inv.email} · {t("company.expires", { date: formatDate(inv.expiresAt, locale) })}
                    </span>
                    <Form method="post">
                      <input type="hidden" name="companyId" value={companyId} />
                      <input type="hidden" name="invitationId" value={inv.id} />
                      <Button
                        type="submit"
                        name="intent"
                        value="revoke-invite"
                        variant="secondary"
                        small
                        disabled={busy}
                        aria-label={t("company.revokeLabel", { email: inv.email })}
                      >
                        {t("company.revoke")}
                      </Button>
                    </Form>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3 className="mt-5 font-bold">{t("company.inviteTitle")}</h3>
          <p className="mb-3 text-sm text-slate-700">{t("company.inviteIntro")}</p>
          <ErrorSummary reply={reply} labels={{ name: t("common.name"), email: t("common.email") }} />
          <Form method="post" className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end" noValidate>
            <input type="hidden" name="companyId" value={companyId} />
            <TextField scope="invite" name="name" label={t("common.name")} required reply={reply} />
            <TextField scope="invite" name="email" type="email" label={t("common.email")} required reply={reply} />
            <Button type="submit" name="intent" value="invite" disabled={busy}>
              {t("company.invite")}
            </Button>
          </Form>
        </>
      ) : null}
    </section>
  );
}
