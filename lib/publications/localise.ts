/**
 * National strategies, their overarching goals, long-term goals and priority areas are Swedish
 * reference data with optional English (prisma/reference/national-strategies.json, each translation
 * labelled with its verification). Under /en the English is shown when there is one;
 * otherwise the Swedish, with `lang: "sv"` so that the element can say which language it is in.
 */
export function inLocale(sv: string, en: string | null, locale: "sv" | "en"): { text: string; lang: "sv" | undefined } {
  if (locale === "sv") return { text: sv, lang: undefined };
  return en === null || en.trim() === "" ? { text: sv, lang: "sv" } : { text: en, lang: undefined };
}
