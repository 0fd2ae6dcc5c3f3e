import { describe, expect, it } from "vitest";
import { deriveActionStatus, isDelayed, staleness, type Timeframe } from "@/lib/follow-up/lifecycle";

describe("deriveActionStatus", () => {
  it("takes the least advanced status among the responsible organisations", () => {
    expect(
      deriveActionStatus(["a", "b", "c"], [
        { organisationId: "a", status: "DONE" },
        { organisationId: "b", status: "STARTED" },
        { organisationId: "c", status: "HALF" },
      ]),
    ).toEqual({ status: "STARTED", missing: [] });
  });

  it("lists responsible organisations that have not reported and ignores others' reports", () => {
    expect(
      deriveActionStatus(["a", "b"], [
        { organisationId: "a", status: "HALF" },
        { organisationId: "partner", status: "NOT_STARTED" },
      ]),
    ).toEqual({ status: "HALF", missing: ["b"] });
  });

  it("is 'Ej relevant' only when every reporting organisation says so", () => {
    expect(deriveActionStatus(["a", "b"], [{ organisationId: "a", status: "NOT_RELEVANT" }, { organisationId: "b", status: "NOT_RELEVANT" }]).status).toBe("NOT_RELEVANT");
    expect(deriveActionStatus(["a", "b"], [{ organisationId: "a", status: "NOT_RELEVANT" }, { organisationId: "b", status: "DONE" }]).status).toBe("DONE");
  });

  it("has no status before anyone responsible reported", () => {
    expect(deriveActionStatus(["a"], [])).toEqual({ status: null, missing: ["a"] });
  });
});

describe("isDelayed", () => {
  const years = (startYear: number, endYear: number): Timeframe => ({ kind: "YEARS", startYear, endYear, startDate: null, endDate: null });
  const ongoing: Timeframe = { kind: "ONGOING", startYear: null, endYear: null, startDate: null, endDate: null };

  it("an action past its end year and not done is delayed", () => {
    expect(isDelayed({ timeframe: years(2022, 2023), status: "HALF", periodYear: 2024, programmeStartYear: 2022 })).toBe(true);
    expect(isDelayed({ timeframe: years(2022, 2023), status: "HALF", periodYear: 2023, programmeStartYear: 2022 })).toBe(false);
  });

  it("a done or irrelevant action is never delayed", () => {
    expect(isDelayed({ timeframe: years(2020, 2021), status: "DONE", periodYear: 2024, programmeStartYear: 2020 })).toBe(false);
    expect(isDelayed({ timeframe: years(2020, 2021), status: "NOT_RELEVANT", periodYear: 2024, programmeStartYear: 2020 })).toBe(false);
  });

  it("an action not started after its start year is delayed", () => {
    expect(isDelayed({ timeframe: years(2023, 2025), status: "NOT_STARTED", periodYear: 2024, programmeStartYear: 2023 })).toBe(true);
    expect(isDelayed({ timeframe: years(2023, 2025), status: "NOT_STARTED", periodYear: 2023, programmeStartYear: 2023 })).toBe(false);
    expect(isDelayed({ timeframe: years(2023, 2025), status: "STARTED", periodYear: 2024, programmeStartYear: 2023 })).toBe(false);
  });

  it("uses the dates of a dated action", () => {
    const dated: Timeframe = { kind: "DATES", startYear: null, endYear: null, startDate: new Date("2023-03-01"), endDate: new Date("2023-11-30") };
    expect(isDelayed({ timeframe: dated, status: "STARTED", periodYear: 2024, programmeStartYear: 2023 })).toBe(true);
  });

  it("an ongoing action is delayed only if not started after the programme's first year", () => {
    expect(isDelayed({ timeframe: ongoing, status: null, periodYear: 2024, programmeStartYear: 2023 })).toBe(true);
    expect(isDelayed({ timeframe: ongoing, status: "STARTED", periodYear: 2030, programmeStartYear: 2023 })).toBe(false);
    expect(isDelayed({ timeframe: ongoing, status: "NOT_STARTED", periodYear: 2023, programmeStartYear: 2023 })).toBe(false);
  });
});

describe("staleness", () => {
  it("an action without a report in the current period is stale since its last report", () => {
    expect(staleness([2022, 2023], 2024)).toEqual({ isStale: true, lastReportedYear: 2023 });
    expect(staleness([2023, 2024], 2024)).toEqual({ isStale: false, lastReportedYear: 2024 });
    expect(staleness([], 2024)).toEqual({ isStale: true, lastReportedYear: null });
  });
});
