import "server-only";
import { timingSafeEqual } from "node:crypto";
import { revalidatePath } from "next/cache";
import type { PageChangeInput } from "@/lib/cluster/schema";
import { purgePublicPageStore } from "@/lib/http/public-page-store-bridge";

const secretKey = Symbol.for("lansplan.revalidateSecret");

/**
 * True when `given` is this process's revalidation secret, which scripts/serve.mjs keeps in memory
 * only (never in the environment or on disk) and sends with its own loopback call.
 */
export function isOwnRevalidationRequest(given: string | null): boolean {
  const secret: unknown = Reflect.get(globalThis, secretKey);
  if (typeof secret !== "string" || given === null) return false;
  const a = Buffer.from(secret);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Another instance changed these public pages (lib/http/cluster-events.mjs): renew them here as
 * that instance did (Next's cache and this process's page store). Must run inside a request:
 * Next's revalidatePath needs one.
 */
export function renewChangedPages(change: PageChangeInput): void {
  for (const { path, type } of change.paths) revalidatePath(path, type);
  purgePublicPageStore();
}
