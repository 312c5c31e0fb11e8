import { useEffect, useRef } from "react";
import { useT } from "~/modules/i18n";
import { isErrorReply, type FormReply } from "~/utils/forms";

type Reply = FormReply | undefined | null;

/**
 * The summary at the top of a form after a failed submit: form-level messages and a link to
 * each field with a problem. It takes focus so screen-reader users hear it.
 */
export function ErrorSummary({ reply, labels = {} }: { reply: Reply; labels?: Record<string, string> }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const error = isErrorReply(reply) ? reply : undefined;
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  // A refusal that heads the summary is not listed again under it.
  const headed = new Set(error.formErrors.map((m) => m.key));
  const fields = Object.entries(error.fieldErrors).filter(([, m]) => m.length > 0 && !headed.has(m[0]!.key));
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-5 rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-950"
    >
      <p id="error-summary-title" className="font-semibold">
        {error.formErrors.length > 0 ? t(error.formErrors[0]!.key, error.formErrors[0]!.vars) : t("form.errorSummary")}
      </p>
      {error.formErrors.slice(1).map((m, i) => (
        <p key={i}>{t(m.key, m.vars)}</p>
      ))}
      {fields.length > 0 ? (
        <ul className="mt-2 list-disc pl-5">
          {fields.map(([name, messages]) => (
            <li key={name}>
              <a href={`#field-${name}`} className="text-red-900 underline">
                {labels[name] ? `${labels[name]}: ` : ""}
                {t(messages[0]!.key, messages[0]!.vars)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A success message after a submit, if the action sent one. */
export function SuccessNotice({ reply }: { reply: Reply }) {
  const t = useT();
  if (reply?.status !== "success" || !reply.message) return null;
  return (
    <div role="status" className="mb-5 rounded-md border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-950">
      {t(reply.message.key, reply.message.vars)}
    </div>
  );
}
