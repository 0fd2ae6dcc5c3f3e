import { useTranslations } from "next-intl";
import { setLocaleAction } from "@/i18n/actions";
import type { Locale } from "@/i18n/config";

/** Offers the other language. A plain form: works without JavaScript. */
export function LanguageSwitch({ current }: { current: Locale }) {
  const t = useTranslations("language");
  const other: Locale = current === "sv" ? "en" : "sv";
  return (
    <form action={setLocaleAction} aria-label={t("switchLabel")}>
      <button
        type="submit"
        name="locale"
        value={other}
        lang={other}
        className="rounded border border-white px-3 py-1 text-white hover:bg-white/10"
      >
        {t(other)}
      </button>
    </form>
  );
}
