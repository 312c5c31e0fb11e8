import { isRouteErrorResponse, Link, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { useT } from "~/modules/i18n";

/** The one error page: 404, 403, 400/409/429 with the message a module gave, and 500. */
export function ErrorPage() {
  const error = useRouteError();
  const t = useT();
  // The id in our logs for this request, so a user can quote it to the manager.
  const requestId = useRouteLoaderData<{ requestId?: string }>("root")?.requestId;
  let title = t("errors.server.title");
  let body = t("errors.server.body");
  let status = 500;
  if (isRouteErrorResponse(error)) {
    status = error.status;
    const given = (error.data as { message?: { key: string; vars?: Record<string, string | number> } } | null)?.message;
    if (status === 404) {
      title = t("errors.notFound.title");
      body = given ? t(given.key, given.vars) : t("errors.notFound.body");
    } else if (status === 403) {
      title = t("errors.forbidden.title");
      body = given ? t(given.key, given.vars) : t("errors.forbidden.body");
    } else if (status === 429) {
      title = t("errors.tooMany.title");
      body = given ? t(given.key, given.vars) : t("errors.server.body");
    } else if (status === 400 || status === 409) {
      title = t(status === 400 ? "errors.badRequest.title" : "errors.conflict.title");
      body = given ? t(given.key, given.vars) : t("errors.invalid");
    }
  }
  return (
    <div className="mx-auto max-w-xl py-10">
      <p className="text-sm font-semibold text-slate-600">{status}</p>
      <h1 className="mt-1 text-3xl font-bold">{title}</h1>
      <p className="mt-3 text-slate-700">{body}</p>
      {status >= 500 && requestId ? <p className="mt-2 text-sm text-slate-600">{t("errors.reference", { id: requestId })}</p> : null}
      <p className="mt-6">
        <Link to="/" className="btn-primary">
          {t("errors.goHome")}
        </Link>
      </p>
    </div>
  );
}
