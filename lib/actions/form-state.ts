import type { ActionErrorCode, ActionResult, FieldErrors } from "@/lib/actions/types";

/**
 * What a form's server action hands back to `useActionState`: the submitted values travel back
 * with every error, so the user's input stays in the form (also without JavaScript, where the page
 * re-renders from this state).
 */
export type FormValues = Record<string, string>;

export type FormState<D = null> =
  | { status: "idle" }
  | { status: "success"; data: D; values: FormValues }
  | {
      status: "error";
      code: ActionErrorCode;
      fieldErrors: FieldErrors;
      values: FormValues;
      /** CONFLICT: what the record holds now (from lib), for "keep mine" / "take theirs". */
      details?: Record<string, unknown>;
    };

export const idleFormState: { status: "idle" } = { status: "idle" };

/**
 * The form's fields as strings, Next's internal $ACTION fields left out. A repeated field
 * (checkboxes) becomes one comma-separated string; files are not echoed.
 */
export function formValues(formData: unknown): FormValues {
  const values: FormValues = {};
  // Anything posted directly that is not a form (a JSON body, nothing) has no values to echo; the
  // action's own schema refuses it as VALIDATION.
  if (!(formData instanceof FormData)) return values;
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    values[key] = formData
      .getAll(key)
      .filter((value): value is string => typeof value === "string")
      .join(",");
  }
  return values;
}

/** An ActionResult as form state, carrying the submitted values either way. */
export function toFormState<D>(result: ActionResult<D>, values: FormValues): FormState<D> {
  if (result.ok) return { status: "success", data: result.data, values };
  const state = { status: "error" as const, code: result.code, fieldErrors: result.fieldErrors ?? {}, values };
  return result.details === undefined ? state : { ...state, details: result.details };
}

/** FormData as the schemas read it: a repeated field (checkboxes) becomes an array. */
export function formFields(formData: unknown): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  if (!(formData instanceof FormData)) return fields;
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((value): value is string => typeof value === "string");
    // A file input has no string value: left out here (the server checks files).
    if (values.length === 0) continue;
    fields[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return fields;
}
