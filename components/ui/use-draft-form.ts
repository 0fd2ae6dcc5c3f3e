"use client";

import { useActionState, useEffect, useRef } from "react";
import type { z } from "zod";
import { useClientValidation } from "@/components/strategies/use-client-validation";
import { useFieldErrors } from "@/components/strategies/use-field-errors";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { usePersistedDraft } from "@/components/ui/use-persisted-draft";
import { idleFormState, type FormState } from "@/lib/actions/form-state";

type Action<D> = (previous: FormState<D>, formData: FormData) => Promise<FormState<D>>;

/**
 * The plumbing every decision form shares: the server action's state, the typed text kept in the
 * browser until the server has it (cleared on success), the same zod check before sending, field
 * errors worded beside their fields, and focus on the first refused field. `field(name)` gives a
 * controlled text input its props.
 */
export function useDraftForm<D>(draftKey: string, initial: Record<string, string>, action: Action<D>, schema: z.ZodType) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState<FormState<D>, FormData>(action, idleFormState);
  const draft = usePersistedDraft(draftKey, { ...initial, ...(state.status === "error" ? state.values : {}) });
  const { clientErrors, onSubmit } = useClientValidation(schema);
  const errorOf = useFieldErrors(clientErrors ?? (state.status === "error" ? state.fieldErrors : undefined));
  useFocusFirstError(formRef, clientErrors ?? state);
  const clear = draft.clear;
  useEffect(() => {
    if (state.status === "success") clear();
  }, [state, clear]);
  const field = (name: string) => ({
    name,
    value: draft.values[name] ?? "",
    onChange: (event: { target: { value: string } }) => draft.setField(name, event.target.value),
    error: errorOf(name),
  });
  return { formRef, state, formAction, draft, errorOf, field, onSubmit };
}
