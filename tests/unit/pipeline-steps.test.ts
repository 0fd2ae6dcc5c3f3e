// The workspace home's step indicator: which of Utkast → Remiss → Ställningstagande → Fastställd →
// Publicerad are done, which is current and which are still to do, for every status it shows.
import { describe, expect, test } from "vitest";
import { isPipelineStatus, pipelineStepStates, pipelineSteps, versionStatuses } from "@/lib/programmes/lifecycle";

describe("the step indicator", () => {
  test.each([
    ["DRAFT", false, ["CURRENT", "TODO", "TODO", "TODO", "TODO"]],
    ["DRAFT", true, ["CURRENT", "DONE", "TODO", "TODO", "TODO"]],
    ["CONSULTATION", false, ["DONE", "CURRENT", "TODO", "TODO", "TODO"]],
    ["ENDORSEMENT", false, ["DONE", "DONE", "CURRENT", "TODO", "TODO"]],
    ["RATIFIED", false, ["DONE", "DONE", "DONE", "CURRENT", "TODO"]],
    ["PUBLISHED", false, ["DONE", "DONE", "DONE", "DONE", "CURRENT"]],
  ] as const)("a %s version (back from remiss: %s)", (status, consulted, states) => {
    const steps = pipelineStepStates(status, consulted);
    expect(steps.map((s) => s.step)).toEqual([...pipelineSteps]);
    expect(steps.map((s) => s.state)).toEqual(states);
    expect(steps.filter((s) => s.state === "CURRENT")).toHaveLength(1);
  });

  test("shows only versions on their way or in force: superseded and withdrawn ones are history", () => {
    expect(versionStatuses.filter(isPipelineStatus)).toEqual(["DRAFT", "CONSULTATION", "ENDORSEMENT", "RATIFIED", "PUBLISHED"]);
  });
});
