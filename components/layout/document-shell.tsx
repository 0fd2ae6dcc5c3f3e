import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import type { Locale } from "@/i18n/config";
import type { SignedInUserSummary } from "@/lib/users/types";

/**
 * The HTML document of the signed-in workspace and the sign-in pages. They have a root layout of
 * their own ((app) and (auth)), because the public site's root layout must stay static: it never
 * reads the session or cookies, so published pages can be served from the cache.
 */
export function DocumentShell({
  locale,
  user,
  children,
}: {
  locale: Locale;
  user: SignedInUserSummary | null;
  children: ReactNode;
}) {
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <ClientMessages locale={locale}>
          <SkipLink />
          <SiteHeader user={user} locale={locale} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}

export function documentMetadata(t: (key: "title" | "description" | "titleTemplate", values?: { title: string }) => string): Metadata {
  return {
    title: { default: t("title"), template: t("titleTemplate", { title: "%s" }) },
    description: t("description"),
  };
}
