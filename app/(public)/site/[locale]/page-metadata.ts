import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { PublicLocale } from "@/lib/publications/types";

/**
 * Metadata of a public page: its title and its address in both languages, as
 * `<link rel="alternate" hreflang>` (Swedish is the default language). `path` is the page's path
 * without language prefix, the same one PublicPage gets for its language switch.
 */
export function publicPageMetadata(path: string, title?: string): Metadata {
  // Swedish without prefix, English under /en (next.config.ts rewrites).
  const en = path === "/" ? "/en" : `/en${path}`;
  return {
    ...(title === undefined ? {} : { title }),
    alternates: { languages: { sv: path, en, "x-default": path } },
  };
}

/**
 * Metadata of a public page's 404 answer (components/public/public-not-found-page.tsx); Next adds
 * `robots: noindex` itself for a 404.
 */
export async function publicNotFoundMetadata(locale: PublicLocale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { title: t("title") };
}
