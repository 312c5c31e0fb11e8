import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { Button, LinkButton } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { StatusBadge } from "~/components/ui/status-badge";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { nameSaysKind, planName, priceUnit, planActionSchema } from "~/modules/plans";
import { listPlans, setPlanArchived } from "~/modules/plans/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney, inclBtw } from "~/utils/money";

export const meta = pageTitle("adminPlans.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return { plans: await listPlans(werkplaats.id) };
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, planActionSchema, async (input) => {
    const plan = await setPlanArchived(werkplaats.id, input.planId, input.intent === "archive");
    return successReply({
      key: input.intent === "archive" ? "adminPlans.archived" : "adminPlans.restored",
      vars: { plan: planName(plan, args.context.locale) },
    });
  });
}

export default function AdminPlans() {
  const t = useT();
  const locale = useLocale();
  const { plans } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div>
      <PageHeader
        title={t("adminPlans.title")}
        intro={t("adminPlans.intro")}
        actions={<LinkButton to="/admin/plans/new">{t("adminPlans.new")}</LinkButton>}
      />
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} />
      <section className="card overflow-x-auto" aria-label={t("adminPlans.title")}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("adminPlans.col.plan")}</th>
              <th scope="col" className="text-right">
                {t("adminPlans.col.price")}
              </th>
              <th scope="col" className="text-right">
                {t("adminPlans.col.incl")}
              </th>
              <th scope="col" className="text-right">
                {t("adminPlans.col.roomHours")}
              </th>
              <th scope="col" className="text-right">
                {t("adminPlans.col.members")}
              </th>
              <th scope="col">{t("adminPlans.col.visibility")}</th>
              <th scope="col">{t("common.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => {
              const name = planName(p, locale);
              return (
                <tr key={p.id} className={p.archivedAt ? "text-slate-600" : undefined}>
                  <td>
                    <Link to={`/admin/plans/${p.id}`} className="font-semibold">
                      {name}
                    </Link>
                    {!nameSaysKind(name, t(`plan.kind.${p.kind}`)) ? (
                      <span className="block text-slate-600">{t(`plan.kind.${p.kind}`)}</span>
                    ) : null}
                  </td>
                  <td className="text-right whitespace-nowrap">
                    {formatMoney(p.priceCents, locale)} <span className="text-slate-600">{t(`plan.price.${priceUnit(p.kind)}`)}</span>
                  </td>
                  <td className="text-right whitespace-nowrap">
                    {formatMoney(inclBtw(p.priceCents, p.btwRate), locale)} <span className="text-slate-600">({p.btwRate}%)</span>
                  </td>
                  <td className="text-right">{String(p.includedRoomMinutes / 60).replace(".", ",")}</td>
                  <td className="text-right">{p.members}</td>
                  <td>
                    {p.archivedAt ? (
                      <StatusBadge tone="neutral">{t("adminPlans.archivedBadge")}</StatusBadge>
                    ) : p.isPublic ? (
                      <StatusBadge tone="good">{t("adminPlans.public")}</StatusBadge>
                    ) : (
                      <StatusBadge tone="info">{t("adminPlans.hidden")}</StatusBadge>
                    )}
                  </td>
                  <td>
                    <div className="flex flex-wrap gap-2">
                      <LinkButton
                        to={`/admin/plans/${p.id}`}
                        variant="secondary"
                        small
                        aria-label={t("adminPlans.editLabel", { plan: name })}
                      >
                        {t("adminPlans.edit")}
                      </LinkButton>
                      <Form method="post">
                        <input type="hidden" name="planId" value={p.id} />
                        {p.archivedAt ? (
                          <Button
                            type="submit"
                            name="intent"
                            value="restore"
                            variant="secondary"
                            small
                            disabled={busy}
                            aria-label={t("adminPlans.restoreLabel", { plan: name })}
                          >
                            {t("adminPlans.restore")}
                          </Button>
                        ) : (
                          <Button
                            type="submit"
                            name="intent"
                            value="archive"
                            variant="danger"
                            small
                            disabled={busy}
                            aria-label={t("adminPlans.archiveLabel", { plan: name })}
                          >
                            {t("adminPlans.archive")}
                          </Button>
                        )}
                      </Form>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <p className="mt-4 text-sm text-slate-700">{t("adminPlans.hiddenLink", { link: "/membership/apply?plan=…" })}</p>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
