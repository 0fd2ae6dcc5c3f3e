"use client";

import { useId, type ReactNode } from "react";
import { buttonLook, SubmitButton } from "@/components/ui/submit-button";

/**
 * A submit button for a step that cannot be undone: the button opens a modal dialog that names
 * the consequence, and only the dialog's confirm button submits the surrounding form. The dialog
 * is opened and closed by the browser's invoker commands (`commandfor`/`command`), so it works
 * before the page's scripts run; a native modal <dialog> keeps keyboard focus inside it, Escape
 * cancels, and focus returns to the button on close.
 */
export function ConfirmSubmit({
  label,
  title,
  children,
  confirmLabel,
  cancelLabel,
  pendingLabel,
  variant = "primary",
  name,
  value,
  pending,
  testId,
}: {
  label: string;
  title: string;
  /** The consequence, in words: what happens and that it cannot be undone. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  pendingLabel: string;
  variant?: "primary" | "danger" | "secondary";
  name?: string;
  value?: string;
  pending?: boolean;
  testId?: string;
}) {
  const id = useId();
  const dialogId = `${id}-dialog`;
  // Invoker commands are not yet in React's attribute types; React renders lowercase attributes as written.
  const opens: Record<string, string> = { commandfor: dialogId, command: "show-modal" };
  const closes: Record<string, string> = { commandfor: dialogId, command: "close" };
  return (
    <>
      <button type="button" {...opens} className={`rounded px-4 py-2 font-semibold ${buttonLook(variant)}`} data-testid={testId}>
        {label}
      </button>
      <dialog
        id={dialogId}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded border-2 border-slate-700 bg-white p-6 text-slate-900 backdrop:bg-slate-900/60"
      >
        <h2 id={`${id}-title`} className="text-xl font-semibold">
          {title}
        </h2>
        <div id={`${id}-body`} className="mt-3 space-y-2">
          {children}
        </div>
        {/* Closing on click lets the form's own errors show once the post comes back. */}
        <div className="mt-6 flex flex-wrap gap-4" onClickCapture={(event) => event.currentTarget.closest("dialog")?.close()}>
          <button type="button" {...closes} className={`rounded px-4 py-2 font-semibold ${buttonLook("secondary")}`}>
            {cancelLabel}
          </button>
          <SubmitButton variant={variant} name={name} value={value} pendingLabel={pendingLabel} pending={pending}>
            {confirmLabel}
          </SubmitButton>
        </div>
      </dialog>
    </>
  );
}
