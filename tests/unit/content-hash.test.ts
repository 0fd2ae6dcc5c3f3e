import { describe, expect, test } from "vitest";
import { computeContentHash, type ContentHashInput, type ContentHashItem } from "@/lib/programmes/content-hash";

function item(overrides: Partial<ContentHashItem> = {}): ContentHashItem {
  return {
    stableKey: "00000000-0000-4000-8000-000000000001",
    number: "1.1",
    position: 1,
    title: "Samordnad tillsyn av serveringsställen",
    description: "Kommunerna genomför samordnad tillsyn.",
    timeframeKind: "ONGOING",
    startYear: null,
    endYear: null,
    startDate: null,
    endDate: null,
    followUpText: "",
    organisations: [
      { organisationId: "a0000000-0000-4000-8000-000000000001", role: "RESPONSIBLE", lead: true },
      { organisationId: "b0000000-0000-4000-8000-000000000002", role: "PARTNER", lead: null },
    ],
    indicators: [],
    ...overrides,
  };
}

function content(items: ContentHashItem[] = [item()]): ContentHashInput {
  return {
    title: "Åtgärdsprogram",
    validFrom: new Date("2018-01-01T00:00:00.000Z"),
    validTo: new Date("2021-12-31T00:00:00.000Z"),
    substances: ["A", "N", "D", "T"],
    nationalStrategyId: "c0000000-0000-4000-8000-000000000003",
    changeSummary: "",
    focusAreas: [{ stableKey: "d0000000-0000-4000-8000-000000000004", position: 1, title: "Tillgång", description: "", goalNumbers: [1], items }],
  };
}

describe("computeContentHash", () => {
  test("is a sha256 hex digest and the same for the same content", () => {
    expect(computeContentHash(content())).toMatch(/^[0-9a-f]{64}$/);
    expect(computeContentHash(content())).toBe(computeContentHash(content()));
  });

  test("does not depend on the order organisations, substances or rows were read in", () => {
    const second = item({ stableKey: "00000000-0000-4000-8000-000000000002", number: "1.2", position: 2, title: "Kontrollköp" });
    const reordered = item({ organisations: [...item().organisations].reverse() });
    expect(computeContentHash(content([reordered, second]))).toBe(computeContentHash(content([item(), second])));
    expect(computeContentHash(content([second, item()]))).toBe(computeContentHash(content([item(), second])));
    expect(computeContentHash({ ...content(), substances: ["T", "D", "N", "A"] })).toBe(computeContentHash(content()));
  });

  test("changes when an endorsed detail changes: wording, responsibility, lead or validity", () => {
    const base = computeContentHash(content());
    expect(computeContentHash(content([item({ title: "Samordnad tillsyn" })]))).not.toBe(base);
    expect(
      computeContentHash(
        content([
          item({
            organisations: [
              { organisationId: "a0000000-0000-4000-8000-000000000001", role: "RESPONSIBLE", lead: null },
              { organisationId: "b0000000-0000-4000-8000-000000000002", role: "RESPONSIBLE", lead: true },
            ],
          }),
        ]),
      ),
    ).not.toBe(base);
    expect(computeContentHash({ ...content(), validTo: new Date("2023-12-31T00:00:00.000Z") })).not.toBe(base);
  });
});
