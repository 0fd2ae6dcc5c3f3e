import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { demoProviderId, getAuthOptions } from "@/lib/auth/config";
import { consumeSignInAttempt, type SignInMethod } from "@/lib/auth/rate-limit";
import { rateLimitedError } from "@/lib/auth/schema";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handleWithNextAuth(request: NextRequest, context: RouteContext): Promise<Response> {
  const response: unknown = await NextAuth(request, context, getAuthOptions());
  if (!(response instanceof Response)) throw new Error("next-auth returned no Response");
  return response;
}

/** The sign-in attempts that are rate limited: asking for an e-mail link, and demo sign-in. */
function signInMethodOf(segments: readonly string[]): SignInMethod | null {
  const [action, provider] = segments;
  if (action === "signin" && provider === "email") return "email";
  if (action === "callback" && provider === demoProviderId) return "demo";
  return null;
}

/** The posted fields, read from a clone: next-auth reads the original body afterwards. */
async function readFields(request: NextRequest): Promise<URLSearchParams> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/x-www-form-urlencoded")) return new URLSearchParams(await request.clone().text());
  if (type.includes("application/json")) {
    // Malformed JSON counts like an attempt without an address; next-auth refuses it afterwards.
    const body: unknown = await request.clone().json().catch(() => null);
    const fields = new URLSearchParams();
    if (typeof body === "object" && body !== null) {
      for (const [key, value] of Object.entries(body)) if (typeof value === "string") fields.set(key, value);
    }
    return fields;
  }
  return new URLSearchParams();
}

/**
 * The client's address. Next.js sets X-Forwarded-For from the socket when no proxy did; behind a
 * reverse proxy the right-most entry is the one the nearest proxy saw.
 */
function clientAddress(request: NextRequest): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? request.headers.get("x-real-ip") ?? "unknown";
}

function refuse(request: NextRequest, form: URLSearchParams, retryAfterSeconds: number): Response {
  const signInUrl = new URL("/logga-in", request.nextUrl.origin);
  signInUrl.searchParams.set("error", rateLimitedError(retryAfterSeconds));
  const headers = { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" };
  // The sign-in page posts with json=true (next-auth's client) and shows the error itself, with
  // when to try again (carried in the error value).
  if (form.get("json") === "true") {
    return Response.json({ url: signInUrl.toString(), error: "RateLimited" }, { status: 429, headers });
  }
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new Response(`För många inloggningsförsök. Försök igen om ${minutes} ${minutes === 1 ? "minut" : "minuter"}.`, {
    status: 429,
    headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
  });
}

export async function GET(request: NextRequest, context: RouteContext): Promise<Response> {
  return handleWithNextAuth(request, context);
}

export async function POST(request: NextRequest, context: RouteContext): Promise<Response> {
  const method = signInMethodOf((await context.params).nextauth);
  if (method !== null) {
    // Security-critical: counted before next-auth sees the attempt, whatever its outcome.
    const form = await readFields(request);
    const decision = await consumeSignInAttempt({
      method,
      email: form.get("email") ?? "",
      address: clientAddress(request),
      now: new Date(),
    });
    if (!decision.allowed) return refuse(request, form, decision.retryAfterSeconds);
  }
  return handleWithNextAuth(request, context);
}
