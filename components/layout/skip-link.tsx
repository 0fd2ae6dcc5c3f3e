import { useTranslations } from "next-intl";

export function SkipLink() {
  const t = useTranslations("layout");
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:text-black"
    >
      {t("skipLink")}
    </a>
  );
}
