"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useTransition } from "react";

/** Sends the browser to the e-identification provider (OpenID Connect) and back to `callbackUrl`. */
export function OidcSignInButton({ providerName, callbackUrl }: { providerName: string; callbackUrl: string }) {
  const t = useTranslations("oidc");
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      aria-disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          await signIn("oidc", { callbackUrl });
        })
      }
      className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 aria-disabled:opacity-75"
    >
      {isPending ? t("redirecting") : t("submit", { name: providerName })}
    </button>
  );
}
