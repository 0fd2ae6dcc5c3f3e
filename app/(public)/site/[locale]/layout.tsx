import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SkipLink } from "@/components/layout/skip-link";
import { PublicFooter } from "@/components/public/public-footer";
import { localeSchema } from "@/i18n/config";
import { getServerEnv } from "@/lib/env";
import "@/app/globals.css";
import "@/components/public/programme.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Every public page is rendered on its first request and then served from the cache (no page is
// built at `next build`, which has no database).
export function generateStaticParams(): { locale: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeSchema.catch("sv").parse((await params).locale);
  const t = await getTranslations({ locale, namespace: "metadata" });
  // The site's own address makes the pages' hreflang links absolute (see page-metadata.ts).
  const origin = getServerEnv().NEXTAUTH_URL;
  return {
    ...(origin === undefined ? {} : { metadataBase: new URL(origin) }),
    title: { default: t("title"), template: t("titleTemplate", { title: "%s" }) },
    description: t("description"),
  };
}

/**
 * Root layout of the public site (no session, no cookies: static, so cacheable). Reached only
 * through the rewrites in next.config.ts, which put "sv" or "en" here.
 */
export default async function PublicLayout({ children, params }: Props) {
  const parsed = localeSchema.safeParse((await params).locale);
  if (!parsed.success) notFound();
  setRequestLocale(parsed.data);
  return (
    <html lang={parsed.data}>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        {children}
        <PublicFooter locale={parsed.data} />
      </body>
    </html>
  );
}
