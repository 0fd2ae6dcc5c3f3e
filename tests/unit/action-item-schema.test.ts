import { describe, expect, test } from "vitest";
import { z } from "zod";
import {
  actionItemFieldsSchema,
  differingGroups,
  mergeConflict,
  newItemFormValues,
  toItemFormValues,
  updateActionItemSchema,
} from "@/lib/action-items/schema";
import type { ActionItemContent } from "@/lib/action-items/types";

const LST = "11111111-1111-4111-8111-111111111111";
const KOMMUN = "22222222-2222-4222-8222-222222222222";
const POLIS = "33333333-3333-4333-8333-333333333333";
const INDICATOR = "44444444-4444-4444-8444-444444444444";
const ITEM = "55555555-5555-4555-8555-555555555555";

const content: ActionItemContent = {
  number: "1.2",
  title: "Ansvarsfull alkoholservering",
  description: "Utbildning för serveringspersonal.",
  timeframeKind: "YEARS",
  startYear: 2023,
  endYear: 2025,
  startDate: null,
  endDate: null,
  followUpText: "Antal utbildade redovisas årligen.",
  organisations: [
    { organisationId: KOMMUN, role: "RESPONSIBLE", lead: true },
    { organisationId: LST, role: "RESPONSIBLE", lead: false },
    { organisationId: POLIS, role: "PARTNER", lead: false },
  ],
  indicators: [
    {
      stableKey: INDICATOR,
      name: "Utbildade personer",
      unit: "personer",
      baseline: "380",
      baselineYear: 2021,
      target: "650",
      targetYear: 2025,
      dataSource: "Kommunernas rapportering",
    },
  ],
};

const form = (changes: Record<string, unknown> = {}) => ({ ...toItemFormValues(content), itemId: ITEM, revision: "4", ...changes });

/** Field → messages, as the action wrapper and the form show them. */
function fieldErrors(changes: Record<string, unknown>, drop: string[] = []): Partial<Record<string, string[]>> {
  const input: Record<string, unknown> = form(changes);
  for (const name of drop) delete input[name];
  const parsed = updateActionItemSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("the item form schema", () => {
  test("the stored content goes through the form unchanged", () => {
    const parsed = updateActionItemSchema.parse(form());
    expect(parsed).toEqual({
      itemId: ITEM,
      revision: 4,
      number: "1.2",
      title: "Ansvarsfull alkoholservering",
      description: "Utbildning för serveringspersonal.",
      timeframeKind: "YEARS",
      startYear: 2023,
      endYear: 2025,
      startDate: null,
      endDate: null,
      followUpText: "Antal utbildade redovisas årligen.",
      responsible: [KOMMUN, LST],
      partners: [POLIS],
      leadOrganisationId: KOMMUN,
      indicators: [
        {
          rowKey: INDICATOR,
          name: "Utbildade personer",
          unit: "personer",
          baseline: "380",
          baselineYear: 2021,
          target: "650",
          targetYear: 2025,
          dataSource: "Kommunernas rapportering",
        },
      ],
    });
  });

  test("text is trimmed and the timeframe fields another kind would use are dropped", () => {
    const parsed = updateActionItemSchema.parse(form({ title: "  Rubrik  ", timeframeKind: "ONGOING" }));
    expect([parsed.title, parsed.startYear, parsed.endYear]).toEqual(["Rubrik", null, null]);
    const dates = updateActionItemSchema.parse(form({ timeframeKind: "DATES", startDate: "2024-01-01", endDate: "2024-12-31" }));
    expect([dates.startYear, dates.startDate, dates.endDate]).toEqual([null, "2024-01-01", "2024-12-31"]);
  });

  test.each([
    ["an empty title", { title: "  " }, [], "title", "required"],
    ["a missing title", {}, ["title"], "title", "required"],
    ["a title of 501 characters", { title: "x".repeat(501) }, [], "title", "tooLong"],
    ["a 100 kB title", { title: "x".repeat(100_000) }, [], "title", "tooLong"],
    ["a title that is a list", { title: ["a", "b"] }, [], "title", "invalid"],
    ["an empty number", { number: "" }, [], "number", "required"],
    ["years without an end year", { endYear: "" }, [], "endYear", "required"],
    ["an end year before the start year", { startYear: "2025", endYear: "2024" }, [], "endYear", "endBeforeStart"],
    ["a year of three digits", { startYear: "202" }, [], "startYear", "invalidYear"],
    ["a year out of range", { endYear: "2200" }, [], "endYear", "yearOutOfRange"],
    ["dates without a start", { timeframeKind: "DATES", endDate: "2024-01-01" }, [], "startDate", "required"],
    ["an end date before the start date", { timeframeKind: "DATES", startDate: "2024-05-02", endDate: "2024-05-01" }, [], "endDate", "endBeforeStart"],
    ["a date that does not exist", { timeframeKind: "DATES", startDate: "2023-02-29", endDate: "2023-12-31" }, [], "startDate", "invalidDate"],
    ["an unknown timeframe kind", { timeframeKind: "SOMETIMES" }, [], "timeframeKind", "required"],
    ["no lead", { lead: "" }, [], "lead", "leadRequired"],
    ["two leads", { lead: [KOMMUN, LST] }, [], "lead", "leadMultiple"],
    ["a partner as lead", { lead: POLIS }, [], "lead", "leadNotResponsible"],
    ["no responsible organisation at all", { [`role.${KOMMUN}`]: "NONE", [`role.${LST}`]: "PARTNER", lead: "" }, [], "lead", "leadRequired"],
    ["both roles for one organisation", { [`role.${LST}`]: ["RESPONSIBLE", "PARTNER"] }, [], `role.${LST}`, "bothRoles"],
    ["a role that does not exist", { [`role.${LST}`]: "OWNER" }, [], `role.${LST}`, "invalidRole"],
    ["an organisation id that is no id", { "role.not-an-id": "PARTNER" }, [], "organisations", "unknownOrganisation"],
    ["an indicator without a name", { [`indicator.${INDICATOR}.name`]: "" }, [], `indicator.${INDICATOR}.name`, "required"],
    ["an indicator year that is no year", { [`indicator.${INDICATOR}.targetYear`]: "snart" }, [], `indicator.${INDICATOR}.targetYear`, "invalidYear"],
    ["an indicator row key with odd characters", { indicatorRows: "a b<c" }, [], "indicatorRows", "invalid"],
    ["31 indicators", { indicatorRows: Array.from({ length: 31 }, (_, i) => `r${i}`).join(",") }, [], "indicatorRows", "tooManyIndicators"],
    ["a revision that is no number", { revision: "x" }, [], "revision", "invalid"],
    ["an item id that is no id", { itemId: "1" }, [], "itemId", "invalid"],
  ] as const)("refuses %s beside the field", (_what, changes, drop, field, code) => {
    expect(fieldErrors(changes, [...drop])[field]).toContain(code);
  });

  test("reports every problem at once, each at its own field", () => {
    const errors = fieldErrors({ title: "", endYear: "2000", lead: POLIS, [`indicator.${INDICATOR}.name`]: "" });
    expect(Object.keys(errors).sort()).toEqual(["endYear", `indicator.${INDICATOR}.name`, "lead", "title"].sort());
  });

  test("a new row of indicators gets the key the browser gave it, which is not a stable key", () => {
    const parsed = actionItemFieldsSchema.parse({
      ...newItemFormValues("2.3"),
      title: "Ny",
      [`role.${LST}`]: "RESPONSIBLE",
      lead: LST,
      indicatorRows: "ny-abc",
      "indicator.ny-abc.name": "Mått",
    });
    expect(parsed.indicators).toEqual([
      { rowKey: "ny-abc", name: "Mått", unit: "", baseline: "", baselineYear: null, target: "", targetYear: null, dataSource: "" },
    ]);
    expect(parsed.number).toBe("2.3");
  });
});

describe("conflicts: the user's values beside the current ones", () => {
  test("only the groups that really differ are shown", () => {
    const mine = { ...toItemFormValues(content), title: "Min rubrik", [`role.${KOMMUN}`]: "RESPONSIBLE", startDate: "2020-01-01" };
    const theirs = { ...toItemFormValues(content), description: "Deras beskrivning" };
    // A stale date field under a timeframe in years does not count as a difference.
    expect(differingGroups(mine, theirs)).toEqual(["title", "description"]);
  });

  test("an organisation set back to 'not involved' equals one never chosen", () => {
    const theirs = toItemFormValues(content);
    const mine = { ...theirs, [`role.${"66666666-6666-4666-8666-666666666666"}`]: "NONE" };
    expect(differingGroups(mine, theirs)).toEqual([]);
  });

  test("each group is taken whole from the chosen side", () => {
    const theirs = {
      ...toItemFormValues(content),
      title: "Deras rubrik",
      [`role.${POLIS}`]: "RESPONSIBLE",
      lead: POLIS,
    };
    const mine = { ...toItemFormValues(content), title: "Min rubrik", description: "Min beskrivning" };
    const merged = mergeConflict(mine, theirs, { title: "mine", organisations: "theirs" });
    expect(merged["title"]).toBe("Min rubrik");
    expect(merged["description"]).toBe("Min beskrivning");
    expect(merged["lead"]).toBe(POLIS);
    expect(merged[`role.${POLIS}`]).toBe("RESPONSIBLE");
    expect(differingGroups(merged, theirs)).toEqual(["title", "description"]);
  });
});
