import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, SelectField, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { getUser, updateProfile, requireUser } from "~/modules/auth/index.server";
import { profileSchema } from "~/modules/auth";
import { useT } from "~/modules/i18n";
import { submitForm, successReply } from "~/utils/forms.server";

export async function loader(args: LoaderFunctionArgs) {
  const sessionUser = requireUser(args);
  const user = await getUser(sessionUser.id);
  return {
    profile: { name: user?.name ?? "", phone: user?.phone ?? "", locale: user?.locale ?? "nl", email: user?.email ?? "" },
    roles: args.context.roles,
    werkplaatsName: args.context.werkplaats?.name ?? "",
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args);
  return submitForm(args.request, profileSchema, async (profile) => {
    await updateProfile(user.id, profile);
    return successReply({ key: "account.profileSaved" });
  });
}

export default function Profile() {
  const t = useT();
  const { profile, roles, werkplaatsName } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="space-y-6">
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title" className="text-xl font-bold">
          {t("account.profile")}
        </h2>
        <p className="mt-1 mb-5 text-slate-700">{t("account.profileIntro")}</p>
        <SuccessNotice reply={reply} />
        <ErrorSummary reply={reply} labels={{ name: t("common.name"), phone: t("common.phone") }} />
        <Form method="post" className="space-y-5" noValidate>
          <TextField name="name" label={t("common.name")} defaultValue={profile.name} autoComplete="name" required reply={reply} />
          <TextField
            name="phone"
            type="tel"
            label={t("common.phone")}
            defaultValue={profile.phone}
            autoComplete="tel"
            optional
            reply={reply}
          />
          <SelectField
            name="locale"
            label={t("account.language")}
            defaultValue={profile.locale}
            reply={reply}
            options={[
              { value: "nl", label: t("account.lang.nl") },
              { value: "en", label: t("account.lang.en") },
            ]}
          />
          <Button type="submit" disabled={busy}>
            {t("account.saveProfile")}
          </Button>
        </Form>
      </section>
      <section className="card" aria-labelledby="roles-title">
        <h2 id="roles-title" className="text-xl font-bold">
          {t("account.roles")}
        </h2>
        {roles.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("account.noRoles")}</p>
        ) : (
          <p className="mt-2 text-slate-700">
            {t("account.rolesIn", { werkplaats: werkplaatsName })} {roles.map((r) => t(`role.${r}`)).join(", ")}
          </p>
        )}
      </section>
    </div>
  );
}
