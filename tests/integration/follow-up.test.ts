// Follow-up (uppföljning): periods opened by the county's coordinator, reports by the responsible
// organisations' signatories (only for their own actions), review, what the public sees (approved
// only), history across a revision, reminders, CSV round trip, and refusals that change nothing.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import type { User } from "@/lib/db/generated/client";
import { approveSubmittedReportsAction, closePeriodAction, importReportsAction, openPeriodAction, reviewReportAction, saveReportsAction } from "@/lib/follow-up/actions";
import {
  loadCoordinatorFollowUp,
  loadFollowUpExport,
  loadFollowUpRollup,
  loadMyPeriods,
  loadPublicFollowUp,
  loadPublicYearReport,
  loadReportForm,
  loadReportingCsv,
  loadYearReportPdf,
} from "@/lib/follow-up/loaders";
import { publishVersion } from "@/lib/endorsements/mutations";
import { loadProgrammeAudit } from "@/lib/programmes/loaders";
import { backfillActionStates, queueClosingReminders, reviewReport } from "@/lib/follow-up/mutations";
import { followUpSheetColumns } from "@/lib/follow-up/xlsx";
import { parseCsv } from "@/lib/follow-up/csv";
import followUpSv from "@/messages/follow-up.sv.json";
import { createCounty, createMember, createNationalStrategy, createOrganisation, createProgramme, createProgrammeVersion, createRegionalStrategy, setVersionStatus, type ItemSpec } from "../factories/index.ts";
import { expectArchivableAndAccessible } from "../support/pdf-checks.ts";
import { extractPdfText } from "../support/pdf-text.ts";
import { forceVersionStatus, testDb as db } from "./db.ts";
import { countQueries } from "./public-support.ts";
import { signInAs } from "./session.ts";
import { form, outcome, redirectOf, stateOf, tablesDigest } from "./versions-support.ts";

const followUpTables = ["reporting_period", "follow_up_report", "indicator_value", "follow_up_action_state", "outbox_mail", "audit_event"] as const;

/** One md5 per follow-up table: equal before and after = nothing changed. */
async function followUpDigest(): Promise<Record<string, string>> {
  return tablesDigest(followUpTables);
}

const { short: _short, review: _review, period: _period, delayed, staleSince: _staleSince, neverReported: _neverReported, rule, ...statusNames } = followUpSv.followUpStatus;
const pdfLabels = { ...followUpSv.followUpPdf, statusNames, rule, delayed };

/**
 * A county with a published programme 2024–2026 under a national strategy in force:
 * action 1.1 led by municipality A (indicator) with B also responsible; 1.2 by A alone; 1.3 by B.
 */
async function arrange() {
  const county = await createCounty(db);
  const board = await createOrganisation(db, { countyId: county.id, kind: "COUNTY_BOARD" });
  const a = await createOrganisation(db, { countyId: county.id, kind: "MUNICIPALITY", name: "Kommun A" });
  const b = await createOrganisation(db, { countyId: county.id, kind: "MUNICIPALITY", name: "Kommun B" });
  const national = await createNationalStrategy(db, { periodFrom: 2000, periodTo: 2100 });
  const regional = await createRegionalStrategy(db, { countyId: county.id, nationalStrategyId: national.id, validFrom: new Date("2024-01-01"), validTo: new Date("2099-12-31") });
  const programme = await createProgramme(db, { regionalStrategyId: regional.id });
  const fixture = await createProgrammeVersion(db, {
    programmeId: programme.id,
    status: "PUBLISHED",
    validFrom: new Date("2024-01-01"),
    validTo: new Date("2099-12-31"),
    focusAreas: [{ items: [{ title: "Delad åtgärd", responsible: [a.id, b.id], indicators: 1 }, { title: "A:s åtgärd", responsible: [a.id], indicators: 0 }, { title: "B:s åtgärd", responsible: [b.id], indicators: 0 }] }],
  });
  const [shared, onlyA, onlyB] = fixture.focusAreas[0]?.items ?? [];
  if (shared === undefined || onlyA === undefined || onlyB === undefined) throw new Error("arrange: items missing");
  const indicator = shared.indicators[0];
  if (indicator === undefined) throw new Error("arrange: indicator missing");

  const otherCounty = await createCounty(db);
  const otherBoard = await createOrganisation(db, { countyId: otherCounty.id, kind: "COUNTY_BOARD" });
  const otherMunicipality = await createOrganisation(db, { countyId: otherCounty.id, kind: "MUNICIPALITY" });
  const people = {
    coordinator: (await createMember(db, { role: "COORDINATOR", organisationId: board.id })).user,
    boardMember: (await createMember(db, { role: "MEMBER", organisationId: board.id })).user,
    signatoryA: (await createMember(db, { role: "SIGNATORY", organisationId: a.id })).user,
    memberA: (await createMember(db, { role: "MEMBER", organisationId: a.id })).user,
    signatoryB: (await createMember(db, { role: "SIGNATORY", organisationId: b.id })).user,
    foreignCoordinator: (await createMember(db, { role: "COORDINATOR", organisationId: otherBoard.id })).user,
    foreignSignatory: (await createMember(db, { role: "SIGNATORY", organisationId: otherMunicipality.id })).user,
  };
  return { county, board, a, b, otherMunicipality, national, regional, programme, version: fixture.version, shared, onlyA, onlyB, indicator, people };
}

type World = Awaited<ReturnType<typeof arrange>>;

async function openYear(world: World, year = 2025, closesAt = ""): Promise<string> {
  signInAs(world.people.coordinator);
  const state = await stateOf(openPeriodAction(idleFormState, form({ versionId: world.version.id, year, closesAt })));
  if (state.status !== "success") throw new Error(`open failed: ${JSON.stringify(state)}`);
  return state.data.periodId;
}

async function report(user: User, periodId: string, organisationId: string, fields: Record<string, string>) {
  signInAs(user);
  return stateOf(saveReportsAction(idleFormState, form({ periodId, organisationId, ...fields })));
}

async function approveAll(world: World, year: number) {
  const reports = await db.followUpReport.findMany({ where: { programmeId: world.programme.id, year, reviewStatus: "SUBMITTED" } });
  signInAs(world.people.coordinator);
  for (const r of reports) await stateOf(reviewReportAction(idleFormState, form({ reportId: r.id, decision: "APPROVE" })));
}

/** The world's county under the goal of its focus area, in the national roll-up. */
async function countyInRollup(world: World) {
  const rollup = await loadFollowUpRollup(null);
  const goal = rollup?.goals.find((g) => g.counties.some((c) => c.slug === world.county.slug));
  return { goal: goal?.number, county: goal?.counties.find((c) => c.slug === world.county.slug), programmes: rollup?.programmes };
}

/** A draft version 2 valid from 2025 with one focus area; items given a stable key carry it (a revision keeps the keys). */
async function draftRevision(world: World, title: string, items: (ItemSpec & { stableKey?: string })[], validFrom = new Date("2025-01-01")) {
  const v2 = await createProgrammeVersion(db, {
    programmeId: world.programme.id,
    kind: "REVISION",
    validFrom,
    validTo: new Date("2099-12-31"),
    focusAreas: [{ title, items: items.map(({ stableKey: _stableKey, ...spec }) => spec) }],
  });
  const created = v2.focusAreas[0]?.items ?? [];
  for (const [index, spec] of items.entries()) {
    const item = created[index];
    if (item === undefined) throw new Error("items missing");
    if (spec.stableKey !== undefined) await db.$executeRaw`UPDATE action_item SET stable_key = ${spec.stableKey}::uuid WHERE id = ${item.id}::uuid`;
  }
  return { version: v2.version, items: created };
}

describe("periods", () => {
  test("the coordinator opens a year of the validity; every responsible organisation's signatory gets an e-mail in the same change", async () => {
    const world = await arrange();
    const periodId = await openYear(world, 2025, "2026-03-31");
    const period = await db.reportingPeriod.findUniqueOrThrow({ where: { id: periodId } });
    expect(period).toMatchObject({ year: 2025, status: "OPEN", versionId: world.version.id });
    const mails = await db.outboxMail.findMany({ orderBy: { to: "asc" } });
    expect(mails.map((m) => m.to).sort()).toEqual([world.people.signatoryA.email, world.people.signatoryB.email].sort());
    expect(mails[0]?.text).toContain(`/arbetsyta/uppfoljning/${periodId}`);
    expect(await db.auditEvent.count({ where: { action: "followup.period.open", entityId: periodId } })).toBe(1);
  });

  test("a year outside the validity, an open period opened again and closing twice are refused", async () => {
    const world = await arrange();
    signInAs(world.people.coordinator);
    expect(await stateOf(openPeriodAction(idleFormState, form({ versionId: world.version.id, year: 2023, closesAt: "" })))).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { year: ["invalidYear"] } });
    const periodId = await openYear(world);
    expect(await stateOf(openPeriodAction(idleFormState, form({ versionId: world.version.id, year: 2025, closesAt: "" })))).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
    expect(await stateOf(closePeriodAction(idleFormState, form({ periodId })))).toMatchObject({ status: "success" });
    expect(await stateOf(closePeriodAction(idleFormState, form({ periodId })))).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
  });

  test("a draft version cannot be followed up", async () => {
    const world = await arrange();
    const draft = await createProgrammeVersion(db, { programmeId: world.programme.id, validFrom: new Date("2024-01-01"), validTo: new Date("2026-12-31") });
    signInAs(world.people.coordinator);
    expect(await stateOf(openPeriodAction(idleFormState, form({ versionId: draft.version.id, year: 2025, closesAt: "" })))).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
  });

  test("the closing reminder is queued once, a week before the last day, to organisations with actions left", async () => {
    const world = await arrange();
    const periodId = await openYear(world, 2025, "2026-03-31");
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.shared.stableKey}`]: "DONE", [`status:${world.onlyA.stableKey}`]: "HALF" });
    await db.outboxMail.deleteMany({});
    expect(await queueClosingReminders(new Date("2026-03-20T08:00:00Z"))).toBe(0);
    expect(await queueClosingReminders(new Date("2026-03-25T08:00:00Z"))).toBe(1);
    expect((await db.outboxMail.findMany()).map((m) => m.to)).toEqual([world.people.signatoryB.email]);
    expect(await queueClosingReminders(new Date("2026-03-26T08:00:00Z"))).toBe(0);
  });
});

describe("periods across a revision: one period per programme and year", () => {
  /** Publishes version 2 (keeping A's and the shared action by their stable keys) the way the coordinator does. */
  async function publishRevision(world: World, validFrom: Date) {
    const v2 = await draftRevision(
      world,
      "Fokusområde",
      [
        { title: "A:s åtgärd, reviderad", responsible: [world.a.id], indicators: 0, stableKey: world.onlyA.stableKey },
        { title: "Delad åtgärd", responsible: [world.a.id, world.b.id], indicators: 0, stableKey: world.shared.stableKey },
      ],
      validFrom,
    );
    await setVersionStatus(db, v2.version.id, "RATIFIED");
    const actor = { userId: world.people.coordinator.id, email: world.people.coordinator.email, name: null, isDemo: false, memberships: [] };
    await publishVersion(actor, [world.county.id], { versionId: v2.version.id, confirmExpired: true });
    return v2;
  }

  test("publishing a revision while 2024 is open: 2024 continues open on the new version only, the old period is closed, the report keeps its history", async () => {
    const world = await arrange();
    signInAs(world.people.coordinator);
    const opened = await stateOf(openPeriodAction(idleFormState, form({ versionId: world.version.id, year: 2024, closesAt: "2026-03-31" })));
    if (opened.status !== "success") throw new Error("open failed");
    const oldPeriodId = opened.data.periodId;
    expect(await report(world.people.signatoryA, oldPeriodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "STARTED", comment: "" })).toMatchObject({ status: "success" });

    const v2 = await publishRevision(world, new Date("2024-01-01"));

    const open = await db.reportingPeriod.findMany({ where: { version: { programmeId: world.programme.id }, status: "OPEN" }, select: { id: true, year: true, versionId: true, closesAt: true } });
    expect(open).toEqual([{ id: expect.any(String), year: 2024, versionId: v2.version.id, closesAt: new Date("2026-03-31") }]);
    expect(await db.reportingPeriod.findUniqueOrThrow({ where: { id: oldPeriodId }, select: { status: true } })).toEqual({ status: "CLOSED" });
    expect(await db.auditEvent.count({ where: { action: "followup.period.move", entityId: open[0]?.id } })).toBe(1);

    // The signatory is asked for 2024 once, on the version in force.
    signInAs(world.people.signatoryA);
    const mine = await loadMyPeriods();
    expect(mine.map((p) => [p.year, p.periodId])).toEqual([[2024, open[0]?.id]]);
    // Reporting there updates the same report (programme, stable key, year): no second 2024 report.
    const newPeriodId = open[0]?.id ?? "";
    expect(await report(world.people.signatoryA, newPeriodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "HALF" })).toMatchObject({ status: "success" });
    const reports = await db.followUpReport.findMany({ where: { programmeId: world.programme.id, actionStableKey: world.onlyA.stableKey, year: 2024 }, select: { status: true, versionId: true } });
    expect(reports).toEqual([{ status: "HALF", versionId: v2.version.id }]);
    // The superseded version's period is closed to reports and cannot be opened again.
    expect(await report(world.people.signatoryA, oldPeriodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "DONE" })).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
    const before = await followUpDigest();
    signInAs(world.people.coordinator);
    const coordinatorView = await loadCoordinatorFollowUp(world.programme.id, null);
    expect(coordinatorView?.versions.find((v) => v.id === world.version.id)?.periods.some((p) => p.canOpen)).toBe(false);
    expect(await stateOf(openPeriodAction(idleFormState, form({ versionId: world.version.id, year: 2025, closesAt: "" })))).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
    expect(await followUpDigest()).toEqual(before);
  });

  test("a revision that no longer covers the open year closes it; the public page names the year that was never followed up", async () => {
    const world = await arrange();
    const periodId = await openYear(world, 2024);
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "STARTED" });
    await approveAll(world, 2024);
    const v2 = await publishRevision(world, new Date("2026-01-01"));
    expect(await db.reportingPeriod.count({ where: { version: { programmeId: world.programme.id }, status: "OPEN" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "followup.period.close", entityId: periodId } })).toBe(1);

    signInAs(world.people.coordinator);
    const next = await stateOf(openPeriodAction(idleFormState, form({ versionId: v2.version.id, year: 2026, closesAt: "" })));
    if (next.status !== "success") throw new Error("open failed");
    await report(world.people.signatoryA, next.data.periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "DONE" });
    await approveAll(world, 2026);
    const dashboard = await loadPublicFollowUp(world.county.slug, world.programme.slug);
    expect(dashboard?.years).toEqual([2024, 2026]);
    expect(dashboard?.yearsWithoutPeriod).toEqual([2025]);
  });

  test("the migration moves a period left open on a superseded version (before this rule) to the version in force", async () => {
    const world = await arrange();
    const oldPeriodId = await openYear(world, 2024);
    const v2 = await draftRevision(world, "Fokusområde", [{ title: "A:s åtgärd", responsible: [world.a.id], indicators: 0, stableKey: world.onlyA.stableKey }], new Date("2024-01-01"));
    // The state the issue found: a revision published without moving the period.
    await setVersionStatus(db, world.version.id, "SUPERSEDED");
    await setVersionStatus(db, v2.version.id, "PUBLISHED");
    const sql = readFileSync(new URL("../../prisma/migrations/20261206033420_follow_up_periods_on_version_in_force/migration.sql", import.meta.url), "utf8");
    const statements = sql
      .split("\n")
      .filter((line) => !line.startsWith("--"))
      .join("\n")
      .split(";")
      .map((statement) => statement.trim())
      .filter((statement) => statement !== "");
    for (const statement of statements) await db.$executeRawUnsafe(statement);
    const open = await db.reportingPeriod.findMany({ where: { version: { programmeId: world.programme.id }, status: "OPEN" }, select: { year: true, versionId: true } });
    expect(open).toEqual([{ year: 2024, versionId: v2.version.id }]);
    expect(await db.reportingPeriod.findUniqueOrThrow({ where: { id: oldPeriodId }, select: { status: true } })).toEqual({ status: "CLOSED" });
  });
});

describe("Händelselogg: sentences and the filter by action and person", () => {
  const all = { sida: 1, atgard: null, person: null };

  test("the log names people, actions and organisations in sentences, and filters by action and by person in a fixed number of queries", async () => {
    const world = await arrange();
    const periodId = await openYear(world, 2025);
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "STARTED" });
    signInAs(world.people.coordinator);
    const small = await countQueries(() => loadProgrammeAudit(world.programme.id, all));
    await report(world.people.signatoryB, periodId, world.b.id, { [`status:${world.onlyB.stableKey}`]: "HALF", [`status:${world.shared.stableKey}`]: "DONE" });
    await approveAll(world, 2025);

    signInAs(world.people.coordinator);
    const large = await countQueries(() => loadProgrammeAudit(world.programme.id, all));
    expect(large.queries).toBe(small.queries);
    const page = large.result;
    expect(page?.total).toBe(7); // opened, three reports submitted, three approved
    expect(page?.filter.people.map((p) => p.id).sort()).toEqual([world.people.coordinator.id, world.people.signatoryA.id, world.people.signatoryB.id].sort());
    expect(page?.filter.actions.map((a) => a.stableKey)).toContain(world.onlyA.stableKey);
    const sentences = page?.entries.flatMap((e) => e.sentences) ?? [];
    expect(sentences).toContainEqual({ key: "reportApprove", values: { item: `${world.onlyA.number} ${world.onlyA.title}`, organisation: "Kommun A", year: 2025 } });
    expect(sentences).toContainEqual({ key: "reportSubmit", values: { item: `${world.onlyB.number} ${world.onlyB.title}`, organisation: "Kommun B", year: 2025, status: "HALF" } });
    expect(JSON.stringify(sentences)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    // One action: its report and the approval of it, nothing else.
    const onlyA = await loadProgrammeAudit(world.programme.id, { ...all, atgard: world.onlyA.stableKey });
    expect(onlyA?.entries.map((e) => e.action).sort()).toEqual(["followup.report.approve", "followup.report.submit"]);
    expect(onlyA?.filter).toMatchObject({ stableKey: world.onlyA.stableKey, isFiltered: true });
    // One person: only what they did.
    const byB = await loadProgrammeAudit(world.programme.id, { ...all, person: world.people.signatoryB.id });
    expect(byB?.total).toBe(2);
    expect(new Set(byB?.entries.map((e) => e.actorName))).toEqual(new Set([world.people.signatoryB.name]));
    // Both: B never touched A's own action.
    expect((await loadProgrammeAudit(world.programme.id, { ...all, atgard: world.onlyA.stableKey, person: world.people.signatoryB.id }))?.total).toBe(0);

    signInAs(world.people.foreignCoordinator);
    expect(await loadProgrammeAudit(world.programme.id, { ...all, person: world.people.signatoryB.id })).toBeNull();
  });
});

describe("reporting", () => {
  test("a signatory sees its open periods and reports on all its actions on one form, with the indicator of the action it leads", async () => {
    const world = await arrange();
    const periodId = await openYear(world);
    signInAs(world.people.signatoryA);
    const mine = await loadMyPeriods();
    expect(mine).toMatchObject([{ periodId, year: 2025, organisation: { id: world.a.id }, actionCount: 2, reportedCount: 0 }]);
    const formData = await loadReportForm(periodId, null);
    expect(formData?.actions.map((a) => [a.title, a.isLead, a.indicators.length])).toEqual([
      ["Delad åtgärd", true, 1],
      ["A:s åtgärd", true, 0],
    ]);
    const state = await report(world.people.signatoryA, periodId, world.a.id, {
      [`status:${world.shared.stableKey}`]: "STARTED",
      [`comment:${world.shared.stableKey}`]: "Påbörjat i tre skolor.",
      [`indicator:${world.shared.stableKey}:${world.indicator.stableKey}`]: "27,5",
      [`status:${world.onlyA.stableKey}`]: "DONE",
    });
    expect(state).toMatchObject({ status: "success", data: { saved: 2 } });
    const rows = await db.followUpReport.findMany({ where: { organisationId: world.a.id }, orderBy: { status: "asc" } });
    expect(rows.map((r) => [r.actionStableKey, r.status, r.reviewStatus, r.year])).toEqual(
      expect.arrayContaining([
        [world.shared.stableKey, "STARTED", "SUBMITTED", 2025],
        [world.onlyA.stableKey, "DONE", "SUBMITTED", 2025],
      ]),
    );
    const value = await db.indicatorValue.findFirstOrThrow({ where: { indicatorStableKey: world.indicator.stableKey } });
    expect(value.value.toNumber()).toBe(27.5);
  });

  test("a signatory reports only for actions its organisation is responsible for: nothing is saved otherwise", async () => {
    const world = await arrange();
    const periodId = await openYear(world);
    const before = await followUpDigest();
    // B's own action, posted by A's signatory for A.
    expect(await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "DONE", [`status:${world.onlyB.stableKey}`]: "DONE" })).toMatchObject({ status: "error", code: "FORBIDDEN" });
    // The indicator of an action B shares but does not lead.
    expect(await report(world.people.signatoryB, periodId, world.b.id, { [`status:${world.shared.stableKey}`]: "DONE", [`indicator:${world.shared.stableKey}:${world.indicator.stableKey}`]: "10" })).toMatchObject({ status: "error", code: "FORBIDDEN" });
    expect(await followUpDigest()).toEqual(before);
  });

  test("a status is needed with a comment or a value, and the typed values come back beside the error", async () => {
    const world = await arrange();
    const periodId = await openYear(world);
    const before = await followUpDigest();
    const state = await report(world.people.signatoryA, periodId, world.a.id, { [`comment:${world.onlyA.stableKey}`]: "Bara en kommentar", [`indicator:${world.shared.stableKey}:${world.indicator.stableKey}`]: "tolv", [`status:${world.shared.stableKey}`]: "DONE" });
    expect(state).toMatchObject({
      status: "error",
      code: "VALIDATION",
      fieldErrors: { [`status:${world.onlyA.stableKey}`]: ["statusRequired"], [`indicator:${world.shared.stableKey}:${world.indicator.stableKey}`]: ["invalidValue"] },
      values: { [`comment:${world.onlyA.stableKey}`]: "Bara en kommentar" },
    });
    expect(await followUpDigest()).toEqual(before);
  });

  test("several responsible organisations report their own part and the action's status is derived from theirs", async () => {
    const world = await arrange();
    const periodId = await openYear(world);
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.shared.stableKey}`]: "DONE" });
    await approveAll(world, 2025);
    let dashboard = await loadPublicFollowUp(world.county.slug, world.programme.slug);
    expect(dashboard?.actions[0]?.years).toMatchObject([{ year: 2025, status: "DONE", missing: ["Kommun B"] }]);
    await report(world.people.signatoryB, periodId, world.b.id, { [`status:${world.shared.stableKey}`]: "STARTED" });
    await approveAll(world, 2025);
    dashboard = await loadPublicFollowUp(world.county.slug, world.programme.slug);
    expect(dashboard?.actions[0]?.years).toMatchObject([{ year: 2025, status: "STARTED", missing: [] }]);
    expect(dashboard?.byFocusArea[0]?.counts).toMatchObject({ STARTED: 1, NONE: 2 });
  });

  test("reports are refused when the period is closed, and an approved report cannot be changed by the organisation", async () => {
    const world = await arrange();
    const periodId = await openYear(world);
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "HALF" });
    await approveAll(world, 2025);
    expect(await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "DONE" })).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
    signInAs(world.people.coordinator);
    await stateOf(closePeriodAction(idleFormState, form({ periodId })));
    const before = await followUpDigest();
    expect(await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.shared.stableKey}`]: "DONE" })).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
    expect(await followUpDigest()).toEqual(before);
  });

  test("the period's CSV goes out in Swedish Excel's dialect (semicolon, decimal comma) and comes back in: an import saves like the form", async () => {
    const world = await arrange();
    const periodId = await openYear(world);
    signInAs(world.people.signatoryA);
    const exported = await loadReportingCsv(periodId, world.a.id);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(exported?.body);
    expect(text.split("\r\n")[0]).toBe("\uFEFFrow_type;action_stable_key;indicator_stable_key;number;title;status;comment;value;unit");
    // As Excel with Swedish settings saves it: semicolons, a decimal comma, quotes only where needed.
    const filled = text
      .replace(`action;${world.shared.stableKey};;1.1;Delad åtgärd;;;;`, `action;${world.shared.stableKey};;1.1;Delad åtgärd;P;Påbörjat, enligt plan;;`)
      .replace(`indicator;${world.shared.stableKey};${world.indicator.stableKey};1.1;Indikator 1;;;;%`, `indicator;${world.shared.stableKey};${world.indicator.stableKey};1.1;Indikator 1;;;31,5;%`)
      .replace(`action;${world.onlyA.stableKey};;1.2;A:s åtgärd;;;;`, `action;${world.onlyA.stableKey};;1.2;A:s åtgärd;Ej relevant;;;`);
    expect(filled).not.toBe(text);
    const data = form({ periodId, organisationId: world.a.id });
    data.append("file", new File([filled], "uppfoljning.csv", { type: "text/csv" }));
    expect(await stateOf(importReportsAction(idleFormState, data))).toMatchObject({ status: "success", data: { saved: 2 } });
    const rows = await db.followUpReport.findMany({ where: { organisationId: world.a.id } });
    expect(rows.map((r) => [r.actionStableKey, r.status, r.comment]).sort()).toEqual(
      [
        [world.shared.stableKey, "STARTED", "Påbörjat, enligt plan"],
        [world.onlyA.stableKey, "NOT_RELEVANT", ""],
      ].sort(),
    );
    expect((await db.indicatorValue.findFirstOrThrow({})).value.toNumber()).toBe(31.5);
    const broken = form({ periodId, organisationId: world.a.id });
    broken.append("file", new File(["hej,då\n1,2"], "fel.csv", { type: "text/csv" }));
    expect(await stateOf(importReportsAction(idleFormState, broken))).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { file: ["csvInvalid"] } });
  });
});

describe("review", () => {
  test("the coordinator sends a report back with a message (e-mailed) and the organisation submits again; approval makes it public", async () => {
    const world = await arrange();
    const periodId = await openYear(world);
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "DONE", [`comment:${world.onlyA.stableKey}`]: "Klart." });
    const submitted = await db.followUpReport.findFirstOrThrow({ where: { actionStableKey: world.onlyA.stableKey } });
    await db.outboxMail.deleteMany({});
    signInAs(world.people.coordinator);
    const back = await stateOf(reviewReportAction(idleFormState, form({ reportId: submitted.id, decision: "REQUEST_CORRECTION", message: "Beskriv vad som genomförts." })));
    expect(back).toMatchObject({ status: "success", data: { reviewStatus: "CORRECTION_REQUESTED" } });
    expect(await stateOf(reviewReportAction(idleFormState, form({ reportId: submitted.id, decision: "REQUEST_CORRECTION", message: "" })))).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { message: ["messageRequired"] } });
    const mails = await db.outboxMail.findMany();
    expect(mails).toMatchObject([{ to: world.people.signatoryA.email }]);
    expect(mails[0]?.text).toContain("Beskriv vad som genomförts.");
    signInAs(world.people.signatoryA);
    expect((await loadReportForm(periodId, world.a.id))?.actions[1]?.report).toMatchObject({ reviewStatus: "CORRECTION_REQUESTED", reviewMessage: "Beskriv vad som genomförts." });
    expect(await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "DONE", [`comment:${world.onlyA.stableKey}`]: "Alla skolor har genomfört." })).toMatchObject({ status: "success" });
    expect((await loadPublicFollowUp(world.county.slug, world.programme.slug))?.actions[1]?.years[0]?.status).toBeNull();
    signInAs(world.people.coordinator);
    expect(await stateOf(reviewReportAction(idleFormState, form({ reportId: submitted.id, decision: "APPROVE" })))).toMatchObject({ status: "success", data: { reviewStatus: "APPROVED" } });
    expect((await loadPublicFollowUp(world.county.slug, world.programme.slug))?.actions[1]?.years[0]).toMatchObject({ status: "DONE", reports: [{ comment: "Alla skolor har genomfört." }] });
    const page = await loadCoordinatorFollowUp(world.programme.id, null);
    expect(page?.reviews.find((r) => r.reportId === submitted.id)).toMatchObject({ reviewStatus: "APPROVED", canApprove: false, canSendBack: true });
  });
});

describe("approve all submitted", () => {
  const approveForm = (periodId: string) => form({ periodId, reviewed: "on" });
  const approvals = (entityIds: readonly string[]) => db.auditEvent.findMany({ where: { action: "followup.report.approve", entityId: { in: [...entityIds] } }, orderBy: { entityId: "asc" } });

  test("approves only the period's submitted reports with the lead's indicator values, one audit row each; the public pages and the roll-up then show them", async () => {
    const world = await arrange();
    const periodId = await openYear(world, 2025);
    const nextPeriodId = await openYear(world, 2026);
    const indicatorField = `indicator:${world.shared.stableKey}:${world.indicator.stableKey}`;
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.shared.stableKey}`]: "DONE", [indicatorField]: "12,5", [`status:${world.onlyA.stableKey}`]: "HALF" });
    await report(world.people.signatoryB, periodId, world.b.id, { [`status:${world.shared.stableKey}`]: "STARTED", [`status:${world.onlyB.stableKey}`]: "NOT_STARTED" });
    // Another year's submitted report and value stay as they are.
    await report(world.people.signatoryA, nextPeriodId, world.a.id, { [`status:${world.shared.stableKey}`]: "DONE", [indicatorField]: "13" });
    const of = (organisationId: string, stableKey: string, year = 2025) => db.followUpReport.findFirstOrThrow({ where: { organisationId, actionStableKey: stableKey, year } });
    const [aShared, aOnly, bShared, bOnly, aNext] = await Promise.all([of(world.a.id, world.shared.stableKey), of(world.a.id, world.onlyA.stableKey), of(world.b.id, world.shared.stableKey), of(world.b.id, world.onlyB.stableKey), of(world.a.id, world.shared.stableKey, 2026)]);
    signInAs(world.people.coordinator);
    expect(await stateOf(reviewReportAction(idleFormState, form({ reportId: bShared.id, decision: "APPROVE" })))).toMatchObject({ status: "success" });
    expect(await stateOf(reviewReportAction(idleFormState, form({ reportId: bOnly.id, decision: "REQUEST_CORRECTION", message: "Komplettera" })))).toMatchObject({ status: "success" });
    // A draft (the forms submit at once; a draft comes from elsewhere, e.g. the seed): never approved.
    const draft = await db.followUpReport.create({ data: { programmeId: world.programme.id, actionStableKey: world.onlyA.stableKey, year: 2025, organisationId: world.b.id, versionId: world.version.id, status: "STARTED", reviewStatus: "DRAFT" } });
    const untouched = await db.followUpReport.findMany({ where: { id: { in: [bShared.id, bOnly.id, draft.id, aNext.id] } }, orderBy: { id: "asc" } });
    expect((await loadCoordinatorFollowUp(world.programme.id, 2025))?.approveAll).toEqual({ periodId, count: 2 });
    expect((await loadCoordinatorFollowUp(world.programme.id, 2026))?.approveAll).toEqual({ periodId: nextPeriodId, count: 1 });
    expect((await countyInRollup(world)).county).toMatchObject({ counts: { HALF: 0 } });

    // Not without ticking "Jag har granskat rapporterna": nothing changes.
    const before = await followUpDigest();
    expect(await stateOf(approveSubmittedReportsAction(idleFormState, form({ periodId })))).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { reviewed: ["reviewedRequired"] } });
    expect(await followUpDigest()).toEqual(before);

    expect(await redirectOf(approveSubmittedReportsAction(idleFormState, approveForm(periodId)))).toBe(`/arbetsyta/program/${world.programme.id}/uppfoljning?ar=2025&klart=godkanda`);
    expect(await db.followUpReport.findMany({ where: { id: { in: [aShared.id, aOnly.id] } }, select: { reviewStatus: true, reviewedById: true } })).toEqual([
      { reviewStatus: "APPROVED", reviewedById: world.people.coordinator.id },
      { reviewStatus: "APPROVED", reviewedById: world.people.coordinator.id },
    ]);
    expect(await db.followUpReport.findMany({ where: { id: { in: untouched.map((r) => r.id) } }, orderBy: { id: "asc" } })).toEqual(untouched);
    expect(await db.indicatorValue.findMany({ where: { indicatorStableKey: world.indicator.stableKey }, orderBy: { year: "asc" }, select: { year: true, reviewStatus: true } })).toEqual([
      { year: 2025, reviewStatus: "APPROVED" },
      { year: 2026, reviewStatus: "SUBMITTED" },
    ]);
    const audit = await approvals([aShared.id, aOnly.id, bShared.id]);
    expect(audit.map((e) => e.entityId).sort()).toEqual([aShared.id, aOnly.id, bShared.id].sort());
    expect(audit.find((e) => e.entityId === aOnly.id)).toMatchObject({ actorId: world.people.coordinator.id, countyId: world.county.id, programmeId: world.programme.id, entityType: "follow_up_report", before: { reviewStatus: "SUBMITTED" }, after: { reviewStatus: "APPROVED", message: null } });

    const page = await loadCoordinatorFollowUp(world.programme.id, 2025);
    expect(page?.approveAll).toBeNull();
    signInAs(null);
    const dashboard = await loadPublicFollowUp(world.county.slug, world.programme.slug);
    expect(dashboard?.actions.map((a) => [a.stableKey, a.years.find((y) => y.year === 2025)?.status ?? null])).toEqual([
      [world.shared.stableKey, "STARTED"],
      [world.onlyA.stableKey, "HALF"],
      [world.onlyB.stableKey, null],
    ]);
    // The approved 2025 value is public; the 2026 value (13) is not approved and never shows.
    expect(dashboard?.actions.flatMap((a) => a.indicators.flatMap((i) => i.values.map((v) => [v.year, v.value])))).toEqual([[2025, 12.5]]);
    expect(await db.followUpActionState.findUnique({ where: { itemId: world.onlyA.id } })).toMatchObject({ status: "HALF", latestYear: 2025 });
    expect((await countyInRollup(world)).county).toMatchObject({ total: 3, counts: { STARTED: 1, HALF: 1, NONE: 1 } });
  });

  test("with nothing submitted the button is not offered and a post is refused, changing nothing", async () => {
    const world = await arrange();
    const periodId = await openYear(world, 2025);
    signInAs(world.people.coordinator);
    expect((await loadCoordinatorFollowUp(world.programme.id, 2025))?.approveAll).toBeNull();
    const before = await followUpDigest();
    expect(await stateOf(approveSubmittedReportsAction(idleFormState, approveForm(periodId)))).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
    expect(await followUpDigest()).toEqual(before);
    // A board member of the county sees the reports but may not review: no button either.
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "HALF" });
    signInAs(world.people.boardMember);
    expect((await loadCoordinatorFollowUp(world.programme.id, 2025))?.approveAll ?? null).toBeNull();
  });

  test("two approve-all clicks at the same time approve each report once, with one audit row each", async () => {
    const world = await arrange();
    const periodId = await openYear(world, 2025);
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.shared.stableKey}`]: "DONE", [`status:${world.onlyA.stableKey}`]: "HALF" });
    await report(world.people.signatoryB, periodId, world.b.id, { [`status:${world.shared.stableKey}`]: "STARTED", [`status:${world.onlyB.stableKey}`]: "NOT_STARTED" });
    const submitted = await db.followUpReport.findMany({ where: { year: 2025 }, select: { id: true } });
    expect(submitted).toHaveLength(4);
    signInAs(world.people.coordinator);
    const results = await Promise.all([outcome(approveSubmittedReportsAction(idleFormState, approveForm(periodId))), outcome(approveSubmittedReportsAction(idleFormState, approveForm(periodId)))]);
    // One approves everything; the other finds nothing left (or, had it come first, the reverse).
    expect(results.filter((r) => "redirectedTo" in r)).toHaveLength(1);
    expect(results.find((r) => "state" in r)).toMatchObject({ state: { status: "error", code: "INVALID_TRANSITION" } });
    expect(await db.followUpReport.count({ where: { year: 2025, reviewStatus: "APPROVED" } })).toBe(4);
    const audit = await approvals(submitted.map((r) => r.id));
    expect(audit.map((e) => e.entityId).sort()).toEqual(submitted.map((r) => r.id).sort());
    expect(await db.followUpActionState.findUnique({ where: { itemId: world.shared.id } })).toMatchObject({ status: "STARTED", latestYear: 2025 });
  });
});

describe("refusals: wrong role, wrong organisation, wrong county – refused and nothing changed", () => {
  test("every follow-up action", async () => {
    const world = await arrange();
    const periodId = await openYear(world);
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "DONE" });
    const submitted = await db.followUpReport.findFirstOrThrow({});
    const reportFields = { periodId, organisationId: world.a.id, [`status:${world.onlyA.stableKey}`]: "HALF" };
    const csvForm = () => {
      const data = form({ periodId, organisationId: world.a.id });
      data.append("file", new File([`row_type,action_stable_key,indicator_stable_key,number,title,status,comment,value,unit\naction,${world.onlyA.stableKey},,1.2,x,H,,,`], "a.csv"));
      return data;
    };
    const attempts: { name: string; run: () => Promise<{ status: string; code?: string }>; allowed: string[] }[] = [
      { name: "open a period", run: () => openPeriodAction(idleFormState, form({ versionId: world.version.id, year: 2026, closesAt: "" })), allowed: ["coordinator"] },
      { name: "close a period", run: () => closePeriodAction(idleFormState, form({ periodId })), allowed: ["coordinator"] },
      { name: "approve all submitted", run: () => approveSubmittedReportsAction(idleFormState, form({ periodId, reviewed: "on" })), allowed: ["coordinator"] },
      { name: "review a report", run: () => reviewReportAction(idleFormState, form({ reportId: submitted.id, decision: "APPROVE" })), allowed: ["coordinator"] },
      { name: "report for A", run: () => saveReportsAction(idleFormState, form(reportFields)), allowed: ["signatoryA"] },
      { name: "import for A", run: () => importReportsAction(idleFormState, csvForm()), allowed: ["signatoryA"] },
      // Wrong organisation: B's signatory posting its own organisation for A's action.
      { name: "report B for A's action", run: () => saveReportsAction(idleFormState, form({ periodId, organisationId: world.b.id, [`status:${world.onlyA.stableKey}`]: "HALF" })), allowed: [] },
      // Wrong county: the foreign signatory for its own organisation in this county's period.
      { name: "report a foreign organisation", run: () => saveReportsAction(idleFormState, form({ periodId, organisationId: world.otherMunicipality.id, [`status:${world.onlyA.stableKey}`]: "HALF" })), allowed: [] },
    ];
    const people = Object.entries(world.people);
    for (const attempt of attempts) {
      for (const [who, user] of [...people, ["signed out", null] as const]) {
        if (attempt.allowed.includes(who)) continue;
        const before = await followUpDigest();
        signInAs(user);
        const state = await stateOf(attempt.run());
        expect({ attempt: attempt.name, who, status: state.status }).toEqual({ attempt: attempt.name, who, status: "error" });
        expect(state.code, `${attempt.name} by ${who}`).toMatch(/^(FORBIDDEN|UNAUTHENTICATED|NOT_FOUND)$/);
        expect(await followUpDigest(), `${attempt.name} by ${who}: nothing may change`).toEqual(before);
      }
    }
  });

  test("a coordinator of another county and a signatory of another organisation see none of it", async () => {
    const world = await arrange();
    const periodId = await openYear(world);
    signInAs(world.people.foreignCoordinator);
    expect(await loadCoordinatorFollowUp(world.programme.id, null)).toBeNull();
    signInAs(world.people.foreignSignatory);
    expect(await loadReportForm(periodId, null)).toBeNull();
    expect(await loadMyPeriods()).toEqual([]);
    signInAs(world.people.memberA);
    expect(await loadReportForm(periodId, world.a.id)).toBeNull();
  });
});

describe("public", () => {
  test("unapproved reports never appear publicly: not in any page's loader, the roll-ups, the JSON, the CSV or the PDF", async () => {
    const world = await arrange();
    const periodId = await openYear(world);
    const marker = `HEMLIGMARKOR${Date.now()}`;
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.shared.stableKey}`]: "DONE", [`comment:${world.shared.stableKey}`]: `${marker} inskickad`, [`indicator:${world.shared.stableKey}:${world.indicator.stableKey}`]: "4242,125", [`status:${world.onlyA.stableKey}`]: "HALF", [`comment:${world.onlyA.stableKey}`]: "Godkänd text" });
    await report(world.people.signatoryB, periodId, world.b.id, { [`status:${world.onlyB.stableKey}`]: "NOT_STARTED", [`comment:${world.onlyB.stableKey}`]: `${marker} skickas tillbaka` });
    const [sharedReport, onlyAReport, onlyBReport] = await Promise.all([
      db.followUpReport.findFirstOrThrow({ where: { actionStableKey: world.shared.stableKey } }),
      db.followUpReport.findFirstOrThrow({ where: { actionStableKey: world.onlyA.stableKey } }),
      db.followUpReport.findFirstOrThrow({ where: { actionStableKey: world.onlyB.stableKey } }),
    ]);
    signInAs(world.people.coordinator);
    await stateOf(reviewReportAction(idleFormState, form({ reportId: onlyAReport.id, decision: "APPROVE" })));
    await stateOf(reviewReportAction(idleFormState, form({ reportId: onlyBReport.id, decision: "REQUEST_CORRECTION", message: "Komplettera" })));
    expect(sharedReport.reviewStatus).toBe("SUBMITTED");
    signInAs(null);

    const decoder = new TextDecoder();
    const outputs: [string, string][] = [
      ["dashboard", JSON.stringify(await loadPublicFollowUp(world.county.slug, world.programme.slug))],
      ["year report", JSON.stringify(await loadPublicYearReport(world.county.slug, world.programme.slug, 2025))],
      ["national roll-up", JSON.stringify(await loadFollowUpRollup(null))],
      ["county roll-up", JSON.stringify(await loadFollowUpRollup(world.county.slug))],
      ["json", decoder.decode((await loadFollowUpExport(world.county.slug, world.programme.slug, "json"))?.body)],
      ["csv", decoder.decode((await loadFollowUpExport(world.county.slug, world.programme.slug, "csv"))?.body)],
      ["pdf", extractPdfText((await loadYearReportPdf(world.county.slug, world.programme.slug, 2025, pdfLabels))?.body ?? new Uint8Array())],
    ];
    for (const [name, output] of outputs) {
      expect(output, name).not.toContain(marker);
      expect(output, name).not.toContain("4242");
    }
    // The approved report is there: the check above is not passing on an empty page.
    for (const [name, output] of outputs.filter(([n]) => ["dashboard", "year report", "json", "csv", "pdf"].includes(n))) expect(output, name).toContain(name === "csv" || name === "pdf" || name === "json" ? "Godk" : "HALF");
    expect(JSON.parse(outputs[2]?.[1] ?? "{}")).toMatchObject({ total: expect.any(Number) });
  });

  test("nothing of a programme that is not published is public, even approved reports", async () => {
    const world = await arrange();
    const periodId = await openYear(world);
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "DONE" });
    await approveAll(world, 2025);
    // A published version is never withdrawn (the database refuses it); forced here to prove the
    // public reads filter on the status, not on the reports.
    await forceVersionStatus(world.version.id, "WITHDRAWN");
    expect(await loadPublicFollowUp(world.county.slug, world.programme.slug)).toBeNull();
    expect(await loadFollowUpExport(world.county.slug, world.programme.slug, "json")).toBeNull();
    expect((await loadFollowUpRollup(null))?.total).toBe(0);
  });

  test("history stays with the action's stable key when the programme is revised", async () => {
    const world = await arrange();
    const periodId = await openYear(world, 2024);
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "STARTED", [`indicator:${world.shared.stableKey}:${world.indicator.stableKey}`]: "28", [`status:${world.shared.stableKey}`]: "STARTED" });
    await approveAll(world, 2024);
    // The revision: a new version with new rows but the same stable keys, published over version 1.
    const v2 = await draftRevision(world, "Omdöpt fokusområde", [
      { title: "A:s åtgärd, reviderad", responsible: [world.a.id], indicators: 0, stableKey: world.onlyA.stableKey },
      { title: "Delad åtgärd", responsible: [world.a.id, world.b.id], indicators: 1, stableKey: world.shared.stableKey },
    ]);
    const [, revisedShared] = v2.items;
    if (revisedShared === undefined) throw new Error("items missing");
    await db.$executeRaw`UPDATE indicator SET stable_key = ${world.indicator.stableKey}::uuid WHERE item_id = ${revisedShared.id}::uuid`;
    await setVersionStatus(db, v2.version.id, "PUBLISHED");
    await setVersionStatus(db, world.version.id, "SUPERSEDED");

    const dashboard = await loadPublicFollowUp(world.county.slug, world.programme.slug);
    expect(dashboard?.version.number).toBe(2);
    const revised = dashboard?.actions.find((a) => a.stableKey === world.onlyA.stableKey);
    expect(revised).toMatchObject({ title: "A:s åtgärd, reviderad", years: [{ year: 2024, status: "STARTED" }], current: { lastReportedYear: 2024 } });
    expect(dashboard?.actions.find((a) => a.stableKey === world.shared.stableKey)?.indicators[0]?.values).toEqual([{ year: 2024, value: 28, note: "" }]);

    // Reporting on the new version adds to the same history.
    signInAs(world.people.coordinator);
    const v2Period = await stateOf(openPeriodAction(idleFormState, form({ versionId: v2.version.id, year: 2025, closesAt: "" })));
    if (v2Period.status !== "success") throw new Error("open failed");
    await report(world.people.signatoryA, v2Period.data.periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "DONE" });
    await approveAll(world, 2025);
    const after = await loadPublicFollowUp(world.county.slug, world.programme.slug);
    expect(after?.actions.find((a) => a.stableKey === world.onlyA.stableKey)?.years.map((y) => [y.year, y.status])).toEqual([
      [2024, "STARTED"],
      [2025, "DONE"],
    ]);
    const yearReport = await loadPublicYearReport(world.county.slug, world.programme.slug, 2025);
    expect(yearReport?.statusChanges).toContainEqual(expect.objectContaining({ stableKey: world.onlyA.stableKey, before: "STARTED", after: "DONE" }));
  });

  test("the roll-up reads a fixed number of queries however many reports there are", async () => {
    const world = await arrange();
    const periodId = await openYear(world);
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "DONE" });
    await approveAll(world, 2025);
    const small = await countQueries(() => loadFollowUpRollup(null));
    const second = await createProgrammeVersion(db, { programmeId: (await createProgramme(db, { regionalStrategyId: world.regional.id })).id, status: "PUBLISHED", validFrom: new Date("2024-01-01"), validTo: new Date("2099-12-31"), nationalStrategyId: world.national.id, focusAreas: [{ items: [{}, {}, {}] }] });
    for (const item of second.focusAreas[0]?.items ?? []) {
      for (const year of [2024, 2025]) {
        await db.followUpReport.create({ data: { programmeId: second.version.programmeId, actionStableKey: item.stableKey, year, organisationId: item.organisations[0]?.organisationId ?? world.a.id, versionId: second.version.id, status: "HALF", reviewStatus: "APPROVED" } });
      }
    }
    const large = await countQueries(() => loadFollowUpRollup(null));
    expect(large.result?.total).toBeGreaterThan(small.result?.total ?? 0);
    expect(large.queries).toBe(small.queries);
  });
});

describe("roll-up state", () => {
  test("approving a report shows its status in the roll-up for its county and goal; sending it back takes it out again", async () => {
    const world = await arrange();
    const periodId = await openYear(world, 2025);
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "HALF" });
    const submitted = await db.followUpReport.findFirstOrThrow({ where: { actionStableKey: world.onlyA.stableKey } });
    const before = await countyInRollup(world);
    expect(before.county).toMatchObject({ total: 3, counts: { HALF: 0, NONE: 3 } });

    signInAs(world.people.coordinator);
    expect(await stateOf(reviewReportAction(idleFormState, form({ reportId: submitted.id, decision: "APPROVE" })))).toMatchObject({ status: "success" });
    const approved = await countyInRollup(world);
    expect(approved).toMatchObject({ goal: before.goal, county: { total: 3, counts: { HALF: 1, NONE: 2 } } });
    expect((await loadFollowUpRollup(world.county.slug))?.goals.find((g) => g.number === before.goal)?.counts).toMatchObject({ HALF: 1, NONE: 2 });

    expect(await stateOf(reviewReportAction(idleFormState, form({ reportId: submitted.id, decision: "REQUEST_CORRECTION", message: "Komplettera" })))).toMatchObject({ status: "success" });
    expect((await countyInRollup(world)).county).toMatchObject({ total: 3, counts: { HALF: 0, NONE: 3 } });
  });

  test("publishing a revision counts the new version's actions in the roll-up, with the history of their stable keys", async () => {
    const world = await arrange();
    const periodId = await openYear(world, 2025);
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "DONE" });
    await approveAll(world, 2025);
    // Version 2 keeps 1.2 (A's action, by its stable key) and adds a new action; 1.1 and 1.3 are gone.
    const v2 = await draftRevision(world, "Fokusområde", [
      { title: "A:s åtgärd, reviderad", responsible: [world.a.id], indicators: 0, stableKey: world.onlyA.stableKey },
      { title: "Ny åtgärd", responsible: [world.b.id], indicators: 0 },
    ]);
    await setVersionStatus(db, v2.version.id, "RATIFIED");
    expect((await countyInRollup(world)).county).toMatchObject({ total: 3, counts: { DONE: 1, NONE: 2 } });

    const actor = { userId: world.people.coordinator.id, email: world.people.coordinator.email, name: null, isDemo: false, memberships: [] };
    await publishVersion(actor, [world.county.id], { versionId: v2.version.id, confirmExpired: true });
    const after = await countyInRollup(world);
    expect(after.county).toMatchObject({ total: 2, counts: { DONE: 1, NONE: 1 } });
    expect(after.programmes).toEqual([expect.objectContaining({ versionNumber: 2 })]);
  });

  test("two organisations' reports of one action approved at the same time: the roll-up state reflects both", async () => {
    const world = await arrange();
    const scope = { actorId: world.people.coordinator.id, actorEmail: world.people.coordinator.email, countyIds: [world.county.id] };
    // Two rounds with the statuses swapped: whichever approval commits last, the state must be the
    // least advanced of both (a writer working from a stale snapshot would leave its own status).
    for (const [year, statusA, statusB] of [
      [2025, "DONE", "STARTED"],
      [2026, "STARTED", "DONE"],
    ] as const) {
      const periodId = await openYear(world, year);
      await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.shared.stableKey}`]: statusA });
      await report(world.people.signatoryB, periodId, world.b.id, { [`status:${world.shared.stableKey}`]: statusB });
      const reports = await db.followUpReport.findMany({ where: { actionStableKey: world.shared.stableKey, year } });
      expect(reports).toHaveLength(2);
      await Promise.all(reports.map((r) => reviewReport(scope, { reportId: r.id, decision: "APPROVE", message: "" })));
      expect(await db.followUpActionState.findUnique({ where: { itemId: world.shared.id } })).toMatchObject({ status: "STARTED", latestYear: year, delayed: false });
    }
  });

  test("the start-up backfill gives public versions without state rows theirs, once", async () => {
    const world = await arrange();
    const periodId = await openYear(world, 2025);
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "HALF" });
    await approveAll(world, 2025);
    // A database from before the table: no state rows at all.
    await db.followUpActionState.deleteMany({});
    expect((await countyInRollup(world)).county).toBeUndefined();
    expect(await backfillActionStates()).toBe(1);
    expect((await countyInRollup(world)).county).toMatchObject({ total: 3, counts: { HALF: 1, NONE: 2 } });
    expect(await backfillActionStates()).toBe(0);
    // One action's row missing (a backfill that stopped half-way): that programme is filled in again.
    await db.followUpActionState.deleteMany({ where: { item: { stableKey: world.onlyA.stableKey } } });
    expect((await countyInRollup(world)).county).toMatchObject({ total: 2 });
    expect(await backfillActionStates()).toBe(1);
    expect((await countyInRollup(world)).county).toMatchObject({ total: 3, counts: { HALF: 1, NONE: 2 } });
  });
});

describe("documents", () => {
  test("the yearly report PDF is tagged PDF/A-2a with embedded fonts, status names once, arrows and figures beside the chart", async () => {
    const world = await arrange();
    const first = await openYear(world, 2024);
    await report(world.people.signatoryA, first, world.a.id, { [`status:${world.shared.stableKey}`]: "STARTED", [`indicator:${world.shared.stableKey}:${world.indicator.stableKey}`]: "28", [`status:${world.onlyA.stableKey}`]: "NOT_STARTED" });
    await approveAll(world, 2024);
    const second = await openYear(world, 2025);
    await report(world.people.signatoryA, second, world.a.id, { [`status:${world.shared.stableKey}`]: "HALF", [`indicator:${world.shared.stableKey}:${world.indicator.stableKey}`]: "31,5", [`status:${world.onlyA.stableKey}`]: "DONE", [`comment:${world.onlyA.stableKey}`]: "Klart → 12 mars" });
    await approveAll(world, 2025);
    signInAs(null);
    const download = await loadYearReportPdf(world.county.slug, world.programme.slug, 2025, pdfLabels);
    if (download === null) throw new Error("no pdf");
    const { text, structure } = expectArchivableAndAccessible(download.body, [
      "Uppföljningsrapport 2025",
      "Delad åtgärd",
      "A:s åtgärd",
      "B:s åtgärd",
      "Klart → 12 mars",
      "31,5",
      statusNames.HALF,
      statusNames.DONE,
    ]);
    // The county boards' letters are part of the status names: never written twice ("G G", "H H").
    expect(text).not.toMatch(/\b([GHPE]) \1\b/);
    expect(text).not.toContain("Ej relevant Ej relevant");
    // A vector chart with alternative text, and its figures in a table with header cells.
    expect(structure.some((line) => line.trim().startsWith("Figure"))).toBe(true);
    expect(structure.filter((line) => line.trim().startsWith("TH")).length).toBeGreaterThanOrEqual(3);
    expect(Buffer.from(download.body).toString("latin1")).toMatch(/\/S \/Figure\n(?:\/[A-Za-z]+ [^\n]*\n)*?\/Alt \(\xfe\xff/);
  });

  test("the follow-up xlsx reads back as the approved reports; the Swedish Excel CSV parses with semicolons", async () => {
    const world = await arrange();
    const periodId = await openYear(world, 2025, "2026-03-31");
    await report(world.people.signatoryA, periodId, world.a.id, { [`status:${world.onlyA.stableKey}`]: "DONE", [`comment:${world.onlyA.stableKey}`]: "Klart", [`status:${world.shared.stableKey}`]: "HALF", [`indicator:${world.shared.stableKey}:${world.indicator.stableKey}`]: "31,5" });
    await approveAll(world, 2025);
    signInAs(null);
    const labels = { statusNames, yes: "Ja", no: "Nej" };
    const download = await loadFollowUpExport(world.county.slug, world.programme.slug, "xlsx", labels);
    if (download === null) throw new Error("no xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.body.buffer);
    const sheet = workbook.getWorksheet("Uppföljning");
    const indicators = workbook.getWorksheet("Indikatorer");
    if (sheet === undefined || indicators === undefined) throw new Error("sheets missing");
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(followUpSheetColumns.map((c) => c.header));
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row, index) => {
      if (index > 1) rows.push(row);
    });
    const done = rows.find((row) => row.getCell(4).value === "A:s åtgärd");
    expect(done?.getCell(1).value).toBe(2025);
    expect(done?.getCell(7).value).toBe("Kommun A");
    expect(done?.getCell(8).value).toBe(statusNames.DONE);
    expect(done?.getCell(9).value).toBe("Klart");
    expect(done?.getCell(10).value).toEqual(new Date("2026-03-31T00:00:00.000Z"));
    expect(indicators.getRow(2).getCell(6).value).toBe(31.5);
    expect(indicators.getRow(2).getCell(1).value).toBe(2025);

    const csv = await loadFollowUpExport(world.county.slug, world.programme.slug, "excel-csv");
    const machine = await loadFollowUpExport(world.county.slug, world.programme.slug, "csv");
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const excelText = decoder.decode(csv?.body);
    expect(excelText.startsWith("\uFEFFcounty_slug;programme_slug;year;")).toBe(true);
    const parsed = parseCsv(excelText);
    expect(parsed).toEqual(parseCsv(decoder.decode(machine?.body)));
    expect(parsed.some((row) => row.includes("Klart") && row.includes("2025"))).toBe(true);
  });
});
