import { describe, expect, it } from "vitest";
import { fieldsWithForbiddenCharacters, hasForbiddenCharacters } from "@/lib/validation/text";

describe("characters no text field stores", () => {
  it.each([
    ["NUL", "a\u0000b"],
    ["an ANSI escape", "\u001b[31mröd"],
    ["DEL", "a\u007fb"],
    ["a C1 control", "a\u0085b"],
    ["a lone high surrogate", "a\ud800b"],
    ["a lone low surrogate", "a\udc00b"],
    ["the replacement character a lost surrogate became", "a\ufffdb"],
  ])("refuses %s", (_what, text) => {
    expect(hasForbiddenCharacters(text)).toBe(true);
  });

  it("accepts Swedish text, tabs, line breaks, emoji and the signs the documents use", () => {
    expect(hasForbiddenCharacters("Åtgärd 1.2 – målvärde ≥ 27 % → § 12\n\tNästa rad 😀")).toBe(false);
  });

  it("names the top-level fields whose text (also inside lists) holds one", () => {
    expect(fieldsWithForbiddenCharacters({ title: "ok", description: "a\u0000", organisationIds: ["x", "y\u001b"], n: 3 })).toEqual([
      "description",
      "organisationIds",
    ]);
    expect(fieldsWithForbiddenCharacters("not a record")).toEqual([]);
  });
});
