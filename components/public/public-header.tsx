import { useTranslations } from "next-intl";
import { publicPath } from "@/lib/publications/open-data";
import type { PublicLocale } from "@/lib/publications/types";

/**
 * The public site's header. Static (no session, no client code): the same HTML for everyone, so
 * the page can be cached. The language switch is a plain GET form to the same page in the other
 * language; `alternatePath` is the current page's path without language prefix.
 */
export function PublicHeader({ locale, alternatePath }: { locale: PublicLocale; alternatePath: string }) {
  const t = useTranslations("public.layout");
  const tFollowUp = useTranslations("followUpPublic");
  const tDirectory = useTranslations("directory");
  const other: PublicLocale = locale === "sv" ? "en" : "sv";
  return (
    <header data-surface="dark" className="bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <a href={publicPath(locale, "/")} aria-label={t("siteNameHome")} className="text-xl font-bold no-underline">
          {t("siteName")}
        </a>
        <nav aria-label={t("mainNavLabel")}>
          <ul className="flex flex-wrap gap-4">
            <li>
              <a href={publicPath(locale, "/")}>{t("navHome")}</a>
            </li>
            <li>
              <a href={publicPath(locale, "/sok")}>{t("navSearch")}</a>
            </li>
            <li>
              <a href={publicPath(locale, "/organisation")}>{tDirectory("title")}</a>
            </li>
            <li>
              <a href={publicPath(locale, "/nationell-strategi")}>{t("navNational")}</a>
            </li>
            <li>
              <a href={publicPath(locale, "/uppfoljning")}>{tFollowUp("title")}</a>
            </li>
            <li>
              <a href={publicPath(locale, "/oppna-data")}>{t("navOpenData")}</a>
            </li>
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <form action={publicPath(other, alternatePath)} method="get" aria-label={t("languageLabel")}>
            <button type="submit" lang={other} className="rounded border border-white px-3 py-1 text-white hover:bg-white/10">
              {t(`switchTo.${other}`)}
            </button>
          </form>
          <a href="/logga-in" className="px-1 py-1">
            {t("signIn")}
          </a>
        </div>
      </div>
    </header>
  );
}
