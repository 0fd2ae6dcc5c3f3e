"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** The colours of a form button of `variant` (submit buttons and the buttons that open a confirmation). */
export function buttonLook(variant: "primary" | "danger" | "secondary"): string {
  return variant === "danger"
    ? "bg-red-800 text-white hover:bg-red-900"
    : variant === "secondary"
      ? "border-2 border-brand-700 bg-white text-brand-900 hover:bg-slate-100"
      : "bg-brand-700 text-white hover:bg-brand-900";
}

/**
 * The form's submit button; shows `pendingLabel` and stays focusable while the form is sent.
 * `pending` is for forms that dispatch their action from onSubmit (useActionState's isPending):
 * useFormStatus only sees a form's own action.
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  name,
  value,
  pending: sending,
}: {
  children: ReactNode;
  pendingLabel: ReactNode;
  variant?: "primary" | "danger" | "secondary";
  name?: string;
  value?: string;
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = sending === true || status.pending;
  const look = buttonLook(variant);
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-disabled={pending}
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={`rounded px-4 py-2 font-semibold aria-disabled:opacity-75 ${look}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
