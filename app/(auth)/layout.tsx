import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { DocumentShell, documentMetadata } from "@/components/layout/document-shell";
import { toLocale } from "@/i18n/config";
import "@/app/globals.css";
import { loadSignedInUser } from "@/lib/users/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return documentMetadata(await getTranslations("metadata"));
}

/** Sign-in pages (a root layout of its own, see components/layout/document-shell.tsx). */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  await connection();
  const [user, locale] = await Promise.all([loadSignedInUser(), getLocale()]);
  return (
    <DocumentShell locale={toLocale(locale)} user={user}>
      {children}
    </DocumentShell>
  );
}
