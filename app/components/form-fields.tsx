import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useT } from "~/modules/i18n/use-t";
import { isErrorReply, type FormReply } from "~/utils/forms";

/**
 * More fields in the one form pattern of form.tsx (same look, errors and kept values): a text
 * area and a group of radio buttons with a legend.
 */
type Reply = FormReply | undefined | null;

function errorsOf(reply: Reply, name: string) {
  return isErrorReply(reply) ? (reply.fieldErrors[name] ?? []) : [];
}

function kept(reply: Reply, name: string, fallback?: string) {
  return isErrorReply(reply) && name in reply.values ? reply.values[name] : fallback;
}

function Errors({ id, reply, name }: { id: string; reply: Reply; name: string }) {
  const t = useT();
  return (
    <>
      {errorsOf(reply, name).map((m, i) => (
        <p key={i} id={i === 0 ? `${id}-error` : undefined} className="text-sm font-semibold text-red-800">
          {t(m.key, m.vars)}
        </p>
      ))}
    </>
  );
}

export function TextAreaField({
  name,
  label,
  reply,
  hint,
  optional,
  defaultValue,
  ...rest
}: { name: string; label: string; reply?: Reply; hint?: ReactNode; optional?: boolean } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const t = useT();
  const id = `field-${name}`;
  const invalid = errorsOf(reply, name).length > 0;
  const describedBy = [invalid ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
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
      <Errors id={id} reply={reply} name={name} />
      <textarea
        id={id}
        name={name}
        rows={4}
        className="input"
        defaultValue={kept(reply, name, defaultValue as string | undefined)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        {...rest}
      />
    </div>
  );
}

export function RadioGroupField({
  name,
  legend,
  reply,
  options,
  defaultValue,
}: {
  name: string;
  legend: string;
  reply?: Reply;
  options: { value: string; label: ReactNode; hint?: ReactNode; disabled?: boolean }[];
  defaultValue?: string;
}) {
  const id = `field-${name}`;
  const invalid = errorsOf(reply, name).length > 0;
  const chosen = kept(reply, name, defaultValue);
  return (
    <fieldset id={id} className="space-y-2" aria-describedby={invalid ? `${id}-error` : undefined} tabIndex={-1}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      <Errors id={id} reply={reply} name={name} />
      {options.map((o) => (
        <div key={o.value} className="flex items-start gap-3">
          <input
            type="radio"
            id={`${id}-${o.value}`}
            name={name}
            value={o.value}
            defaultChecked={chosen === o.value}
            disabled={o.disabled}
            className="mt-1 h-5 w-5 accent-[var(--color-accent)]"
            aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
          />
          <div>
            <label htmlFor={`${id}-${o.value}`} className={o.disabled ? "text-slate-500" : undefined}>
              {o.label}
            </label>
            {o.hint ? (
              <p id={`${id}-${o.value}-hint`} className="text-sm text-slate-600">
                {o.hint}
              </p>
            ) : null}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * TextField for pages with the same form several times (one per area, per desk): `scope` makes
 * the element ids unique so every label points at its own input.
 */
export function ScopedTextField({
  scope,
  name,
  label,
  reply,
  hint,
  optional,
  defaultValue,
  type = "text",
  ...rest
}: { scope: string; name: string; label: string; reply?: Reply; hint?: ReactNode; optional?: boolean } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  const t = useT();
  const id = `${scope}-${name}`;
  const invalid = errorsOf(reply, name).length > 0;
  const describedBy = [invalid ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
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
      <Errors id={id} reply={reply} name={name} />
      <input
        id={id}
        name={name}
        type={type}
        className="input"
        defaultValue={kept(reply, name, defaultValue as string | undefined)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        {...rest}
      />
    </div>
  );
}

/** SelectField with unique ids, like ScopedTextField. */
export function ScopedSelectField({
  scope,
  name,
  label,
  reply,
  hint,
  options,
  defaultValue,
  ...rest
}: { scope: string; name: string; label: string; reply?: Reply; hint?: ReactNode; options: { value: string; label: string }[] } & Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  "name" | "id"
>) {
  const id = `${scope}-${name}`;
  const invalid = errorsOf(reply, name).length > 0;
  const describedBy = [invalid ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <Errors id={id} reply={reply} name={name} />
      <select
        id={id}
        name={name}
        className="input"
        defaultValue={kept(reply, name, defaultValue as string | undefined)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
