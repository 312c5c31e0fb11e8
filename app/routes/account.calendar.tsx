import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { SuccessNotice } from "~/components/form";
import { Button } from "~/components/ui/button";
import { requireRole } from "~/modules/auth/index.server";
import { feedActionSchema } from "~/modules/calendar";
import { feedAction, feedFor } from "~/modules/calendar/index.server";
import { useT } from "~/modules/i18n";
import { submitForm, successReply } from "~/utils/forms.server";

/** The private calendar feed: one secret address to subscribe to in Google, Outlook or Apple Calendar. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "member", "staff", "manager", "student", "teacher", "partner");
  return { feed: await feedFor(werkplaats.id, user.id) };
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "member", "staff", "manager", "student", "teacher", "partner");
  return submitForm(args.request, feedActionSchema, async ({ intent }) => {
    await feedAction(werkplaats.id, user.id, intent);
    return successReply({ key: intent === "renew" ? "feed.renewed" : "feed.revoked" });
  });
}

export default function CalendarFeed() {
  const t = useT();
  const { feed } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="card space-y-4" aria-labelledby="feed-title">
      <h2 id="feed-title" className="text-xl font-bold">
        {t("feed.title")}
      </h2>
      <p className="text-slate-700">{t("feed.intro")}</p>
      <SuccessNotice reply={reply} />
      {feed ? (
        <>
          <label htmlFor="feed-url" className="block font-semibold">
            {t("feed.address")}
          </label>
          <input id="feed-url" readOnly value={feed.url} className="input font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
          <p className="text-sm text-slate-700">{t("feed.secret")}</p>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            <li>{t("feed.howGoogle")}</li>
            <li>{t("feed.howOutlook")}</li>
            <li>{t("feed.howApple")}</li>
          </ul>
          <Form method="post" className="flex flex-wrap gap-3">
            <Button type="submit" name="intent" value="renew" variant="secondary" disabled={busy}>
              {t("feed.renew")}
            </Button>
            <Button type="submit" name="intent" value="revoke" variant="danger" disabled={busy}>
              {t("feed.revoke")}
            </Button>
          </Form>
        </>
      ) : (
        <Form method="post">
          <Button type="submit" name="intent" value="renew" disabled={busy}>
            {t("feed.create")}
          </Button>
        </Form>
      )}
    </section>
  );
}
