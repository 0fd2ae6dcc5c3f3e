import Link from "next/link";
import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("layout");
  return (
    <footer data-surface="dark" className="mt-16 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm">
        <p>{t("footerText")}</p>
        <nav aria-label={t("footerLabel")}>
          <Link href="/tillganglighet">{t("accessibilityStatement")}</Link>
        </nav>
      </div>
    </footer>
  );
}
