import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SessionTimeoutWarning } from "@/components/auth/session-timeout-warning";
import { DocumentShell, documentMetadata } from "@/components/layout/document-shell";
import { toLocale } from "@/i18n/config";
import "@/app/globals.css";
import { loadSignedInUserOrRedirect } from "@/lib/users/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return documentMetadata(await getTranslations("metadata"));
}

/**
 * Signed-in area (a root layout of its own, see components/layout/document-shell.tsx): visitors
 * without a session go to /logga-in?callbackUrl=…. Layouts are not re-run on every navigation, so
 * each loader in here also requires the actor itself. Always rendered per request (private).
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  await connection();
  const user = await loadSignedInUserOrRedirect();
  const locale = await getLocale();
  return (
    <DocumentShell locale={toLocale(locale)} user={user}>
      {children}
      <SessionTimeoutWarning />
    </DocumentShell>
  );
}
