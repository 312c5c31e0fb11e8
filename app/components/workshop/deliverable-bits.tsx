import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { SelectField, TextAreaField, TextField, useClearedOnSuccess } from "~/components/form";
import { Button } from "~/components/ui/button";
import { StatusBadge } from "~/components/ui/status-badge";
import { useLocale, useT } from "~/modules/i18n";
import {
  deliverableExtensions,
  deliverableKinds,
  MAX_DELIVERABLE_BYTES,
  type DeliverableKind,
  type DeliverableReview,
} from "~/modules/workshop";
import { formatDate } from "~/utils/dates";
import type { FormReply } from "~/utils/forms";

type Reply = FormReply | null | undefined;

export type VersionView = {
  versionId: string;
  version: number;
  fileName: string | null;
  sizeBytes: number | null;
  url: string | null;
  review: DeliverableReview;
  reviewNote: string;
  uploadedBy: string | null;
  createdAt: string | Date;
};
export type DeliverableView = { id: string; title: string; kind: DeliverableKind; versions: VersionView[] };

const tones = { submitted: "warn", accepted: "good", returned: "bad" } as const;

function sizeOf(bytes: number, locale: "nl" | "en") {
  const kb = bytes / 1024;
  const number = new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 1 });
  return kb < 1024 ? `${number.format(kb)} kB` : `${number.format(kb / 1024)} MB`;
}

/** A version's content: a download of the file (always as an attachment) or the link, opened without our referrer. */
export function VersionContent({
  version,
  fileHref,
}: {
  version: Pick<VersionView, "versionId" | "fileName" | "sizeBytes" | "url">;
  fileHref: (versionId: string) => string;
}) {
  const t = useT();
  const locale = useLocale();
  if (version.url) {
    return (
      <a href={version.url} rel="noopener noreferrer nofollow" target="_blank" className="break-all">
        {t("workshop.deliverables.openLink")}: {version.url}
      </a>
    );
  }
  return (
    <a href={fileHref(version.versionId)} className="break-all" download>
      {version.fileName} · {t("workshop.deliverables.download", { size: sizeOf(version.sizeBytes ?? 0, locale) })}
    </a>
  );
}

/** The deliverables with every version, newest first; `versionExtra` adds staff's review form, `deliverableExtra` the team's next-version form. */
export function DeliverableList({
  deliverables,
  fileHref,
  versionExtra,
  deliverableExtra,
  children,
}: {
  deliverables: DeliverableView[];
  fileHref: (versionId: string) => string;
  versionExtra?: (v: VersionView) => ReactNode;
  deliverableExtra?: (d: DeliverableView) => ReactNode;
  children?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card space-y-4" aria-labelledby="deliverables-title">
      <h2 id="deliverables-title" className="text-xl font-bold">
        {t("workshop.deliverables.title")}
      </h2>
      <p className="text-slate-700">{t("workshop.deliverables.intro")}</p>
      {deliverables.length === 0 ? <p className="text-slate-700">{t("workshop.deliverables.none")}</p> : null}
      {deliverables.map((d) => (
        <article key={d.id} className="space-y-2 border-t border-slate-200 pt-3" aria-label={d.title}>
          <h3 className="font-semibold break-words">
            {d.title} <span className="font-normal text-slate-700">· {t(`workshop.deliverables.kind.${d.kind}`)}</span>
          </h3>
          <ol className="space-y-3">
            {d.versions.map((v) => (
              <li key={v.versionId} className="space-y-1 break-words">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{t("workshop.deliverables.version", { version: v.version })}</span>
                  <StatusBadge tone={tones[v.review]}>{t(`workshop.deliverables.review.${v.review}`)}</StatusBadge>
                  <span className="text-sm text-slate-700">
                    {formatDate(v.createdAt, locale)}
                    {v.uploadedBy ? ` · ${t("workshop.deliverables.by", { name: v.uploadedBy })}` : ""}
                  </span>
                </div>
                <VersionContent version={v} fileHref={fileHref} />
                {v.reviewNote ? (
                  <p className="text-sm">
                    <span className="font-semibold">{t("workshop.deliverables.note")}:</span> {v.reviewNote}
                  </p>
                ) : null}
                {versionExtra?.(v)}
              </li>
            ))}
          </ol>
          {deliverableExtra?.(d)}
        </article>
      ))}
      {children}
    </section>
  );
}

/** A file or a link: the two ways to hand in a version (of a deliverable, or of a challenge's outcome). */
export function ContentFields({ reply, scope }: { reply: Reply; scope?: string }) {
  const t = useT();
  return (
    <>
      <TextField
        name="file"
        type="file"
        label={t("workshop.deliverables.file")}
        hint={t("workshop.deliverables.fileHint", {
          mb: MAX_DELIVERABLE_BYTES / 1024 / 1024,
          types: deliverableExtensions.join(", "),
        })}
        accept={deliverableExtensions.map((e) => `.${e}`).join(",")}
        optional
        reply={reply}
        scope={scope}
      />
      <TextField
        name="url"
        type="url"
        label={t("workshop.deliverables.url")}
        hint={t("workshop.deliverables.urlHint")}
        optional
        reply={reply}
        scope={scope}
      />
    </>
  );
}

/** The team records a new deliverable with its first version. */
export function NewDeliverableForm({ reply }: { reply: Reply }) {
  const t = useT();
  const clear = useClearedOnSuccess(reply);
  return (
    <Form
      ref={clear.ref}
      onSubmit={clear.onSubmit}
      method="post"
      encType="multipart/form-data"
      className="space-y-4 border-t border-slate-200 pt-4"
      noValidate
    >
      <h3 className="font-semibold">{t("workshop.deliverables.addTitle")}</h3>
      <input type="hidden" name="intent" value="deliverable" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="title" label={t("workshop.deliverables.name")} reply={reply} />
        <SelectField
          name="kind"
          label={t("workshop.deliverables.kind")}
          options={deliverableKinds.map((k) => ({ value: k, label: t(`workshop.deliverables.kind.${k}`) }))}
          reply={reply}
        />
        <ContentFields reply={reply} />
      </div>
      <Button type="submit">{t("workshop.deliverables.add")}</Button>
    </Form>
  );
}

/** The team hands in a next version of one deliverable. */
export function NewVersionForm({ deliverableId, reply }: { deliverableId: string; reply: Reply }) {
  const t = useT();
  const clear = useClearedOnSuccess(reply);
  const mine = isFor(reply, "deliverableId", deliverableId) ? reply : undefined;
  return (
    <details className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer font-semibold">{t("workshop.deliverables.versionTitle")}</summary>
      <Form ref={clear.ref} onSubmit={clear.onSubmit} method="post" encType="multipart/form-data" className="mt-3 space-y-4" noValidate>
        <input type="hidden" name="intent" value="version" />
        <input type="hidden" name="deliverableId" value={deliverableId} />
        <div className="grid gap-4 sm:grid-cols-2">
          <ContentFields reply={mine} scope={`v-${deliverableId}`} />
        </div>
        <Button type="submit" variant="secondary">
          {t("workshop.deliverables.addVersion")}
        </Button>
      </Form>
    </details>
  );
}

/** Staff accept a waiting version or return it with a note. */
export function ReviewForm({ versionId, reply }: { versionId: string; reply: Reply }) {
  const t = useT();
  const mine = isFor(reply, "versionId", versionId) ? reply : undefined;
  return (
    <Form method="post" className="space-y-2" noValidate>
      <input type="hidden" name="intent" value="review" />
      <input type="hidden" name="versionId" value={versionId} />
      <TextAreaField
        name="note"
        label={t("workshop.deliverables.reviewNote")}
        hint={t("workshop.deliverables.reviewNoteHint")}
        rows={2}
        optional
        reply={mine}
        scope={`r-${versionId}`}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="verdict" value="accepted">
          {t("workshop.deliverables.accept")}
        </Button>
        <Button type="submit" name="verdict" value="returned" variant="secondary">
          {t("workshop.deliverables.return")}
        </Button>
      </div>
    </Form>
  );
}

/** Whether an error reply belongs to the form for this record (pages repeat the form per deliverable or version). */
function isFor(reply: Reply, field: string, value: string) {
  return reply?.status === "error" && reply.values[field] === value;
}
