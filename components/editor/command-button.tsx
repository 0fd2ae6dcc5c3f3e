"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useTransition, type FormEvent } from "react";
import { commandError, idleCommandState, type CommandAction, type CommandLikeState } from "@/components/editor/command-state";
import { secondaryButtonClass } from "@/components/editor/form-styles";

/**
 * One button that runs one editor command (move up, move down …) with the record's id in hidden
 * fields. The outcome is announced in a polite live region beside it. A button at the end of its
 * list stays focusable (the keyboard position is kept) but is marked aria-disabled and does nothing.
 */
export function CommandButton({
  action,
  fields,
  label,
  accessibleLabel,
  isInert = false,
  successMessage,
}: {
  action: CommandAction;
  fields: Record<string, string>;
  label: string;
  accessibleLabel?: string;
  isInert?: boolean;
  successMessage?: string;
}) {
  const t = useTranslations("editor");
  const [state, dispatch, isPending] = useActionState<CommandLikeState, FormData>(action, idleCommandState);
  const [, startTransition] = useTransition();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const error = commandError(state);

  // The list re-renders in its new order after a move; if the moved control lost focus on the
  // way, give it back so the keyboard user can keep moving the same row.
  useEffect(() => {
    if (state.status === "idle") return;
    const button = buttonRef.current;
    if (button !== null && (document.activeElement === null || document.activeElement === document.body)) button.focus();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isInert || isPending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  return (
    <form onSubmit={onSubmit} className="inline-flex items-center gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        ref={buttonRef}
        type="submit"
        aria-label={accessibleLabel}
        aria-disabled={isInert || isPending ? true : undefined}
        className={secondaryButtonClass}
      >
        {label}
      </button>
      <span aria-live="polite" className="text-sm">
        {error !== null && <span className="font-semibold text-red-800">{t(`errors.${error}`)}</span>}
        {state.status === "success" && successMessage !== undefined && <span className="sr-only">{successMessage}</span>}
      </span>
    </form>
  );
}
