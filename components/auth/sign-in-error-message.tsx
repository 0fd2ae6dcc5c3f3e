import { useTranslations } from "next-intl";
import { RateLimitText } from "@/components/organisations/rate-limit-text";
import type { SignInErrorCode } from "@/lib/auth/schema";

/** An error next-auth or the rate limiter sent back to the sign-in page (?error=…). */
export function SignInErrorMessage({ code, retryAfterSeconds }: { code: SignInErrorCode; retryAfterSeconds: number | null }) {
  const t = useTranslations("signIn.errors");
  return (
    <div role="alert" data-testid="sign-in-error" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
      <p>
        {code === "RateLimited" && retryAfterSeconds !== null ? (
          <RateLimitText retryAfterSeconds={retryAfterSeconds} messageKey="rateLimit.signIn" />
        ) : (
          t(code)
        )}
      </p>
    </div>
  );
}
