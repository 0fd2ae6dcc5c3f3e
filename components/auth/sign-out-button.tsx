"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useTransition } from "react";

export function SignOutButton() {
  const t = useTranslations("layout");
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      data-testid="sign-out"
      disabled={isPending}
      onClick={() => startTransition(() => signOut({ callbackUrl: "/" }))}
      className="rounded border border-white px-3 py-1 text-white hover:bg-white/10 disabled:opacity-75"
    >
      {isPending ? t("signingOut") : t("signOut")}
    </button>
  );
}
