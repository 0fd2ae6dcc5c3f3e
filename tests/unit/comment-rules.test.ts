import { describe, expect, it } from "vitest";
import { areCommentsOpen } from "@/lib/comments/lifecycle";
import { addDraftCommentSchema, commentsFilterPath, parseCommentFilter } from "@/lib/comments/schema";
import { versionStatuses } from "@/lib/programmes/lifecycle";

const key = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";

describe("comments while drafting: the lifecycle", () => {
  it.each(versionStatuses)("comments on a %s version are open only while it is a draft", (status) => {
    expect(areCommentsOpen(status)).toBe(status === "DRAFT");
  });
});

describe("the comments page's filter", () => {
  it("reads what the threads are about and whether only unresolved, and writes it back", () => {
    expect(parseCommentFilter({ avser: `item:${key.toUpperCase()}`, olosta: "1" })).toEqual({ filter: { kind: "ITEM", stableKey: key }, unresolvedOnly: true });
    expect(parseCommentFilter({ avser: `fa:${key}` })).toEqual({ filter: { kind: "FOCUS_AREA", stableKey: key }, unresolvedOnly: false });
    expect(parseCommentFilter({ avser: "program" }).filter).toEqual({ kind: "PROGRAMME" });
    expect(commentsFilterPath("p", 2, { kind: "ITEM", stableKey: key }, true)).toBe(`/arbetsyta/program/p/version/2/kommentarer?avser=item%3A${key}&olosta=1`);
  });

  it("treats anything unreadable as everything, never as an error", () => {
    for (const avser of ["", "item:nope", "fa:", "<script>", ["alla", "program"]]) {
      expect(parseCommentFilter({ avser, olosta: "ja" })).toEqual({ filter: { kind: "ALL" }, unresolvedOnly: false });
    }
  });
});

describe("a new comment", () => {
  it("needs text, at most 20 000 characters, and a well-formed anchor", () => {
    const versionId = key;
    expect(addDraftCommentSchema.safeParse({ versionId, anchor: "", text: "  Bra.  " }).data).toEqual({ versionId, anchor: { kind: "PROGRAMME" }, text: "Bra." });
    const errors = (input: Record<string, string>) => addDraftCommentSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(errors({ versionId, anchor: "", text: "   " })).toEqual([["text", "required"]]);
    expect(errors({ versionId, anchor: "", text: "x".repeat(20_001) })).toEqual([["text", "textTooLong"]]);
    expect(errors({ versionId, anchor: "item:x", text: "Bra" })).toEqual([["anchor", "invalidReference"]]);
  });
});
