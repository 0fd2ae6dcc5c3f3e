import type { ReactNode } from "react";

/** A confirmation shown after a change that took the user to this page (an action added or deleted). */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
      {children}
    </div>
  );
}
