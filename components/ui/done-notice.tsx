/**
 * What the last change did, announced (role=status): for changes that removed their own form, so the
 * form's own message went with it.
 */
export function DoneNotice({ children }: { children: string }) {
  return (
    <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900" data-testid="done-notice">
      {children}
    </p>
  );
}
