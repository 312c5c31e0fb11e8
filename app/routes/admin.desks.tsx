import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice, TextField } from "~/components/form";
import { AreaCard } from "~/components/members/area-card";
import { DeskTabs } from "~/components/members/desk-tabs";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { listAreasWithDesks, runDeskAction } from "~/modules/desks/index.server";
import { desksFormSchema } from "~/modules/desks";
import { useT } from "~/modules/i18n";
import { isErrorReply } from "~/utils/forms";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("desksAdmin.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return { areas: await listAreasWithDesks(werkplaats.id) };
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, desksFormSchema, async (input) => successReply(await runDeskAction(werkplaats.id, input)));
}

export default function DesksAdmin() {
  const t = useT();
  const { areas } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const newAreaReply = isErrorReply(reply) && reply.values.intent === "create-area" ? reply : undefined;
  const totalFlex = areas.filter((a) => !a.archivedAt).reduce((s, a) => s + a.flexCapacity, 0);
  const totalDesks = areas.reduce((s, a) => s + a.desks.filter((d) => !d.archivedAt).length, 0);
  return (
    <div>
      <PageHeader title={t("desksAdmin.title")} intro={t("desksAdmin.intro", { flex: totalFlex, desks: totalDesks })} />
      <DeskTabs current="desks" />
      <SuccessNotice reply={reply} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          {areas.map((area) => (
            <AreaCard key={area.id} area={area} reply={reply} busy={busy} />
          ))}
        </div>
        <section className="card h-fit" aria-labelledby="new-area">
          <h2 id="new-area" className="text-xl font-bold">
            {t("desksAdmin.newArea")}
          </h2>
          <ErrorSummary reply={newAreaReply} labels={{ name: t("area.field.name"), flexCapacity: t("area.field.flexCapacity") }} />
          <Form method="post" className="mt-4 space-y-4" noValidate>
            <TextField name="name" label={t("area.field.name")} required reply={newAreaReply} />
            <TextField name="description" label={t("area.field.description")} optional reply={newAreaReply} />
            <TextField
              name="flexCapacity"
              label={t("area.field.flexCapacity")}
              inputMode="numeric"
              defaultValue="0"
              hint={t("area.field.flexCapacityHint")}
              required
              reply={newAreaReply}
            />
            <Button type="submit" name="intent" value="create-area" disabled={busy}>
              {t("desksAdmin.addArea")}
            </Button>
          </Form>
        </section>
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
