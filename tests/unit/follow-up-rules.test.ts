import { describe, expect, it } from "vitest";
import { parseCsv, reportingCsvToFields } from "@/lib/follow-up/csv";
import {
  canOpenPeriodOn,
  currentPeriodYear,
  handOverPeriods,
  yearsWithoutPeriod,
  defaultPeriodYears,
  deriveActionStatus,
  isClosingReminderDue,
  isDelayed,
  leadingNumber,
  parseStatusLetter,
  periodStatusesAllowing,
  periodTransitions,
  reviewStatusesAllowing,
  reviewTransitions,
  staleness,
  transitionPeriod,
  transitionReview,
  type PeriodEvent,
  type PeriodStatus,
  type ReviewEvent,
  type ReviewStatus,
  type Timeframe,
} from "@/lib/follow-up/lifecycle";
import { buildDashboard, buildRollup, buildYearReport, computeActionStates, type DashboardInput } from "@/lib/follow-up/rollup";
import { approveSubmittedSchema, followUpDoneSchema, followUpFieldErrors, gatherEntries, parseDecimal } from "@/lib/follow-up/schema";
import followUpEn from "@/messages/follow-up.en.json";
import followUpSv from "@/messages/follow-up.sv.json";

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

  it("an action whose timeframe has ended and whose report says it is not done is delayed", () => {
    expect(isDelayed({ timeframe: years(2022, 2023), status: "HALF", periodYear: 2024 })).toBe(true);
    expect(isDelayed({ timeframe: years(2022, 2023), status: "HALF", periodYear: 2023 })).toBe(true);
    expect(isDelayed({ timeframe: years(2022, 2023), status: "NOT_STARTED", periodYear: 2023 })).toBe(true);
  });

  it("an action still inside its timeframe is not delayed, whatever its status", () => {
    expect(isDelayed({ timeframe: years(2023, 2025), status: "NOT_STARTED", periodYear: 2024 })).toBe(false);
    expect(isDelayed({ timeframe: years(2023, 2025), status: "STARTED", periodYear: 2024 })).toBe(false);
  });

  it("a done or irrelevant action is never delayed", () => {
    expect(isDelayed({ timeframe: years(2020, 2021), status: "DONE", periodYear: 2024 })).toBe(false);
    expect(isDelayed({ timeframe: years(2020, 2021), status: "NOT_RELEVANT", periodYear: 2024 })).toBe(false);
  });

  it("an action without a report is never delayed, not even after its end (it is 'Ej rapporterat ännu')", () => {
    expect(isDelayed({ timeframe: years(2020, 2021), status: null, periodYear: 2024 })).toBe(false);
    expect(isDelayed({ timeframe: ongoing, status: null, periodYear: 2024 })).toBe(false);
  });

  it("uses the dates of a dated action: delayed once the dated end has passed within the period", () => {
    const dated: Timeframe = { kind: "DATES", startYear: null, endYear: null, startDate: new Date("2023-03-01"), endDate: new Date("2023-11-30") };
    expect(isDelayed({ timeframe: dated, status: "STARTED", periodYear: 2024 })).toBe(true);
    expect(isDelayed({ timeframe: dated, status: "STARTED", periodYear: 2023 })).toBe(true);
    expect(isDelayed({ timeframe: dated, status: "STARTED", periodYear: 2022 })).toBe(false);
  });

  it("an ongoing action has no end and is never delayed", () => {
    expect(isDelayed({ timeframe: ongoing, status: "NOT_STARTED", periodYear: 2030 })).toBe(false);
    expect(isDelayed({ timeframe: ongoing, status: "STARTED", periodYear: 2030 })).toBe(false);
  });
});

describe("staleness", () => {
  it("an action without a report in the current period is stale since its last report", () => {
    expect(staleness([2022, 2023], 2024)).toEqual({ isStale: true, lastReportedYear: 2023 });
    expect(staleness([2023, 2024], 2024)).toEqual({ isStale: false, lastReportedYear: 2024 });
    expect(staleness([], 2024)).toEqual({ isStale: true, lastReportedYear: null });
  });
});

describe("reporting periods", () => {
  it("defaults to every calendar year of the validity", () => {
    expect(defaultPeriodYears(new Date("2023-01-01"), new Date("2025-12-31"))).toEqual([2023, 2024, 2025]);
    expect(defaultPeriodYears(new Date("2024-07-01"), new Date("2024-12-31"))).toEqual([2024]);
  });

  const statuses: PeriodStatus[] = ["PLANNED", "OPEN", "CLOSED"];
  const events: PeriodEvent[] = ["OPEN", "CLOSE"];
  it.each(statuses.flatMap((status) => events.map((event) => [status, event] as const)))("%s × %s follows the table", (status, event) => {
    const next: PeriodStatus | undefined = (periodTransitions[status] as Partial<Record<PeriodEvent, PeriodStatus>>)[event];
    expect(transitionPeriod(status, event)).toEqual(next === undefined ? { ok: false, code: "INVALID_TRANSITION" } : { ok: true, next });
  });

  it("opens from planned or closed, closes only what is open", () => {
    expect(periodStatusesAllowing("OPEN")).toEqual(["PLANNED", "CLOSED"]);
    expect(periodStatusesAllowing("CLOSE")).toEqual(["OPEN"]);
  });

  it("the current period is the newest open one, else the newest closed one", () => {
    expect(currentPeriodYear([{ year: 2023, status: "CLOSED" }, { year: 2024, status: "OPEN" }, { year: 2025, status: "PLANNED" }])).toBe(2024);
    expect(currentPeriodYear([{ year: 2023, status: "CLOSED" }, { year: 2024, status: "CLOSED" }])).toBe(2024);
    expect(currentPeriodYear([{ year: 2025, status: "PLANNED" }])).toBeNull();
  });

  it("the closing reminder is due from a week before the last day until it has passed, once", () => {
    const base = { status: "OPEN" as const, closesAt: new Date("2026-03-31"), reminderQueuedAt: null };
    expect(isClosingReminderDue({ ...base, now: new Date("2026-03-23T12:00:00Z") })).toBe(false);
    expect(isClosingReminderDue({ ...base, now: new Date("2026-03-24T00:00:00Z") })).toBe(true);
    expect(isClosingReminderDue({ ...base, now: new Date("2026-03-31T23:00:00Z") })).toBe(true);
    expect(isClosingReminderDue({ ...base, now: new Date("2026-04-01T00:00:00Z") })).toBe(false);
    expect(isClosingReminderDue({ ...base, reminderQueuedAt: new Date(), now: new Date("2026-03-25") })).toBe(false);
    expect(isClosingReminderDue({ ...base, status: "CLOSED", now: new Date("2026-03-25") })).toBe(false);
    expect(isClosingReminderDue({ ...base, closesAt: null, now: new Date("2026-03-25") })).toBe(false);
  });
});

describe("periods across a revision: one period per programme and year", () => {
  const closes = new Date("2026-03-31");
  it("only the version in force opens periods; a superseded or unpublished version never does", () => {
    expect(canOpenPeriodOn("PUBLISHED")).toBe(true);
    for (const status of ["DRAFT", "CONSULTATION", "ENDORSEMENT", "RATIFIED", "SUPERSEDED", "WITHDRAWN"] as const) expect(canOpenPeriodOn(status)).toBe(false);
  });

  it("an open period of the superseded version is closed and continues open on the new version, with its closing day", () => {
    expect(
      handOverPeriods({
        superseded: [
          { id: "p2023", year: 2023, status: "CLOSED", closesAt: null },
          { id: "p2024", year: 2024, status: "OPEN", closesAt: closes },
        ],
        next: [],
        nextYears: [2024, 2025, 2026],
      }),
    ).toEqual({ close: ["p2024"], open: [{ year: 2024, closesAt: closes }] });
  });

  it("a year outside the new validity is closed, not moved; a year already open on the new version stays as it is", () => {
    expect(handOverPeriods({ superseded: [{ id: "p2024", year: 2024, status: "OPEN", closesAt: null }], next: [], nextYears: [2025, 2026] })).toEqual({ close: ["p2024"], open: [] });
    expect(
      handOverPeriods({ superseded: [{ id: "p2024", year: 2024, status: "OPEN", closesAt: null }], next: [{ year: 2024, status: "OPEN" }], nextYears: [2024] }),
    ).toEqual({ close: ["p2024"], open: [] });
  });

  it("the same year open on two superseded versions (old data) opens once, with the later closing day", () => {
    const later = new Date("2026-04-30");
    expect(
      handOverPeriods({
        superseded: [
          { id: "a", year: 2024, status: "OPEN", closesAt: closes },
          { id: "b", year: 2024, status: "OPEN", closesAt: later },
        ],
        next: [{ year: 2024, status: "CLOSED" }],
        nextYears: [2024],
      }),
    ).toEqual({ close: ["a", "b"], open: [{ year: 2024, closesAt: later }] });
  });

  it("nothing open, nothing to hand over", () => {
    expect(handOverPeriods({ superseded: [{ id: "x", year: 2024, status: "PLANNED", closesAt: null }], next: [], nextYears: [2024] })).toEqual({ close: [], open: [] });
  });

  it("a year between followed-up years without a period is named, so the table never jumps silently", () => {
    expect(yearsWithoutPeriod([2024, 2026])).toEqual([2025]);
    expect(yearsWithoutPeriod([2021, 2022, 2025])).toEqual([2023, 2024]);
    expect(yearsWithoutPeriod([2024, 2025])).toEqual([]);
    expect(yearsWithoutPeriod([])).toEqual([]);
  });
});

describe("review of a report", () => {
  const statuses: ReviewStatus[] = ["DRAFT", "SUBMITTED", "CORRECTION_REQUESTED", "APPROVED"];
  const events: ReviewEvent[] = ["SUBMIT", "APPROVE", "REQUEST_CORRECTION"];
  it.each(statuses.flatMap((status) => events.map((event) => [status, event] as const)))("%s × %s follows the table", (status, event) => {
    const next: ReviewStatus | undefined = (reviewTransitions[status] as Partial<Record<ReviewEvent, ReviewStatus>>)[event];
    expect(transitionReview(status, event)).toEqual(next === undefined ? { ok: false, code: "INVALID_TRANSITION" } : { ok: true, next });
  });

  it("an approved report cannot be submitted again; only a submitted one can be approved", () => {
    expect(reviewStatusesAllowing("SUBMIT")).toEqual(["DRAFT", "SUBMITTED", "CORRECTION_REQUESTED"]);
    expect(reviewStatusesAllowing("APPROVE")).toEqual(["SUBMITTED"]);
    expect(reviewStatusesAllowing("REQUEST_CORRECTION")).toEqual(["SUBMITTED", "APPROVED"]);
  });
});

describe("reading what organisations type", () => {
  it("reads the county boards' letters", () => {
    expect(["G", "h", " P ", "E", "ej relevant", "DONE", "", "X"].map(parseStatusLetter)).toEqual(["DONE", "HALF", "STARTED", "NOT_STARTED", "NOT_RELEVANT", "DONE", null, null]);
  });

  it("reads numbers with a decimal comma and spaces", () => {
    expect(["12", "12,5", "1 200", " -3.25 ", "", "tolv", "1,2,3"].map(parseDecimal)).toEqual([12, 12.5, 1200, -3.25, null, undefined, undefined]);
    expect(["32 %", "ca 40", "1 200 st", "–"].map(leadingNumber)).toEqual([32, 40, 1200, null]);
  });

  it("gathers the bulk form's fields into entries and skips actions left empty", () => {
    const key = "11111111-1111-4111-8111-111111111111";
    const other = "22222222-2222-4222-8222-222222222222";
    const indicator = "33333333-3333-4333-8333-333333333333";
    expect(gatherEntries({ [`status:${key}`]: "HALF", [`comment:${key}`]: " ok ", [`indicator:${key}:${indicator}`]: "4,5", [`status:${other}`]: "", [`comment:${other}`]: "" })).toEqual({
      entries: [{ stableKey: key, status: "HALF", comment: "ok", indicators: [{ stableKey: indicator, value: 4.5 }] }],
      fieldErrors: {},
    });
    expect(gatherEntries({ [`status:${other}`]: "", [`comment:${other}`]: "text" }).fieldErrors).toEqual({ [`status:${other}`]: ["statusRequired"] });
  });

  it("parses CSV with quotes, doubled quotes, CRLF and the semicolons of Swedish spreadsheets", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n')).toEqual([["a", "b"], ["x, y", 'say "hi"']]);
    expect(parseCsv("a;b\n1,5;2\n")).toEqual([["a", "b"], ["1,5", "2"]]);
    const key = "11111111-1111-4111-8111-111111111111";
    expect(reportingCsvToFields(`row_type;action_stable_key;indicator_stable_key;number;title;status;comment;value;unit\naction;${key};;1.1;T;G;'=inte en formel;;`)).toEqual({ [`status:${key}`]: "DONE", [`comment:${key}`]: "=inte en formel" });
    expect(reportingCsvToFields("fel,rubrik\n1,2")).toBeNull();
  });
});

describe("approving all submitted reports", () => {
  const periodId = "11111111-1111-4111-8111-111111111111";

  it("needs the period and the tick that the reports are reviewed", () => {
    expect(approveSubmittedSchema.safeParse({ periodId, reviewed: "on" })).toMatchObject({ success: true, data: { periodId, reviewed: "on" } });
    for (const input of [{ periodId }, { periodId, reviewed: "" }, { periodId, reviewed: "yes" }]) {
      expect(approveSubmittedSchema.safeParse(input).error?.issues).toMatchObject([{ path: ["reviewed"], message: "reviewedRequired" }]);
    }
    expect(approveSubmittedSchema.safeParse({ periodId: "1", reviewed: "on" }).success).toBe(false);
  });

  it("reads ?klart= into the notice to show, and anything else into none", () => {
    expect(["godkanda", "annat", undefined, ["godkanda", "godkanda"]].map((value) => followUpDoneSchema.parse(value))).toEqual(["approvedAll", undefined, undefined, undefined]);
  });

  it("every field error of the follow-up forms has words in Swedish and English", () => {
    for (const code of followUpFieldErrors) {
      expect(Object.keys(followUpSv.followUpValidation)).toContain(code);
      expect(Object.keys(followUpEn.followUpValidation)).toContain(code);
    }
  });
});

describe("dashboard, yearly report and roll-up", () => {
  const years = (startYear: number, endYear: number): Timeframe => ({ kind: "YEARS", startYear, endYear, startDate: null, endDate: null });
  const input: DashboardInput = {
    county: { slug: "lan", name: "Län" },
    programme: { id: "p", slug: "prog", title: "Program" },
    version: { id: "v", number: 1, title: "Program 2023–2025", validFrom: new Date("2023-01-01"), validTo: new Date("2025-12-31"), isExample: false, status: "PUBLISHED" },
    nationalStrategy: { slug: "s", shortTitle: "S", goals: [{ number: 1, shortLabel: "Ett", title: "Mål ett" }, { number: 2, shortLabel: "Två", title: "Mål två" }] },
    focusAreas: [
      {
        stableKey: "fa",
        title: "Område",
        goalNumbers: [1],
        items: [
          { stableKey: "a1", number: "1.1", title: "Första", timeframe: years(2023, 2023), responsible: [{ id: "o1", slug: "o1", name: "Org 1", lead: true }, { id: "o2", slug: "o2", name: "Org 2", lead: false }], indicators: [{ stableKey: "i1", name: "Ind", unit: "%", baseline: "30 %", baselineYear: 2022, target: "20 %", targetYear: 2025, dataSource: "" }] },
          { stableKey: "a2", number: "1.2", title: "Andra", timeframe: years(2023, 2025), responsible: [{ id: "o1", slug: "o1", name: "Org 1", lead: true }], indicators: [] },
        ],
      },
    ],
    periods: [
      { id: "p23", year: 2023, status: "CLOSED", closesAt: null },
      { id: "p24", year: 2024, status: "OPEN", closesAt: null },
      { id: null, year: 2025, status: "PLANNED", closesAt: null },
    ],
    reports: [
      { actionStableKey: "a1", year: 2023, organisationId: "o1", status: "DONE", comment: "" },
      { actionStableKey: "a1", year: 2023, organisationId: "o2", status: "STARTED", comment: "" },
      { actionStableKey: "a2", year: 2023, organisationId: "o1", status: "STARTED", comment: "" },
      { actionStableKey: "a2", year: 2024, organisationId: "o1", status: "HALF", comment: "" },
    ],
    indicatorValues: [{ indicatorStableKey: "i1", year: 2023, value: 28, note: "" }],
  };

  it("shows the current period, the derived status per year, stale and delayed actions", () => {
    const dashboard = buildDashboard(input);
    expect(dashboard.currentYear).toBe(2024);
    expect(dashboard.years).toEqual([2023, 2024]);
    const [first, second] = dashboard.actions;
    // 1.1 was due in 2023 and was only started: delayed in 2023. In the open 2024 period it has no
    // report yet: not reported, never "delayed".
    expect(first?.years.map((y) => [y.year, y.status, y.isDelayed])).toEqual([
      [2023, "STARTED", true],
      [2024, null, false],
    ]);
    expect(first?.current).toEqual({ year: 2024, status: null, isDelayed: false, isStale: true, lastReportedYear: 2023 });
    expect(second?.current).toMatchObject({ status: "HALF", isStale: false, isDelayed: false });
    expect(dashboard.staleOrDelayed.map((a) => a.stableKey)).toEqual(["a1"]);
    expect(dashboard.byFocusArea[0]?.counts).toMatchObject({ HALF: 1, NONE: 1 });
    expect(dashboard.byGoal.map((row) => row.total)).toEqual([2, 0]);
    expect(first?.indicators[0]?.values).toEqual([{ year: 2023, value: 28, note: "" }]);
  });

  it("the yearly report lists what changed since the year before", () => {
    const report = buildYearReport(buildDashboard(input), 2024);
    expect(report.statusChanges.map((c) => [c.stableKey, c.before, c.after])).toEqual([
      ["a1", "STARTED", null],
      ["a2", "STARTED", "HALF"],
    ]);
    expect(report.previousCounts).toMatchObject({ STARTED: 2 });
  });

  it("an action's roll-up state is the status of the newest year a responsible organisation has an approved report for", () => {
    const item = { versionId: "v1", goalNumbers: [1, 2], timeframe: years(2023, 2023), responsibleIds: ["o1", "o2"], validFrom: new Date("2023-01-01") };
    const states = computeActionStates(
      [
        { ...item, itemId: "i1", stableKey: "k1" },
        // The same action in the next version (a revision): the same history, its own start year.
        { ...item, itemId: "i1b", versionId: "v2", stableKey: "k1", timeframe: years(2023, 2026), validFrom: new Date("2025-01-01") },
        { ...item, itemId: "i2", stableKey: "k2" },
        { ...item, itemId: "i3", stableKey: "k3", goalNumbers: [3] },
        { ...item, itemId: "i4", stableKey: "k4", timeframe: years(2023, 2026) },
      ],
      [
        // k1: 2024 is the newest year; o2 has not reported it, so only o1's 2024 report counts.
        { actionStableKey: "k1", organisationId: "o1", year: 2023, status: "DONE" },
        { actionStableKey: "k1", organisationId: "o1", year: 2024, status: "STARTED" },
        { actionStableKey: "k1", organisationId: "o2", year: 2023, status: "NOT_STARTED" },
        // An organisation that is not responsible does not move the year.
        { actionStableKey: "k1", organisationId: "stranger", year: 2025, status: "DONE" },
        // k2: both reported 2024, the least advanced wins; done, so never delayed.
        { actionStableKey: "k2", organisationId: "o1", year: 2024, status: "DONE" },
        { actionStableKey: "k2", organisationId: "o2", year: 2024, status: "DONE" },
        // k4: not started in 2024, but its timeframe runs to 2026: not delayed.
        { actionStableKey: "k4", organisationId: "o2", year: 2024, status: "NOT_STARTED" },
      ],
    );
    expect(states).toEqual([
      { itemId: "i1", versionId: "v1", goalNumbers: [1, 2], status: "STARTED", latestYear: 2024, delayed: true },
      { itemId: "i1b", versionId: "v2", goalNumbers: [1, 2], status: "STARTED", latestYear: 2024, delayed: false },
      { itemId: "i2", versionId: "v1", goalNumbers: [1, 2], status: "DONE", latestYear: 2024, delayed: false },
      { itemId: "i3", versionId: "v1", goalNumbers: [3], status: null, latestYear: null, delayed: false },
      { itemId: "i4", versionId: "v1", goalNumbers: [1, 2], status: "NOT_STARTED", latestYear: 2024, delayed: false },
    ]);
  });

  it("the roll-up counts each action under every goal of its focus area, per county", () => {
    const programme = { countySlug: "c", countyName: "C län", slug: "p", title: "P", versionNumber: 1, validFrom: new Date("2023-01-01"), validTo: new Date("2030-12-31") };
    const rollup = buildRollup({
      strategy: { slug: "s", shortTitle: "S", title: "S" },
      county: null,
      goals: [{ number: 1, shortLabel: "Ett", title: "Ett" }, { number: 2, shortLabel: "Två", title: "Två" }],
      programmes: [
        { ...programme, id: "p1" },
        { ...programme, id: "p2", slug: "q", title: "Q" },
        { ...programme, id: "p3", countySlug: "a", countyName: "A län" },
        // In force but without actions: not listed.
        { ...programme, id: "p4", slug: "tom", title: "Tom" },
      ],
      groups: [
        { programmeId: "p1", goalNumbers: [1, 2], status: "HALF", delayed: true, count: 3 },
        { programmeId: "p1", goalNumbers: [1], status: null, delayed: false, count: 2 },
        { programmeId: "p2", goalNumbers: [1], status: "DONE", delayed: false, count: 1 },
        { programmeId: "p3", goalNumbers: [2], status: "HALF", delayed: false, count: 4 },
      ],
      now: new Date("2026-01-01"),
    });
    expect(rollup.goals.map((g) => [g.number, g.total, g.counts.HALF, g.counts.NONE, g.counts.DONE, g.delayed])).toEqual([
      [1, 6, 3, 2, 1, 3],
      [2, 7, 7, 0, 0, 3],
    ]);
    expect(rollup.goals[0]?.counties).toEqual([{ slug: "c", name: "C län", programmes: 2, counts: { DONE: 1, HALF: 3, STARTED: 0, NOT_STARTED: 0, NOT_RELEVANT: 0, NONE: 2 }, total: 6, delayed: 3 }]);
    expect(rollup.goals[1]?.counties.map((c) => [c.slug, c.programmes, c.total, c.delayed])).toEqual([
      ["a", 1, 4, 0],
      ["c", 1, 3, 3],
    ]);
    expect([rollup.total, rollup.counts.HALF, rollup.counts.NONE]).toEqual([10, 7, 2]);
    expect(rollup.programmes.map((p) => [p.county.slug, p.slug])).toEqual([
      ["a", "p"],
      ["c", "p"],
      ["c", "q"],
    ]);
    expect(rollup.programmes[0]).toEqual({ county: { slug: "a", name: "A län" }, slug: "p", title: "P", versionNumber: 1, validity: "IN_FORCE" });
  });
});
