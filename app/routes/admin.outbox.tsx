import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { StatusBadge } from "~/components/ui/status-badge";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { outboxFilterSchema, retrySchema } from "~/modules/notifications";
import { listOutbox, outboxCounts, outboxShowsTokenLinks, retryMessage, type OutboxStatus } from "~/modules/notifications/index.server";
import { formatDateTime } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { parseQuery, submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("outbox.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const filter = parseQuery(args.request, outboxFilterSchema);
  const [{ messages, hasMore }, counts] = await Promise.all([
    listOutbox(werkplaats.id, { status: filter.status, before: filter.before ? new Date(filter.before) : undefined }),
    outboxCounts(werkplaats.id),
  ]);
  return {
    messages,
    hasMore,
    counts,
    status: filter.status ?? null,
    paged: Boolean(filter.before),
    smtp: Boolean(env().SMTP_URL),
    linksShown: outboxShowsTokenLinks(),
  };
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, retrySchema, async ({ messageId }) => {
    await retryMessage(werkplaats.id, messageId);
    return successReply({ key: "outbox.retried" });
  });
}

const tone: Record<OutboxStatus, "warn" | "good" | "bad"> = { pending: "warn", sent: "good", failed: "bad" };

export default function Outbox() {
  const t = useT();
  const locale = useLocale();
  const { messages, hasMore, counts, status, paged, smtp, linksShown } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  const filters: (OutboxStatus | null)[] = [null, "pending", "sent", "failed"];
  const last = messages[messages.length - 1];
  const olderParams = new URLSearchParams(params);
  if (last) olderParams.set("before", new Date(last.createdAt).toISOString());

  return (
    <div>
      <PageHeader title={t("outbox.title")} intro={t("outbox.intro")} />
      <div className="mb-5 space-y-3">
        <Notice tone={smtp ? "success" : "info"}>{smtp ? t("outbox.smtpOn") : t("outbox.smtpOff")}</Notice>
        <Notice tone={linksShown ? "warning" : "info"}>{t(linksShown ? "outbox.linksShown" : "outbox.linksRedacted")}</Notice>
      </div>
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} />
      <nav aria-label={t("outbox.filter")} className="mb-4 flex flex-wrap gap-2">
        {filters.map((f) => {
          const active = f === status;
          const count = f ? counts[f] : counts.pending + counts.sent + counts.failed;
          return (
            <Link
              key={f ?? "all"}
              to={f ? `?status=${f}` : "?"}
              aria-current={active ? "page" : undefined}
              className={`rounded-full border px-3 py-1 text-sm font-semibold no-underline ${active ? "border-accent bg-accent text-accent-ink" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`}
            >
              {f ? t(`outbox.status.${f}`) : t("outbox.filter.all")} ({count})
            </Link>
          );
        })}
      </nav>
      {messages.length === 0 ? (
        <div className="card text-slate-700">{t("outbox.empty")}</div>
      ) : (
        <ul className="space-y-3">
          {messages.map((m) => (
            <li key={m.id} className="card">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <p className="font-semibold">{m.subject}</p>
                  <p className="text-sm text-slate-600">
                    {t("outbox.col.to")}: {m.toAddress} · {formatDateTime(m.createdAt, locale)}
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  <StatusBadge tone={tone[m.status as OutboxStatus]}>{t(`outbox.status.${m.status}`)}</StatusBadge>
                  {m.attempts > 0 ? <span className="text-xs text-slate-600">{t("outbox.attempts", { count: m.attempts })}</span> : null}
                </div>
              </div>
              {m.attachments.length > 0 ? (
                <p className="mt-1 text-sm break-words text-slate-700">{t("outbox.attachments", { files: m.attachments.join(", ") })}</p>
              ) : null}
              {m.lastError ? <p className="mt-2 text-sm text-red-800">{t("outbox.lastError", { error: m.lastError })}</p> : null}
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-semibold text-slate-700">{t("outbox.show")}</summary>
                <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-3 text-sm whitespace-pre-wrap break-words text-slate-900">
                  <Linkified text={m.bodyText} />
                </pre>
              </details>
              {m.status === "failed" ? (
                <Form method="post" className="mt-3">
                  <input type="hidden" name="messageId" value={m.id} />
                  <Button type="submit" variant="secondary" small>
                    {t("outbox.retry")}
                  </Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-4 flex gap-3">
        {paged ? (
          <Link to={status ? `?status=${status}` : "?"} className="btn-secondary">
            {t("outbox.newer")}
          </Link>
        ) : null}
        {hasMore ? (
          <Link to={`?${olderParams.toString()}`} className="btn-secondary">
            {t("outbox.older")}
          </Link>
        ) : null}
      </div>
    </div>
  );
}

/** Makes the links in a plain-text email clickable (reset and invite links in the demo). */
function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

export const ErrorBoundary = ErrorPage;
