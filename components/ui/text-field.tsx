import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

/**
 * A labelled form field with its hint and error beside it (STYLE.md §6). The error is passed in
 * already worded; `aria-invalid` and `aria-describedby` tie both to the control for screen readers.
 * No state of its own: usable from server and client components.
 */
type FieldFrameProps = { id: string; label: ReactNode; hint?: ReactNode; error?: string | null; children: ReactNode };

export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="font-semibold text-red-800">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

/** aria-describedby for a control: its hint and its error, when present. */
export function describedBy(id: string, hasHint: boolean, error: string | null | undefined): string | undefined {
  const ids = [hasHint ? `${id}-hint` : null, error ? `${id}-error` : null].filter((v): v is string => v !== null);
  return ids.length === 0 ? undefined : ids.join(" ");
}

export const controlClass =
  "block w-full rounded border-2 border-slate-600 px-3 py-2 aria-invalid:border-red-700 disabled:bg-slate-100";

type TextFieldProps = Omit<FieldFrameProps, "children"> & Omit<InputHTMLAttributes<HTMLInputElement>, "id">;

export function TextField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint !== undefined, error)}
        className={`${controlClass} ${className ?? ""}`}
        {...input}
      />
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<FieldFrameProps, "children"> & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">;

export function TextAreaField({ id, label, hint, error, className, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint !== undefined, error)}
        className={`${controlClass} ${className ?? ""}`}
        {...textarea}
      />
    </FieldFrame>
  );
}

type SelectFieldProps = Omit<FieldFrameProps, "children"> &
  Omit<InputHTMLAttributes<HTMLSelectElement>, "id"> & { options: readonly { value: string; label: string }[] };

export function SelectField({ id, label, hint, error, options, className, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint !== undefined, error)}
        className={`${controlClass} ${className ?? ""}`}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
