// § and Dnr as officials write them: stored in one form (paragraph number, bare Dnr), shown with
// "§ " and "Dnr " by the interface. The same rules run in the forms and in the actions.
import { describe, expect, test } from "vitest";
import { decideSchema, normaliseParagraph, paragraphText, ratifySchema } from "@/lib/endorsements/schema";
import { normaliseDiarienummer, recordExtensionSchema } from "@/lib/strategies/schema";

describe("a paragraph (§)", () => {
  test.each([
    ["§ 12", "12"],
    ["12", "12"],
    ["§12", "12"],
    ["§ 12 ", "12"],
    ["  §  12", "12"],
    ["§§ 12", "12"],
    ["12 a", "12a"],
    ["§ 12B", "12b"],
  ])("%j is stored as %j", (typed, stored) => {
    expect(normaliseParagraph(typed)).toBe(stored);
  });

  test("empty, blank or a lone § is no paragraph", () => {
    expect(normaliseParagraph("")).toBeNull();
    expect(normaliseParagraph("   ")).toBeNull();
    expect(normaliseParagraph("§")).toBeNull();
  });

  test.each(["tolv", "§ 12, 13", "KS § 12", "1 2", "1234567"])("%j is not a paragraph number", (typed) => {
    expect(normaliseParagraph(typed)).toBeUndefined();
  });

  test("is shown the way minutes write it", () => {
    expect(paragraphText("12")).toBe("§ 12");
    expect(paragraphText(normaliseParagraph("§ 12") ?? "")).toBe("§ 12");
  });
});

describe("a diarienummer (Dnr)", () => {
  test.each([
    ["701-1234-2024", "701-1234-2024"],
    ["Dnr 701-1234-2024", "701-1234-2024"],
    ["dnr: 701-1234-2024", "701-1234-2024"],
    ["Dnr. 701-1234-2024", "701-1234-2024"],
    ["  KS   2026/45 ", "KS 2026/45"],
    ["A123.456/2018", "A123.456/2018"],
    ["Dnr701", "Dnr701"],
  ])("%j is stored as %j", (typed, stored) => {
    expect(normaliseDiarienummer(typed)).toBe(stored);
  });

  test("empty or only the word Dnr is none", () => {
    expect(normaliseDiarienummer("  ")).toBeNull();
    expect(normaliseDiarienummer("Dnr")).toBeNull();
    expect(normaliseDiarienummer("Dnr:")).toBeNull();
  });
});

describe("the forms that take § and Dnr", () => {
  const decision = { endorsementId: "0f9c6a55-8a0e-4a4e-9a57-1b1c1d1e1f10", decision: "ENDORSED", reservation: "", declineReason: "", decisionBody: "Kommunstyrelsen", decisionDate: "2026-10-01" };

  test("the decision stores the normalised § and Dnr, and refuses what is not a paragraph number", () => {
    expect(decideSchema.parse({ ...decision, paragraph: " § 55 ", diarienummer: "Dnr  KS 2026/45" })).toMatchObject({ paragraph: "55", diarienummer: "KS 2026/45" });
    expect(decideSchema.parse({ ...decision, paragraph: "", diarienummer: "" })).toMatchObject({ paragraph: null, diarienummer: null });
    const refused = decideSchema.safeParse({ ...decision, paragraph: "paragraf tolv", diarienummer: "" });
    expect(refused.success ? [] : refused.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["paragraph", "paragraphInvalid"]]);
  });

  test("ratification and strategy extension store the Dnr bare", () => {
    expect(ratifySchema.parse({ versionId: decision.endorsementId, ratificationBody: "Landshövdingen", ratificationDate: "2026-11-01", ratificationDnr: "Dnr 705-1-2026" }).ratificationDnr).toBe("705-1-2026");
    expect(
      recordExtensionSchema.parse({ strategyId: decision.endorsementId, newValidTo: "2027-12-31", decisionBody: "Landshövdingen", decisionDate: "2026-10-01", diarienummer: " Dnr 701-2-2026 " }).diarienummer,
    ).toBe("701-2-2026");
  });
});
