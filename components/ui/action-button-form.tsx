"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleFormState, type FormState } from "@/lib/actions/form-state";

/**
 * One button that runs one server action with the record's ids in hidden fields (close a round,
 * reopen, publish …), with its outcome in a live region. `errorText` words the codes the action
 * may refuse with in this place; other codes fall back to the generic texts.
 */
export function ActionButtonForm<D>({
  action,
  fields,
  label,
  pendingLabel,
  successText,
  errorText,
  variant = "primary",
  testId,
  confirm,
  children,
}: {
  action: (previous: FormState<D>, formData: FormData) => Promise<FormState<D>>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  successText?: string;
  errorText?: Partial<Record<string, string>>;
  variant?: "primary" | "danger" | "secondary";
  testId?: string;
  /** An irreversible step: the button asks in a dialog first, naming the consequence. */
  confirm?: { title: string; body: ReactNode; confirmLabel: string; cancelLabel: string };
  /** More fields of the form (e.g. a confirmation checkbox), above the button. */
  children?: ReactNode;
}) {
  const tErrors = useTranslations("errors");
  const [state, formAction] = useActionState<FormState<D>, FormData>(action, idleFormState);
  return (
    <form action={formAction} className="space-y-2" data-testid={testId}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage tone={state.status === "error" ? "error" : "success"}>
        {state.status === "error" && <p>{errorText?.[state.code] ?? tErrors(state.code)}</p>}
        {state.status === "success" && successText !== undefined && <p>{successText}</p>}
      </FormMessage>
      {children}
      {confirm === undefined ? (
        <SubmitButton variant={variant} pendingLabel={pendingLabel}>
          {label}
        </SubmitButton>
      ) : (
        <ConfirmSubmit label={label} title={confirm.title} confirmLabel={confirm.confirmLabel} cancelLabel={confirm.cancelLabel} pendingLabel={pendingLabel} variant={variant}>
          {confirm.body}
        </ConfirmSubmit>
      )}
    </form>
  );
}
