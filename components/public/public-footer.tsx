import { useTranslations } from "next-intl";
import { openDataListPath, publicPath } from "@/lib/publications/open-data";
import type { PublicLocale } from "@/lib/publications/types";

export function PublicFooter({ locale }: { locale: PublicLocale }) {
  const t = useTranslations("public.layout");
  return (
    <footer data-surface="dark" className="mt-16 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm">
        <p>{t("footerText")}</p>
        <nav aria-label={t("footerLabel")}>
          <ul className="flex flex-wrap gap-4">
            <li>
              <a href={publicPath(locale, "/tillganglighet")}>{t("accessibilityStatement")}</a>
            </li>
            <li>
              <a href={publicPath(locale, "/oppna-data")}>{t("openData")}</a>
            </li>
            <li>
              <a href={openDataListPath}>{t("versionList")}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
