import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { CheckboxField, ErrorSummary, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { startSession } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { setupSchema } from "~/modules/werkplaats";
import { setUpFirstWerkplaats } from "~/modules/werkplaats/index.server";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("setup.title");

/** Only reachable while the database has no werkplaats. */
export function loader({ context }: LoaderFunctionArgs) {
  if (context.werkplaats) throw redirect("/");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  if (context.werkplaats) throw redirect("/");
  return submitForm(request, setupSchema, async (input) => {
    const { user } = await setUpFirstWerkplaats({
      werkplaats: {
        name: input.name,
        slug: input.slug,
        street: input.street,
        postalCode: input.postalCode,
        city: input.city,
        kvkNumber: input.kvkNumber,
        btwId: input.btwId,
        iban: input.iban,
        email: input.werkplaatsEmail,
        timezone: input.timezone,
      },
      manager: { name: input.managerName, email: input.managerEmail, password: input.password },
      locale: context.locale,
    });
    return redirect("/", { headers: { "Set-Cookie": await startSession(user.id, context.sessionId) } });
  });
}

export default function Setup() {
  const t = useT();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const labels = {
    name: t("setup.name"),
    slug: t("setup.slug"),
    street: t("setup.street"),
    postalCode: t("setup.postalCode"),
    city: t("setup.city"),
    kvkNumber: t("setup.kvkNumber"),
    btwId: t("setup.btwId"),
    iban: t("setup.iban"),
    werkplaatsEmail: t("setup.werkplaatsEmail"),
    managerName: t("setup.managerName"),
    managerEmail: t("setup.managerEmail"),
    password: t("signup.password"),
    terms: t("footer.terms"),
  };
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{t("setup.title")}</h1>
      <p className="mt-2 mb-6 text-slate-700">{t("setup.intro")}</p>
      <ErrorSummary reply={reply} labels={labels} />
      <Form method="post" className="space-y-6" noValidate>
        <fieldset className="card space-y-5">
          <legend className="px-1 text-xl font-bold">{t("setup.werkplaatsSection")}</legend>
          <TextField name="name" label={labels.name} required reply={reply} />
          <TextField name="slug" label={labels.slug} hint={t("setup.slugHint")} required reply={reply} />
          <TextField name="street" label={labels.street} autoComplete="street-address" required reply={reply} />
          <div className="grid gap-5 sm:grid-cols-[12rem_1fr]">
            <TextField name="postalCode" label={labels.postalCode} autoComplete="postal-code" required reply={reply} />
            <TextField name="city" label={labels.city} autoComplete="address-level2" required reply={reply} />
          </div>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField name="kvkNumber" label={labels.kvkNumber} inputMode="numeric" required reply={reply} />
            <TextField name="btwId" label={labels.btwId} required reply={reply} />
          </div>
          <TextField name="iban" label={labels.iban} required reply={reply} />
          <TextField name="werkplaatsEmail" type="email" label={labels.werkplaatsEmail} required reply={reply} />
        </fieldset>
        <fieldset className="card space-y-5">
          <legend className="px-1 text-xl font-bold">{t("setup.managerSection")}</legend>
          <TextField name="managerName" label={labels.managerName} autoComplete="name" required reply={reply} />
          <TextField name="managerEmail" type="email" label={labels.managerEmail} autoComplete="email" required reply={reply} />
          <TextField
            name="password"
            type="password"
            label={labels.password}
            hint={t("signup.passwordHint")}
            autoComplete="new-password"
            required
            reply={reply}
          />
          <CheckboxField name="terms" label={t("signup.terms")} reply={reply} />
        </fieldset>
        <Button type="submit" disabled={busy}>
          {t("setup.submit")}
        </Button>
      </Form>
    </div>
  );
}
