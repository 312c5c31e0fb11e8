import { useEffect, useRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";
import { useT } from "~/modules/i18n/use-t";
import type { Message } from "~/utils/errors";
import { isErrorReply, type FormReply } from "~/utils/forms";

type Reply = FormReply | undefined | null;

function fieldErrors(reply: Reply, name: string): Message[] {
  return isErrorReply(reply) ? (reply.fieldErrors[name] ?? []) : [];
}

function keptValue(reply: Reply, name: string, fallback?: string) {
  return isErrorReply(reply) && name in reply.values ? reply.values[name] : fallback;
}

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
  const fields = Object.entries(error.fieldErrors).filter(([, m]) => m.length > 0);
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-5 rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-950">
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
  if (!reply || reply.status !== "success" || !reply.message) return null;
  return (
    <div role="status" className="mb-5 rounded-md border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-950">
      {t(reply.message.key, reply.message.vars)}
    </div>
  );
}

function FieldShell({
  id,
  label,
  hint,
  errors,
  optional,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors: Message[];
  optional?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
        {optional ? <span className="font-normal text-slate-600"> ({t("common.optional")})</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors.map((m, i) => (
        <p key={i} id={i === 0 ? `${id}-error` : undefined} className="text-sm font-semibold text-red-800">
          {t(m.key, m.vars)}
        </p>
      ))}
      {children}
    </div>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  reply?: Reply;
  hint?: ReactNode;
  optional?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

export function TextField({ name, label, reply, hint, optional, defaultValue, type = "text", ...rest }: TextFieldProps) {
  const id = `field-${name}`;
  const errors = fieldErrors(reply, name);
  const describedBy = [errors.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  const kept = type === "password" ? undefined : keptValue(reply, name, defaultValue as string | undefined);
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} optional={optional}>
      <input
        id={id}
        name={name}
        type={type}
        className="input"
        defaultValue={kept}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy || undefined}
        {...rest}
      />
    </FieldShell>
  );
}

type SelectFieldProps = {
  name: string;
  label: string;
  reply?: Reply;
  hint?: ReactNode;
  optional?: boolean;
  options: { value: string; label: string }[];
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name">;

export function SelectField({ name, label, reply, hint, optional, options, defaultValue, ...rest }: SelectFieldProps) {
  const id = `field-${name}`;
  const errors = fieldErrors(reply, name);
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} optional={optional}>
      <select
        id={id}
        name={name}
        className="input"
        defaultValue={keptValue(reply, name, defaultValue as string | undefined)}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({
  name,
  label,
  reply,
  defaultChecked,
}: {
  name: string;
  label: ReactNode;
  reply?: Reply;
  defaultChecked?: boolean;
}) {
  const t = useT();
  const id = `field-${name}`;
  const errors = fieldErrors(reply, name);
  const checked = isErrorReply(reply) ? reply.values[name] === "on" : defaultChecked;
  return (
    <div className="space-y-1">
      {errors.map((m, i) => (
        <p key={i} id={`${id}-error`} className="text-sm font-semibold text-red-800">
          {t(m.key, m.vars)}
        </p>
      ))}
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={checked}
          className="mt-1 h-5 w-5 rounded border-slate-500 accent-[var(--color-accent)]"
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={errors.length ? `${id}-error` : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

