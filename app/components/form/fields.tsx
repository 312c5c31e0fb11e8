import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useT } from "~/modules/i18n";
import type { Message } from "~/utils/errors";
import { isErrorReply, type FormReply } from "~/utils/forms";

type Reply = FormReply | undefined | null;

/**
 * Fields of the one form pattern: label, hint, the errors from the action's reply beside the
 * field, aria-invalid/aria-describedby, and the value the user typed kept after an error.
 * `scope` makes element ids unique on pages that repeat a form (one per area, per desk).
 */
function fieldId(name: string, scope?: string) {
  return scope ? `${scope}-${name}` : `field-${name}`;
}

function fieldErrors(reply: Reply, name: string): Message[] {
  return isErrorReply(reply) ? (reply.fieldErrors[name] ?? []) : [];
}

function keptValue(reply: Reply, name: string, fallback?: string) {
  return isErrorReply(reply) && name in reply.values ? reply.values[name] : fallback;
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

type BaseProps = {
  name: string;
  label: string;
  reply?: Reply;
  hint?: ReactNode;
  optional?: boolean;
  scope?: string;
};

type TextFieldProps = BaseProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

export function TextField({ name, label, reply, hint, optional, scope, defaultValue, type = "text", ...rest }: TextFieldProps) {
  const id = fieldId(name, scope);
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

type SelectFieldProps = BaseProps & {
  options: { value: string; label: string }[];
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">;

export function SelectField({ name, label, reply, hint, optional, scope, options, defaultValue, ...rest }: SelectFieldProps) {
  const id = fieldId(name, scope);
  const errors = fieldErrors(reply, name);
  const describedBy = [errors.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} optional={optional}>
      <select
        id={id}
        name={name}
        className="input"
        defaultValue={keptValue(reply, name, defaultValue as string | undefined)}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy || undefined}
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

export function TextAreaField({
  name,
  label,
  reply,
  hint,
  optional,
  scope,
  defaultValue,
  ...rest
}: BaseProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  const id = fieldId(name, scope);
  const errors = fieldErrors(reply, name);
  const describedBy = [errors.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} optional={optional}>
      <textarea
        id={id}
        name={name}
        rows={4}
        className="input"
        defaultValue={keptValue(reply, name, defaultValue as string | undefined)}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy || undefined}
        {...rest}
      />
    </FieldShell>
  );
}

/** Checkboxes sharing a name under a legend: a set of values (themes, audiences). */
export function CheckboxGroupField({
  name,
  legend,
  options,
  selected,
  reply,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  selected: string[];
  reply?: Reply;
}) {
  const t = useT();
  const id = fieldId(name);
  const errors = fieldErrors(reply, name);
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={errors.length ? `${id}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {errors[0] ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          {t(errors[0].key, errors[0].vars)}
        </p>
      ) : null}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} className="h-4 w-4" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Radio buttons under a legend; each option may carry a hint. */
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
  const t = useT();
  const id = fieldId(name);
  const errors = fieldErrors(reply, name);
  const chosen = keptValue(reply, name, defaultValue);
  return (
    <fieldset id={id} className="space-y-2" aria-describedby={errors.length ? `${id}-error` : undefined} tabIndex={-1}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      {errors.map((m, i) => (
        <p key={i} id={i === 0 ? `${id}-error` : undefined} className="text-sm font-semibold text-red-800">
          {t(m.key, m.vars)}
        </p>
      ))}
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

type FileFieldProps = Omit<BaseProps, "reply"> & { error?: Message | null } & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    "name" | "id" | "type"
  >;

/** A file to upload. Its error is passed in: an upload posts to a route of its own, which redirects back with it. */
export function FileField({ name, label, hint, optional, scope, error, ...rest }: FileFieldProps) {
  const id = fieldId(name, scope);
  const errors = error ? [error] : [];
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} optional={optional}>
      <input
        id={id}
        name={name}
        type="file"
        className="block max-w-full text-sm"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...rest}
      />
    </FieldShell>
  );
}
