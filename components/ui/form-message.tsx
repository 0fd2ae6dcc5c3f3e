import { Children, type ReactNode } from "react";

/**
 * The live region a form reports into (errors, "saved"): always rendered, so screen readers
 * announce what appears in it; the box shows only when there is something to say. `tone` only
 * changes the look.
 */
export function FormMessage({ tone, children }: { tone: "error" | "success" | "info"; children?: ReactNode }) {
  const look =
    tone === "error"
      ? "border-red-700 bg-red-50 text-red-900"
      : tone === "success"
        ? "border-green-700 bg-green-50 text-green-900"
        : "border-brand-700 bg-sky-50 text-slate-900";
  // toArray drops null, undefined and booleans: `{cond && <p/>}` children that are all false say nothing.
  const hasMessage = Children.toArray(children).length > 0;
  return (
    <div role="status" aria-live="polite">
      {hasMessage && <div className={`space-y-2 rounded border-l-4 p-3 ${look}`}>{children}</div>}
    </div>
  );
}
