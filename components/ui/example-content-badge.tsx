import { useTranslations } from "next-intl";

/** Marks made-up demo content so nobody mistakes it for a decided programme. */
export function ExampleContentBadge() {
  const t = useTranslations("common");
  return (
    <span
      title={t("exampleContentExplanation")}
      className="ml-2 inline-block rounded border border-amber-800 bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900"
    >
      {t("exampleContent")}
    </span>
  );
}
