import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { useLocale, useT } from "~/modules/i18n";
import { formatDay } from "~/utils/calendar";
import { plural } from "~/modules/plans";
import type { Message } from "~/utils/errors";

export type CancelPreview = {
  endDate: string;
  requested: string;
  termEnds: string;
  noticeEnds: string;
  decidedBy: "requested" | "term" | "notice";
  minimumTermMonths: number;
  noticePeriodMonths: number;
};

/**
 * Cancelling in two steps without JavaScript: a GET form asks which end date follows from the
 * requested date (shown with the rule and the three dates), then a POST confirms that date.
 * With `memberName` it is the manager's panel: it speaks about that member and stays folded
 * (like the other actions there) until the manager asks for an end date.
 */
export function CancelPanel({
  today,
  requested,
  preview,
  problem,
  busy,
  memberName,
}: {
  today: string;
  requested?: string;
  preview: CancelPreview | null;
  problem: Message | null;
  busy: boolean;
  memberName?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const day = (d: string) => formatDay(d, locale);
  const reasons = preview
    ? ([
        ["requested", t("cancel.reason.requested", { date: day(preview.requested) })],
        [
          "term",
          t(plural("cancel.reason.term", preview.minimumTermMonths), { date: day(preview.termEnds), months: preview.minimumTermMonths }),
        ],
        [
          "notice",
          t(plural("cancel.reason.notice", preview.noticePeriodMonths), {
            date: day(preview.noticeEnds),
            months: preview.noticePeriodMonths,
          }),
        ],
      ] as const)
    : [];
  const body = (
    <>
      <p className="mt-1 text-slate-700">{memberName ? t("cancel.introFor", { name: memberName }) : t("cancel.intro")}</p>
      <Form method="get" className="mt-4 flex flex-wrap items-end gap-3" preventScrollReset>
        <div>
          <label htmlFor="cancelDate" className="mb-1 block font-semibold">
            {t("cancel.requested")}
          </label>
          {problem ? (
            <p id="cancelDate-error" className="text-sm font-semibold text-red-800">
              {t(problem.key, problem.vars)}
            </p>
          ) : null}
          <input
            id="cancelDate"
            name="cancelDate"
            type="date"
            min={today}
            defaultValue={requested ?? today}
            className="input"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "cancelDate-error" : undefined}
          />
        </div>
        <Button type="submit" variant="secondary">
          {t("cancel.preview")}
        </Button>
      </Form>
      {preview ? (
        <div className="mt-5 space-y-4">
          <Notice tone="warning" title={t("cancel.outcome", { date: day(preview.endDate) })}>
            <p>{t("cancel.rule")}</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {reasons.map(([key, text]) => (
                <li key={key} className={preview.decidedBy === key ? "font-semibold" : undefined}>
                  {text}
                  {preview.decidedBy === key ? ` — ${t("cancel.decisive")}` : ""}
                </li>
              ))}
            </ul>
          </Notice>
          <Form method="post">
            <input type="hidden" name="requestedEnd" value={preview.requested} />
            <Button type="submit" name="intent" value="cancel" variant="danger" disabled={busy}>
              {t("cancel.confirm", { date: day(preview.endDate) })}
            </Button>
          </Form>
        </div>
      ) : null}
    </>
  );
  if (memberName) {
    return (
      <details className="card group" open={preview || problem ? true : undefined}>
        <summary className="cursor-pointer text-lg font-bold marker:text-slate-500">{t("cancel.title")}</summary>
        <div className="mt-4">{body}</div>
      </details>
    );
  }
  return (
    <section className="card" aria-labelledby="cancel-title">
      <h2 id="cancel-title" className="text-xl font-bold">
        {t("cancel.title")}
      </h2>
      {body}
    </section>
  );
}
