"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition, type FormEvent } from "react";
import { RateLimitText } from "@/components/organisations/rate-limit-text";
import { retryAfterOf, signInEmailSchema, toSignInErrorCode, type SignInErrorCode } from "@/lib/auth/schema";

type FieldError = "required" | "invalid";

/** E-mail sign-in: asks next-auth to send a link, then shows "check your e-mail" whatever the address. */
export function EmailSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState("");
  const [fieldError, setFieldError] = useState<FieldError | null>(null);
  const [formError, setFormError] = useState<SignInErrorCode | null>(null);
  const [retryAfter, setRetryAfter] = useState<number | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = signInEmailSchema.safeParse(email);
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message === "required" ? "required" : "invalid");
      inputRef.current?.focus();
      return;
    }
    setFieldError(null);
    setFormError(null);
    startTransition(async () => {
      const result = await signIn("email", { email: parsed.data, callbackUrl, redirect: false });
      if (result?.ok === true && !result.error) {
        router.push("/logga-in/kolla-din-e-post");
        return;
      }
      setRetryAfter(retryAfterOf(result?.error));
      setFormError(toSignInErrorCode(result?.error ?? "Default") ?? "Default");
    });
  }

  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" data-testid="email-sign-in-form">
      <div aria-live="polite" role="status">
        {formError !== null && (
          <p className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900" data-testid="sign-in-form-error">
            {formError === "RateLimited" && retryAfter !== null ? (
              <RateLimitText retryAfterSeconds={retryAfter} messageKey="rateLimit.signIn" />
            ) : (
              t(`errors.${formError}`)
            )}
          </p>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor={inputId} className="block font-semibold">
          {t("emailLabel")}
        </label>
        <p id={hintId} className="text-sm text-slate-700">
          {t("emailHint")}
        </p>
        {fieldError !== null && (
          <p id={errorId} className="font-semibold text-red-800">
            {t(`fieldErrors.${fieldError}`)}
          </p>
        )}
        <input
          ref={inputRef}
          id={inputId}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={fieldError !== null}
          aria-describedby={fieldError !== null ? `${hintId} ${errorId}` : hintId}
          className="block w-full max-w-md rounded border-2 border-slate-600 px-3 py-2 aria-invalid:border-red-700"
        />
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-75"
      >
        {isPending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
