import { describe, expect, it } from "vitest";
import { inLocale } from "@/lib/publications/localise";

describe("English titles of national strategies and goals", () => {
  it("Swedish pages show the Swedish, unmarked", () => {
    expect(inLocale("Tillgången ska minska", "Reduce supply", "sv")).toEqual({ text: "Tillgången ska minska", lang: undefined });
  });
  it("/en shows the English when there is one", () => {
    expect(inLocale("Tillgången ska minska", "Reduce supply", "en")).toEqual({ text: "Reduce supply", lang: undefined });
  });
  it("/en falls back to the Swedish, marked lang=sv, when the translation is missing or blank", () => {
    expect(inLocale("Tillgången ska minska", null, "en")).toEqual({ text: "Tillgången ska minska", lang: "sv" });
    expect(inLocale("Tillgången ska minska", " ", "en")).toEqual({ text: "Tillgången ska minska", lang: "sv" });
  });
});
