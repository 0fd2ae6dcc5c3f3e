import { describe, expect, test } from "vitest";
import { searchParamsSchema } from "@/lib/search/schema";

describe("search query string", () => {
  test("an empty query string means no search and no filters", () => {
    expect(searchParamsSchema.parse({})).toEqual({ q: "", lan: null, organisation: null, mal: null, giltighet: "ALL", versioner: "CURRENT" });
  });

  test("a goal filter names the strategy and the goal number", () => {
    expect(searchParamsSchema.parse({ mal: "andts-2022-2025:3" }).mal).toEqual({ strategySlug: "andts-2022-2025", number: 3 });
  });

  test("bad values fall back to no filter; an overlong query to none", () => {
    const parsed = searchParamsSchema.parse({ q: "x".repeat(500), lan: "Robert'); DROP TABLE", mal: "3", giltighet: "NOW", versioner: ["ALL"] });
    expect(parsed).toEqual({ q: "", lan: null, organisation: null, mal: null, giltighet: "ALL", versioner: "ALL" });
  });
});
