"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";

/**
 * Accepting is a POST (next-auth's "invitation" sign-in), never the link itself: mail scanners open
 * links. On success the person is signed in and goes to the workspace; on refusal the page reloads
 * and says why (used, expired, revoked).
 */
export function AcceptInvitationForm({ token, askName, destination }: { token: string; askName: boolean; destination: string }) {
  const t = useTranslations("invitations");
  const router = useRouter();
  const [name, setName] = useState("");
  const [failed, setFailed] = useState(false);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailed(false);
    startTransition(async () => {
      const result = await signIn("invitation", { token, name, redirect: false, callbackUrl: destination });
      if (result?.ok === true && !result.error) {
        // A full page load, so every server component sees the new session.
        window.location.assign(destination);
        return;
      }
      setFailed(true);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4" data-testid="accept-invitation-form">
      <FormMessage tone="error">{failed && <p>{t("acceptFailed")}</p>}</FormMessage>
      {askName && (
        <TextField
          id="accept-name"
          name="name"
          autoComplete="name"
          label={t("acceptNameLabel")}
          hint={t("acceptNameHint")}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      )}
      <button
        type="submit"
        aria-disabled={isPending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 aria-disabled:opacity-75"
      >
        {isPending ? t("accepting") : t("acceptSubmit")}
      </button>
    </form>
  );
}
