import { describe, expect, test } from "vitest";
import { z } from "zod";
import {
  actionItemPath,
  contentEditorPath,
  createFocusAreaSchema,
  deleteFocusAreaSchema,
  moveFocusAreaSchema,
  newActionItemPath,
  updateFocusAreaSchema,
} from "@/lib/focus-areas/schema";

const VERSION = "11111111-1111-4111-8111-111111111111";
const AREA = "22222222-2222-4222-8222-222222222222";
const GOAL_1 = "33333333-3333-4333-8333-333333333333";
const GOAL_2 = "44444444-4444-4444-8444-444444444444";

function errorsOf(schema: z.ZodType, input: unknown): Partial<Record<string, string[]>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("the focus-area form schemas", () => {
  test("goal boxes: none, one or several checked; an empty value is none; duplicates collapse", () => {
    expect(createFocusAreaSchema.parse({ versionId: VERSION, title: "A" }).goalIds).toEqual([]);
    expect(createFocusAreaSchema.parse({ versionId: VERSION, title: "A", goalIds: "" }).goalIds).toEqual([]);
    expect(createFocusAreaSchema.parse({ versionId: VERSION, title: "A", goalIds: GOAL_1 }).goalIds).toEqual([GOAL_1]);
    expect(createFocusAreaSchema.parse({ versionId: VERSION, title: "A", goalIds: [GOAL_1, GOAL_2, GOAL_1] }).goalIds).toEqual([GOAL_1, GOAL_2]);
  });

  test("name and description are trimmed; the description may be left out", () => {
    expect(updateFocusAreaSchema.parse({ focusAreaId: AREA, revision: "3", title: "  Barn och unga " })).toEqual({
      focusAreaId: AREA,
      revision: 3,
      title: "Barn och unga",
      description: "",
      goalIds: [],
    });
  });

  test.each([
    ["an empty name", { title: " " }, "title", "required"],
    ["a missing name", { title: undefined }, "title", "required"],
    ["a 100 kB name", { title: "x".repeat(100_000) }, "title", "tooLong"],
    ["a goal that is no id", { goalIds: ["mål 1"] }, "goalIds", "invalid"],
    ["a revision that is no number", { revision: "-1" }, "revision", "invalid"],
    ["a focus area that is no id", { focusAreaId: "x" }, "focusAreaId", "invalid"],
  ])("refuses %s beside the field", (_what, changes, field, code) => {
    expect(errorsOf(updateFocusAreaSchema, { focusAreaId: AREA, revision: "0", title: "A", ...changes })[field]).toContain(code);
  });

  test("moves go up or down and deletes carry the revision they confirm", () => {
    expect(moveFocusAreaSchema.safeParse({ focusAreaId: AREA, direction: "sideways" }).success).toBe(false);
    expect(deleteFocusAreaSchema.parse({ focusAreaId: AREA, revision: "2" })).toEqual({ focusAreaId: AREA, revision: 2 });
  });
});

describe("the editor's addresses", () => {
  test("are built under the programme and version", () => {
    expect(contentEditorPath("p", 2)).toBe("/arbetsyta/program/p/version/2/innehall");
    expect(actionItemPath("p", 2, "k")).toBe("/arbetsyta/program/p/version/2/atgard/k");
    expect(newActionItemPath("p", 2, "k")).toBe("/arbetsyta/program/p/version/2/atgard/ny?fokusomrade=k");
  });
});
