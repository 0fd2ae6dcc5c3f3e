"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useId, useState, useSyncExternalStore, useTransition } from "react";
import { toSignInErrorCode, type SignInErrorCode } from "@/lib/auth/schema";
import type { DemoAccount } from "@/lib/users/types";

const subscribeToNothing = () => () => undefined;

/** Demo mode only: one button per seeded demo account, signing in without e-mail. */
export function DemoAccountList({ accounts, callbackUrl }: { accounts: readonly DemoAccount[]; callbackUrl: string }) {
  const t = useTranslations("signIn");
  const tRoles = useTranslations("roles");
  const baseId = useId();
  const [error, setError] = useState<SignInErrorCode | null>(null);
  const [pendingEmail, setPendingEmail] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  // The buttons work only with JavaScript: disabled in the server's HTML, enabled once hydrated, so
  // a click that comes before (a fast user, a test) waits instead of silently doing nothing.
  const isHydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);

  function signInAs(email: string) {
    setError(null);
    setPendingEmail(email);
    startTransition(async () => {
      const result = await signIn("demo", { email, callbackUrl, redirect: false });
      if (result?.ok === true && !result.error) {
        // A full page load, so the header and every server component see the new session.
        window.location.assign(callbackUrl);
        return;
      }
      setPendingEmail(null);
      setError(toSignInErrorCode(result?.error ?? "Default") ?? "Default");
    });
  }

  return (
    <div className="space-y-3">
      <div aria-live="polite" role="status">
        {error !== null && <p className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">{t(`errors.${error}`)}</p>}
      </div>
      <ul className="space-y-3">
        {accounts.map((account, index) => {
          const descriptionId = `${baseId}-${index}`;
          return (
            <li key={account.email} className="rounded border border-slate-300 p-3">
              <button
                type="button"
                data-testid={`demo-sign-in-${account.email}`}
                aria-describedby={descriptionId}
                disabled={isPending || !isHydrated}
                onClick={() => signInAs(account.email)}
                className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-75"
              >
                {pendingEmail === account.email ? t("demo.signingIn") : t("demo.signInAs", { name: account.name ?? account.email })}
              </button>
              <p id={descriptionId} className="mt-2 text-sm text-slate-700">
                {[
                  ...account.memberships.map((m) => t("demo.roleAt", { role: tRoles(m.role), organisation: m.organisationName })),
                  account.email,
                ].join(" – ")}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
