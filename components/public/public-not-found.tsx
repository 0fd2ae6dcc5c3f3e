import { useTranslations } from "next-intl";
import { publicPath } from "@/lib/publications/open-data";
import type { PublicLocale } from "@/lib/publications/types";

export function PublicNotFound({ locale }: { locale: PublicLocale }) {
  const t = useTranslations("notFound");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <a href={publicPath(locale, "/")}>{t("home")}</a>
      </p>
    </div>
  );
}
