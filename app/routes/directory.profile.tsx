import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { CheckboxField, ErrorSummary, FileField, SuccessNotice, TextAreaField, TextField } from "~/components/form";
import { Avatar } from "~/components/members/avatar";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { MAX_TAGS, suggestedTags, profileSchema } from "~/modules/directory";
import { myProfile, saveProfile } from "~/modules/directory/index.server";
import { useT } from "~/modules/i18n";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("directory.profileTitle");

export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "member");
  return { ...(await myProfile(werkplaats.id, user.id)), me: { id: user.id, name: user.name } };
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "member");
  return submitForm(args.request, profileSchema, async (input) => {
    await saveProfile(werkplaats.id, user.id, input);
    return successReply({ key: input.visible ? "directory.savedVisible" : "directory.savedHidden" });
  });
}

export default function EditProfile() {
  const t = useT();
  const { profile, photoUpdatedAt, me } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [params] = useSearchParams();
  const photoError = params.get("photoError");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link to="/directory">← {t("directory.title")}</Link>
      </p>
      <PageHeader title={t("directory.profileTitle")} intro={t("directory.profileIntro")} />
      <SuccessNotice reply={reply} />
      <section className="card" aria-labelledby="photo-title">
        <h2 id="photo-title" className="text-xl font-bold">
          {t("directory.photo")}
        </h2>
        {params.get("photo") === "saved" ? <Notice tone="success">{t("directory.photoSaved")}</Notice> : null}
        {params.get("photo") === "removed" ? <Notice tone="success">{t("directory.photoRemoved")}</Notice> : null}
        <div className="mt-3 flex flex-wrap items-center gap-5">
          <Avatar userId={me.id} name={me.name} photoAt={photoUpdatedAt} size={80} />
          <Form method="post" action="/directory/photo" encType="multipart/form-data" className="flex flex-wrap items-end gap-3">
            <div>
              <FileField
                name="photo"
                scope="profile"
                label={t("directory.photoField")}
                hint={t("directory.photoHint")}
                error={photoError ? { key: photoError } : null}
                accept="image/png,image/jpeg,image/webp"
              />
            </div>
            <Button type="submit" name="intent" value="upload" variant="secondary">
              {t("directory.photoUpload")}
            </Button>
            {photoUpdatedAt ? (
              <Button type="submit" name="intent" value="remove" variant="danger">
                {t("directory.photoRemove")}
              </Button>
            ) : null}
          </Form>
        </div>
      </section>
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title" className="mb-4 text-xl font-bold">
          {t("directory.profile")}
        </h2>
        <ErrorSummary
          reply={reply}
          labels={{
            headline: t("directory.field.headline"),
            bio: t("directory.field.bio"),
            website: t("directory.field.website"),
            expertise: t("directory.field.expertise"),
            helpHoursPerMonth: t("directory.field.hours"),
            languages: t("directory.field.languages"),
          }}
        />
        <Form method="post" className="space-y-5" noValidate>
          <CheckboxField name="visible" label={t("directory.field.visible")} defaultChecked={profile?.visible ?? false} reply={reply} />
          <TextField
            name="headline"
            label={t("directory.field.headline")}
            hint={t("directory.hint.headline")}
            defaultValue={profile?.headline ?? ""}
            optional
            reply={reply}
          />
          <TextAreaField
            name="bio"
            label={t("directory.field.bio")}
            defaultValue={profile?.bio ?? ""}
            optional
            maxLength={1500}
            reply={reply}
          />
          <TextField
            name="website"
            type="url"
            label={t("directory.field.website")}
            defaultValue={profile?.website ?? ""}
            optional
            reply={reply}
          />
          <TextField
            name="expertise"
            label={t("directory.field.expertise")}
            hint={t("directory.hint.expertise", { max: MAX_TAGS, examples: suggestedTags.slice(0, 6).join(", ") })}
            defaultValue={(profile?.expertise ?? []).join(", ")}
            optional
            reply={reply}
          />
          <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
            <legend className="px-1 font-semibold">{t("directory.students")}</legend>
            <p className="text-sm text-slate-700">{t("directory.studentsIntro")}</p>
            <CheckboxField
              name="helpsStudents"
              label={t("directory.field.helps")}
              defaultChecked={profile?.helpsStudents ?? false}
              reply={reply}
            />
            <TextField
              name="helpHoursPerMonth"
              label={t("directory.field.hours")}
              inputMode="numeric"
              defaultValue={profile?.helpHoursPerMonth ? String(profile.helpHoursPerMonth) : ""}
              optional
              reply={reply}
            />
            <TextField
              name="languages"
              label={t("directory.field.languages")}
              hint={t("directory.hint.languages")}
              defaultValue={(profile?.languages ?? ["nl"]).join(", ")}
              optional
              reply={reply}
            />
          </fieldset>
          <Button type="submit" disabled={busy}>
            {t("common.save")}
          </Button>
        </Form>
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
