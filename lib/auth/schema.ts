import { z } from "zod";

/** The address typed into the sign-in form (normalised the same way next-auth does: trimmed, lower-case). */
export const signInEmailSchema = z
  .string()
  .trim()
  .min(1, { error: "required" })
  .max(254, { error: "invalid" })
  .pipe(z.email({ error: "invalid" }))
  .transform((value) => value.toLowerCase());

export const signInFormSchema = z.object({ email: signInEmailSchema });

/**
 * Where to go after signing in: only a path on this site. "//host" is another site to a browser,
 * and browsers drop tabs and newlines and read a backslash as "/", so those are refused too (open-redirect
 * guard). An absolute http(s) URL is reduced to its path, which keeps it on this site.
 */
const localPathSchema = z
  .string()
  .max(2000)
  .refine((value) => value.startsWith("/") && !value.startsWith("//") && !/[\\\u0000-\u001f\u007f]/.test(value), {
    error: "not a local path",
  });

export const defaultCallbackPath = "/arbetsyta";

function toLocalPath(value: string): string {
  if (!/^https?:\/\//i.test(value)) return value;
  try {
    const url = new URL(value);
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    // Not a URL after all: refused below like any other non-path.
    return "";
  }
}

export function toCallbackPath(value: unknown): string {
  if (typeof value !== "string") return defaultCallbackPath;
  const parsed = localPathSchema.safeParse(toLocalPath(value));
  return parsed.success ? parsed.data : defaultCallbackPath;
}

/** The error codes next-auth (and the rate limiter) put in ?error= on the sign-in page. */
export const signInErrorCodes = [
  "RateLimited",
  "Verification",
  "AccessDenied",
  "EmailSignin",
  "CredentialsSignin",
  "SessionRequired",
  "Configuration",
  "Default",
] as const;

export type SignInErrorCode = (typeof signInErrorCodes)[number];

/**
 * The rate limiter's error value carries when to try again ("RateLimited:600", seconds): next-auth's
 * client hands the page nothing but the error value.
 */
export function rateLimitedError(retryAfterSeconds: number): string {
  return `RateLimited:${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

/** Seconds until a rate-limited sign-in may be tried again, or null for any other error value. */
export function retryAfterOf(value: unknown): number | null {
  const match = typeof value === "string" ? /^RateLimited:(\d{1,6})$/.exec(value) : null;
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** Any unknown or missing value maps to "Default" (or null when there is no error at all). */
export function toSignInErrorCode(value: unknown): SignInErrorCode | null {
  if (value === undefined || value === null || value === "") return null;
  if (retryAfterOf(value) !== null) return "RateLimited";
  const parsed = z.enum(signInErrorCodes).safeParse(value);
  return parsed.success ? parsed.data : "Default";
}

/** The sign-in page's query: never fails; anything unexpected becomes the safe default. */
export const signInSearchParamsSchema = z.object({
  callbackUrl: z.unknown().optional().transform(toCallbackPath),
  error: z.unknown().optional().transform(toSignInErrorCode),
});

/** Where an OpenID Connect identity without an account (or without a verified e-mail) is sent. */
export const noAccountPath = "/logga-in/inget-konto";

/** Request header in which proxy.ts passes the requested path, for the sign-in redirect's callbackUrl. */
export const requestPathHeader = "x-lansplan-path";
