"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { commandError, idleCommandState, type CommandAction, type CommandLikeState } from "@/components/editor/command-state";
import { dangerButtonClass, errorBoxClass, secondaryButtonClass } from "@/components/editor/form-styles";

/**
 * Delete with a confirmation step: the first button only asks; the question names what goes and
 * holds the real delete button. Focus moves to the question and back to the first button on cancel.
 */
export function ConfirmDelete({
  action,
  fields,
  label,
  accessibleLabel,
  question,
  confirmLabel,
  cancelLabel,
  redirectTo,
  fieldErrorMessages = {},
}: {
  action: CommandAction;
  fields: Record<string, string>;
  label: string;
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Where to go once deleted (the page of the deleted record is gone); stays otherwise. */
  redirectTo?: string;
  /** Words for the codes of a domain refusal (e.g. notEmpty); the general message for the rest. */
  fieldErrorMessages?: Record<string, string>;
}) {
  const t = useTranslations("editor");
  const [isAsking, setIsAsking] = useState(false);
  const router = useRouter();
  const [state, dispatch, isPending] = useActionState<CommandLikeState, FormData>(async (previous, formData) => {
    const next = await action(previous, formData);
    if (next.status === "success" && redirectTo !== undefined) router.push(redirectTo);
    return next;
  }, idleCommandState);
  const [, startTransition] = useTransition();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const questionId = useId();

  useEffect(() => {
    if (isAsking) questionRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);

  const error = commandError(state);
  const fieldCode = state.status === "error" ? Object.values(state.fieldErrors ?? {}).flat()[0] : undefined;
  const message =
    error === null ? null : (fieldCode !== undefined ? fieldErrorMessages[fieldCode] : undefined) ?? t(`errors.${error}`);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  return (
    <div className="space-y-2">
      {!isAsking ? (
        <button ref={openerRef} type="button" aria-label={accessibleLabel} className={dangerButtonClass} onClick={() => setIsAsking(true)}>
          {label}
        </button>
      ) : (
        <form onSubmit={onSubmit} aria-describedby={questionId} className="space-y-2 rounded border-2 border-red-800 p-3">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <p id={questionId} ref={questionRef} tabIndex={-1} className="font-semibold">
            {question}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" aria-disabled={isPending ? true : undefined} className={dangerButtonClass}>
              {confirmLabel}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setIsAsking(false)}>
              {cancelLabel}
            </button>
          </div>
        </form>
      )}
      <div aria-live="polite">{message !== null && <p className={errorBoxClass}>{message}</p>}</div>
    </div>
  );
}
