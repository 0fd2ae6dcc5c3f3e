import { describe, expect, it } from "vitest";
import { inLocale } from "@/lib/publications/localise";
import { loadReferenceData } from "../../prisma/seed/reference-data";

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

describe("English for the overarching goals and priority areas in the reference data", () => {
  const strategies = loadReferenceData().strategies.filter((s) => s.overarchingGoal !== undefined && (s.longTermGoals?.length ?? 0) > 0);

  it("every strategy in force has its overarching goal in English, labelled best-knowledge like the goals' titles", () => {
    expect(strategies.map((s) => s.id).sort()).toEqual(["andt-2011-2015", "andt-2016-2020", "andts-2022-2025"]);
    for (const strategy of strategies) {
      expect(strategy.overarchingGoal, strategy.id).toMatchObject({ textEn: expect.stringMatching(/^A society free from narcotics and doping/), textEnVerification: "best-knowledge" });
      // The Swedish original keeps its own label; the translation does not borrow it.
      expect(strategy.overarchingGoal?.verification, strategy.id).toBe("verified");
    }
  });

  it("every priority area the data lists (the prioriterade mål of 2011–2015) has an English title, labelled best-knowledge", () => {
    const areas = strategies.flatMap((s) => (s.longTermGoals ?? []).flatMap((g) => g.prioritisedGoals ?? []));
    expect(areas.map((a) => a.number)).toEqual(["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"]);
    for (const area of areas) expect(area, area.number).toMatchObject({ titleEn: expect.stringMatching(/\S/), titleEnVerification: "best-knowledge" });
    expect(areas.find((a) => a.number === "1.1")?.titleEn).toBe("Effective and coordinated supervision of alcohol and tobacco");
  });

  it("/en shows the overarching goal in English, Swedish pages the Swedish", () => {
    const goal = strategies.find((s) => s.id === "andts-2022-2025")?.overarchingGoal;
    if (goal === undefined) throw new Error("no overarching goal");
    expect(inLocale(goal.text, goal.textEn ?? null, "en")).toEqual({ text: goal.textEn, lang: undefined });
    expect(inLocale(goal.text, goal.textEn ?? null, "sv")).toEqual({ text: goal.text, lang: undefined });
  });
});
