import "server-only";
import { recordAuditEvent, recordAuditEvents, type AuditEventInput } from "@/lib/audit/mutations";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { getServerEnv } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { refreshActionStates } from "@/lib/follow-up/action-states";
import {
  acceptsReports,
  canOpenPeriodOn,
  defaultPeriodYears,
  handOverPeriods,
  isClosingReminderDue,
  periodStatusesAllowing,
  reviewStatusesAllowing,
  transitionPeriod,
  transitionReview,
} from "@/lib/follow-up/lifecycle";
import type { ApproveSubmittedInput, OpenPeriodInput, ReviewReportInput, SaveReportsInput } from "@/lib/follow-up/schema";
import type { PeriodChanged, ReportReviewed, ReportsApproved, ReportsSaved } from "@/lib/follow-up/types";
import { inTransaction } from "@/lib/focus-areas/mutations";
import { buildCorrectionRequestedMail, buildPeriodClosingMail, buildPeriodOpenedMail } from "@/lib/mail/follow-up-mail";
import type { MailMessage } from "@/lib/mail/transport";
import { publicVersionWhere } from "@/lib/programmes/data";

/*
 * Follow-up writes. Every change is one transaction with its audit row (and any e-mail, queued in
 * OutboxMail) inside; every update is a compare-and-set scoped in its where: the coordinator's
 * counties, the reporter's organisation and its responsibility for the action, the period's and
 * the report's status. A refused write is explained afterwards (NOT_FOUND, FORBIDDEN,
 * INVALID_TRANSITION) and leaves no row changed.
 */

/** Who coordinates: the counties where the actor may manage periods or review (from the policy). */
export type CoordinatorScope = { actorId: string; actorEmail: string | null; countyIds: readonly string[] };

/** Who reports: one organisation the actor speaks for (checked by the policy before this runs). */
export type ReporterScope = { actorId: string; actorEmail: string | null; organisationId: string };

function baseUrl(): string {
  return getServerEnv().NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;
}

function reportUrl(periodId: string): string {
  return `${baseUrl()}/arbetsyta/uppfoljning/${periodId}`;
}

async function queueMails(tx: Prisma.TransactionClient, mails: readonly MailMessage[]): Promise<number> {
  if (mails.length === 0) return 0;
  const result = await tx.outboxMail.createMany({ data: mails.map((m) => ({ to: m.to, subject: m.subject, text: m.text, html: m.html ?? null })) });
  return result.count;
}

/** Active signatories of the organisations responsible for an action of the version, with those organisations. */
async function responsibleSignatories(tx: Prisma.TransactionClient, versionId: string) {
  return tx.membership.findMany({
    where: {
      role: "SIGNATORY",
      user: { disabledAt: null },
      organisation: { itemLinks: { some: { role: "RESPONSIBLE", item: { versionId } } } },
    },
    select: { user: { select: { email: true } }, organisation: { select: { id: true, name: true } } },
  });
}

// ───────────── Periods ─────────────


/**
 * Opens the period `year` of a public version (created on first opening: by default every year of
 * the validity is a PLANNED period) and queues the "period is open" e-mail to the signatories of
 * every responsible organisation.
 */
export async function openPeriod(scope: CoordinatorScope, input: OpenPeriodInput): Promise<PeriodChanged> {
  return inTransaction(getDb(), async (tx) => {
    const version = await tx.programmeVersion.findFirst({
      where: { id: input.versionId, countyId: { in: [...scope.countyIds] } },
      select: { id: true, status: true, programmeId: true, countyId: true, validFrom: true, validTo: true, programme: { select: { title: true } } },
    });
    if (version === null) throw new AppError("NOT_FOUND");
    const isPublicVersion = await tx.programmeVersion.count({ where: { id: version.id, ...publicVersionWhere() } });
    if (isPublicVersion === 0) throw new AppError("INVALID_TRANSITION", "only published versions are followed up", { reason: "NOT_PUBLISHED" });
    // A superseded version's years are reported on the version in force: one period per programme and year.
    if (!canOpenPeriodOn(version.status)) throw new AppError("INVALID_TRANSITION", "periods open on the version in force", { reason: "SUPERSEDED" });
    if (!defaultPeriodYears(version.validFrom, version.validTo).includes(input.year)) {
      throw new AppError("VALIDATION", "the year is outside the validity", { fieldErrors: { year: ["invalidYear"] } });
    }
    const existing = await tx.reportingPeriod.findUnique({ where: { versionId_year: { versionId: version.id, year: input.year } }, select: { id: true, status: true } });
    let periodId: string;
    if (existing === null) {
      const created = await tx.reportingPeriod.create({
        data: { versionId: version.id, year: input.year, status: "OPEN", opensAt: new Date(), closesAt: input.closesAt },
        select: { id: true },
      });
      periodId = created.id;
    } else {
      if (!transitionPeriod(existing.status, "OPEN").ok) throw new AppError("INVALID_TRANSITION", "the period is already open");
      const updated = await tx.reportingPeriod.updateMany({
        where: { id: existing.id, status: { in: periodStatusesAllowing("OPEN") } },
        data: { status: "OPEN", closesAt: input.closesAt, closingReminderAt: null },
      });
      if (updated.count !== 1) throw new AppError("CONFLICT");
      periodId = existing.id;
    }
    const recipients = await responsibleSignatories(tx, version.id);
    const queuedMails = await queueMails(
      tx,
      recipients.map((r) =>
        buildPeriodOpenedMail({ to: r.user.email, organisation: r.organisation.name, programme: version.programme.title, year: input.year, closesAt: input.closesAt, url: reportUrl(periodId) }),
      ),
    );
    await recordAuditEvent(tx, {
      actorId: scope.actorId,
      actorEmail: scope.actorEmail,
      action: "followup.period.open",
      entityType: "reporting_period",
      entityId: periodId,
      countyId: version.countyId,
      programmeId: version.programmeId,
      before: { status: existing?.status ?? "PLANNED" },
      after: { status: "OPEN", year: input.year, closesAt: input.closesAt?.toISOString().slice(0, 10) ?? null },
      meta: { queuedMails },
    });
    return { programmeId: version.programmeId, versionId: version.id, periodId, year: input.year, queuedMails };
  });
}

/**
 * Called inside publishVersion's transaction, after the old versions are SUPERSEDED: their open
 * periods close and continue open on the new version when it covers the year (handOverPeriods),
 * one audit row per moved year. Reports stay where they are: keyed by programme, stable key and year.
 */
export async function handOverOpenPeriods(
  tx: Prisma.TransactionClient,
  input: { now: Date; actorId: string; actorEmail: string | null; supersededVersionIds: readonly string[]; version: { id: string; programmeId: string; countyId: string; validFrom: Date; validTo: Date } },
): Promise<{ closed: number; opened: number[] }> {
  if (input.supersededVersionIds.length === 0) return { closed: 0, opened: [] };
  const [superseded, next] = await Promise.all([
    tx.reportingPeriod.findMany({ where: { versionId: { in: [...input.supersededVersionIds] }, status: "OPEN" }, select: { id: true, year: true, status: true, closesAt: true, versionId: true } }),
    tx.reportingPeriod.findMany({ where: { versionId: input.version.id }, select: { id: true, year: true, status: true } }),
  ]);
  const plan = handOverPeriods({ superseded, next, nextYears: defaultPeriodYears(input.version.validFrom, input.version.validTo) });
  if (plan.close.length > 0) {
    const closed = await tx.reportingPeriod.updateMany({ where: { id: { in: plan.close }, status: { in: periodStatusesAllowing("CLOSE") } }, data: { status: "CLOSED" } });
    if (closed.count !== plan.close.length) throw new AppError("CONFLICT", "a period changed meanwhile");
  }
  const existing = new Map(next.map((p) => [p.year, p]));
  const events: AuditEventInput[] = [];
  for (const move of plan.open) {
    const from = superseded.find((p) => p.year === move.year);
    const stored = existing.get(move.year);
    let periodId: string;
    if (stored === undefined) {
      periodId = (await tx.reportingPeriod.create({ data: { versionId: input.version.id, year: move.year, status: "OPEN", opensAt: input.now, closesAt: move.closesAt }, select: { id: true } })).id;
    } else {
      const updated = await tx.reportingPeriod.updateMany({
        where: { id: stored.id, status: { in: periodStatusesAllowing("OPEN") } },
        data: { status: "OPEN", closesAt: move.closesAt, closingReminderAt: null },
      });
      if (updated.count !== 1) throw new AppError("CONFLICT");
      periodId = stored.id;
    }
    events.push({
      actorId: input.actorId,
      actorEmail: input.actorEmail,
      action: "followup.period.move",
      entityType: "reporting_period",
      entityId: periodId,
      countyId: input.version.countyId,
      programmeId: input.version.programmeId,
      before: { periodId: from?.id ?? null, status: "OPEN" },
      after: { status: "OPEN", year: move.year, closesAt: move.closesAt?.toISOString().slice(0, 10) ?? null },
    });
  }
  const movedYears = new Set(plan.open.map((p) => p.year));
  for (const period of superseded.filter((p) => !movedYears.has(p.year))) {
    events.push({
      actorId: input.actorId,
      actorEmail: input.actorEmail,
      action: "followup.period.close",
      entityType: "reporting_period",
      entityId: period.id,
      countyId: input.version.countyId,
      programmeId: input.version.programmeId,
      before: { status: "OPEN" },
      after: { status: "CLOSED", year: period.year },
      meta: { reason: "SUPERSEDED" },
    });
  }
  if (events.length > 0) await recordAuditEvents(tx, events);
  return { closed: plan.close.length, opened: plan.open.map((p) => p.year) };
}

export async function closePeriod(scope: CoordinatorScope, input: { periodId: string }): Promise<PeriodChanged> {
  return inTransaction(getDb(), async (tx) => {
    const where = { id: input.periodId, version: { countyId: { in: [...scope.countyIds] } } };
    const updated = await tx.reportingPeriod.updateMany({ where: { ...where, status: { in: periodStatusesAllowing("CLOSE") } }, data: { status: "CLOSED" } });
    const period = await tx.reportingPeriod.findFirst({ where, select: { id: true, year: true, status: true, version: { select: { id: true, programmeId: true, countyId: true } } } });
    if (period === null) throw new AppError("NOT_FOUND");
    if (updated.count !== 1) throw new AppError("INVALID_TRANSITION", "the period is not open");
    await recordAuditEvent(tx, {
      actorId: scope.actorId,
      actorEmail: scope.actorEmail,
      action: "followup.period.close",
      entityType: "reporting_period",
      entityId: period.id,
      countyId: period.version.countyId,
      programmeId: period.version.programmeId,
      before: { status: "OPEN" },
      after: { status: "CLOSED" },
    });
    return { programmeId: period.version.programmeId, versionId: period.version.id, periodId: period.id, year: period.year, queuedMails: 0 };
  });
}

/**
 * Queues the "closes in a week" reminder for every open period that is due (isClosingReminderDue),
 * once per period (compare-and-set on closingReminderAt), to the signatories of the organisations
 * that still have actions to report. Meant for the outbox worker's periodic tick.
 */
export async function queueClosingReminders(now: Date): Promise<number> {
  const candidates = await getDb().reportingPeriod.findMany({
    where: { status: "OPEN", closingReminderAt: null, closesAt: { not: null } },
    select: { id: true, status: true, closesAt: true, closingReminderAt: true },
  });
  let queued = 0;
  for (const candidate of candidates) {
    if (!isClosingReminderDue({ status: candidate.status, closesAt: candidate.closesAt, reminderQueuedAt: candidate.closingReminderAt, now })) continue;
    queued += await inTransaction(getDb(), async (tx) => {
      const claimed = await tx.reportingPeriod.updateMany({ where: { id: candidate.id, status: "OPEN", closingReminderAt: null }, data: { closingReminderAt: now } });
      if (claimed.count !== 1) return 0;
      const period = await tx.reportingPeriod.findUniqueOrThrow({
        where: { id: candidate.id },
        select: {
          id: true,
          year: true,
          closesAt: true,
          version: {
            select: {
              id: true,
              programmeId: true,
              countyId: true,
              programme: { select: { title: true } },
              items: { select: { stableKey: true, organisations: { where: { role: "RESPONSIBLE" }, select: { organisationId: true } } } },
            },
          },
        },
      });
      const reported = await tx.followUpReport.findMany({
        where: { programmeId: period.version.programmeId, year: period.year, reviewStatus: { not: "CORRECTION_REQUESTED" } },
        select: { actionStableKey: true, organisationId: true },
      });
      const done = new Set(reported.map((r) => `${r.organisationId}/${r.actionStableKey}`));
      const missingByOrganisation = new Map<string, number>();
      for (const item of period.version.items) {
        for (const link of item.organisations) {
          if (!done.has(`${link.organisationId}/${item.stableKey}`)) missingByOrganisation.set(link.organisationId, (missingByOrganisation.get(link.organisationId) ?? 0) + 1);
        }
      }
      const recipients = (await responsibleSignatories(tx, period.version.id)).filter((r) => missingByOrganisation.has(r.organisation.id));
      const closesAt = period.closesAt ?? now;
      const count = await queueMails(
        tx,
        recipients.map((r) =>
          buildPeriodClosingMail({
            to: r.user.email,
            organisation: r.organisation.name,
            programme: period.version.programme.title,
            year: period.year,
            closesAt,
            missing: missingByOrganisation.get(r.organisation.id) ?? 0,
            url: reportUrl(period.id),
          }),
        ),
      );
      await recordAuditEvent(tx, {
        actorId: null,
        actorEmail: null,
        action: "followup.period.remind",
        entityType: "reporting_period",
        entityId: period.id,
        countyId: period.version.countyId,
        programmeId: period.version.programmeId,
        meta: { queuedMails: count },
      });
      return count;
    });
  }
  return queued;
}

// ───────────── Reports ─────────────


/**
 * Saves (submits) the organisation's reports of one period: status and comment per action, and
 * values of the indicators of the actions it leads. All or nothing: an action the organisation is
 * not responsible for in this period's version, an approved report, an indicator of an action it
 * does not lead, or a period that is not open refuses the whole save.
 */
export async function saveReports(scope: ReporterScope, input: SaveReportsInput, now: Date = new Date()): Promise<ReportsSaved> {
  return inTransaction(getDb(), async (tx) => {
    const period = await tx.reportingPeriod.findFirst({
      where: { id: input.periodId, version: publicVersionWhere() },
      select: {
        id: true,
        year: true,
        status: true,
        version: {
          select: {
            id: true,
            programmeId: true,
            countyId: true,
            // Security-critical: only the actions this organisation is responsible for in this version.
            items: {
              where: { organisations: { some: { role: "RESPONSIBLE", organisationId: scope.organisationId } } },
              select: {
                stableKey: true,
                organisations: { where: { organisationId: scope.organisationId, lead: true }, select: { organisationId: true } },
                indicators: { select: { stableKey: true } },
              },
            },
          },
        },
      },
    });
    if (period === null || period.version.items.length === 0) throw new AppError("NOT_FOUND");
    if (!acceptsReports(period.status)) throw new AppError("INVALID_TRANSITION", "the period is not open", { reason: "PERIOD_NOT_OPEN" });
    const items = new Map(period.version.items.map((item) => [item.stableKey, item]));
    for (const entry of input.entries) {
      const item = items.get(entry.stableKey);
      if (item === undefined) throw new AppError("FORBIDDEN", "not responsible for this action");
      const isLead = item.organisations.length > 0;
      for (const indicator of entry.indicators) {
        if (!isLead || !item.indicators.some((i) => i.stableKey === indicator.stableKey)) throw new AppError("FORBIDDEN", "not the lead of this action's indicators");
      }
    }
    const { programmeId } = period.version;
    const keys = input.entries.map((e) => e.stableKey);
    const existing = await tx.followUpReport.findMany({
      where: { programmeId, year: period.year, organisationId: scope.organisationId, actionStableKey: { in: keys } },
      select: { id: true, actionStableKey: true, status: true, comment: true, reviewStatus: true },
    });
    const submittable = reviewStatusesAllowing("SUBMIT");
    for (const report of existing) {
      if (!transitionReview(report.reviewStatus, "SUBMIT").ok) throw new AppError("INVALID_TRANSITION", "an approved report cannot change", { reason: "APPROVED" });
    }
    let saved = 0;
    for (const entry of input.entries) {
      const before = existing.find((r) => r.actionStableKey === entry.stableKey);
      const data = { status: entry.status, comment: entry.comment, reviewStatus: "SUBMITTED" as const, reportedById: scope.actorId, reportedAt: now, versionId: period.version.id };
      if (before === undefined) {
        await tx.followUpReport.create({ data: { programmeId, actionStableKey: entry.stableKey, year: period.year, organisationId: scope.organisationId, ...data, reviewMessage: null }, select: { id: true } });
      } else {
        // Unchanged and already submitted: nothing to do (the bulk form posts every action).
        if (before.reviewStatus === "SUBMITTED" && before.status === entry.status && before.comment === entry.comment && entry.indicators.length === 0) continue;
        const updated = await tx.followUpReport.updateMany({ where: { id: before.id, reviewStatus: { in: submittable } }, data });
        if (updated.count !== 1) throw new AppError("CONFLICT");
      }
      for (const indicator of entry.indicators) {
        const where = { programmeId_indicatorStableKey_year: { programmeId, indicatorStableKey: indicator.stableKey, year: period.year } };
        const current = await tx.indicatorValue.findUnique({ where, select: { id: true, reviewStatus: true, value: true } });
        if (current !== null && !transitionReview(current.reviewStatus, "SUBMIT").ok) {
          if (indicator.value !== null && current.value.toNumber() === indicator.value) continue;
          throw new AppError("INVALID_TRANSITION", "an approved value cannot change", { reason: "APPROVED" });
        }
        if (indicator.value === null) {
          if (current !== null) await tx.indicatorValue.deleteMany({ where: { id: current.id, reviewStatus: { in: submittable } } });
          continue;
        }
        await tx.indicatorValue.upsert({
          where,
          create: { programmeId, indicatorStableKey: indicator.stableKey, year: period.year, organisationId: scope.organisationId, value: indicator.value, reviewStatus: "SUBMITTED", reportedById: scope.actorId },
          update: { value: indicator.value, organisationId: scope.organisationId, reviewStatus: "SUBMITTED", reportedById: scope.actorId },
        });
      }
      saved += 1;
      await recordAuditEvent(tx, {
        actorId: scope.actorId,
        actorEmail: scope.actorEmail,
        action: "followup.report.submit",
        entityType: "follow_up_report",
        entityId: `${programmeId}/${entry.stableKey}/${period.year}/${scope.organisationId}`,
        countyId: period.version.countyId,
        programmeId,
        before: before === undefined ? undefined : { status: before.status, comment: before.comment, reviewStatus: before.reviewStatus },
        after: { status: entry.status, comment: entry.comment, indicators: entry.indicators.map((i) => ({ stableKey: i.stableKey, value: i.value })) },
      });
    }
    return { programmeId, periodId: period.id, year: period.year, saved };
  });
}

// ───────────── Review ─────────────


/**
 * The coordinator approves a report (it becomes public, with the indicator values its organisation
 * gave as lead) or sends it back with a message (e-mailed to the organisation's signatories).
 */
export async function reviewReport(scope: CoordinatorScope, input: ReviewReportInput, now: Date = new Date()): Promise<ReportReviewed> {
  const event = input.decision === "APPROVE" ? "APPROVE" : "REQUEST_CORRECTION";
  return inTransaction(getDb(), async (tx) => {
    const where = { id: input.reportId, programme: { countyId: { in: [...scope.countyIds] } } };
    const next = input.decision === "APPROVE" ? ("APPROVED" as const) : ("CORRECTION_REQUESTED" as const);
    const report = await tx.followUpReport.findFirst({
      where,
      select: {
        id: true,
        year: true,
        actionStableKey: true,
        organisationId: true,
        versionId: true,
        reviewStatus: true,
        organisation: { select: { name: true } },
        programme: { select: { id: true, slug: true, title: true, countyId: true, county: { select: { slug: true } } } },
      },
    });
    if (report === null) throw new AppError("NOT_FOUND");
    // The compare-and-set decides; the row read above is only for the audit and the e-mail.
    const updated = await tx.followUpReport.updateMany({
      where: { ...where, reviewStatus: { in: reviewStatusesAllowing(event) } },
      data: { reviewStatus: next, reviewMessage: next === "APPROVED" ? null : input.message, reviewedById: scope.actorId, reviewedAt: now },
    });
    if (updated.count !== 1) throw new AppError("INVALID_TRANSITION", `the report cannot be ${event} now`);
    // Approving and sending an approved report back are the only changes of the approved reports
    // (saveReports cannot touch an approved one): the roll-up state of the action follows here.
    // Refreshed on every decision, not only when the read above said APPROVED: that read is not
    // what the compare-and-set decided on.
    await refreshActionStates(tx, report.programme.id, [report.actionStableKey]);
    const item = await tx.actionItem.findFirst({
      where: { versionId: report.versionId, stableKey: report.actionStableKey },
      select: { title: true, number: true, indicators: { select: { stableKey: true } }, organisations: { where: { lead: true }, select: { organisationId: true } } },
    });
    // The values belong to the report of the lead organisation: they are reviewed with it.
    if (item !== null && item.organisations.some((o) => o.organisationId === report.organisationId) && item.indicators.length > 0) {
      await tx.indicatorValue.updateMany({
        where: { programmeId: report.programme.id, year: report.year, indicatorStableKey: { in: item.indicators.map((i) => i.stableKey) } },
        data: { reviewStatus: next },
      });
    }
    if (next === "CORRECTION_REQUESTED") {
      const period = await tx.reportingPeriod.findFirst({ where: { versionId: report.versionId, year: report.year }, select: { id: true } });
      const signatories = await tx.membership.findMany({
        where: { role: "SIGNATORY", organisationId: report.organisationId, user: { disabledAt: null } },
        select: { user: { select: { email: true } } },
      });
      await queueMails(
        tx,
        signatories.map((s) =>
          buildCorrectionRequestedMail({
            to: s.user.email,
            organisation: report.organisation.name,
            programme: report.programme.title,
            year: report.year,
            action: item === null ? report.actionStableKey : `${item.number} ${item.title}`,
            message: input.message,
            url: period === null ? `${baseUrl()}/arbetsyta/uppfoljning` : reportUrl(period.id),
          }),
        ),
      );
    }
    await recordAuditEvent(tx, {
      actorId: scope.actorId,
      actorEmail: scope.actorEmail,
      action: next === "APPROVED" ? "followup.report.approve" : "followup.report.requestCorrection",
      entityType: "follow_up_report",
      entityId: report.id,
      countyId: report.programme.countyId,
      programmeId: report.programme.id,
      before: { reviewStatus: report.reviewStatus },
      after: { reviewStatus: next, message: next === "APPROVED" ? null : input.message },
    });
    return { programmeId: report.programme.id, countySlug: report.programme.county.slug, programmeSlug: report.programme.slug, year: report.year, reviewStatus: next };
  });
}

/**
 * "Godkänn alla inskickade": approves every SUBMITTED report of the period's year of the programme
 * (the reports the review list of that year shows) with the indicator values of those whose
 * organisation leads the action, as reviewReport does for one report. Drafts, reports sent back and
 * approved ones are left as they are. The one UPDATE is the compare-and-set: a report approved, sent
 * back or re-saved meanwhile is judged on its committed status, so two clicks approve each report
 * once, and only the rows it changed get an audit row. Statements do not grow with the number of
 * reports (the audit rows are one insert).
 */
export async function approveSubmittedReports(scope: CoordinatorScope, input: Pick<ApproveSubmittedInput, "periodId">, now: Date = new Date()): Promise<ReportsApproved> {
  return inTransaction(getDb(), async (tx) => {
    // Security-critical: the period only within the coordinator's counties.
    const period = await tx.reportingPeriod.findFirst({
      where: { id: input.periodId, version: { countyId: { in: [...scope.countyIds] } } },
      select: { id: true, year: true, version: { select: { programmeId: true, countyId: true } } },
    });
    if (period === null) throw new AppError("NOT_FOUND");
    const { programmeId, countyId } = period.version;
    const approved = await tx.followUpReport.updateManyAndReturn({
      // Only submitted reports: a draft is not finished, one sent back waits for its organisation.
      where: { programmeId, year: period.year, reviewStatus: "SUBMITTED" },
      data: { reviewStatus: "APPROVED", reviewMessage: null, reviewedById: scope.actorId, reviewedAt: now },
      select: { id: true, actionStableKey: true, organisationId: true, versionId: true },
    });
    if (approved.length === 0) throw new AppError("INVALID_TRANSITION", "no submitted reports to approve", { reason: "NOTHING_SUBMITTED" });
    const stableKeys = [...new Set(approved.map((r) => r.actionStableKey))];
    await refreshActionStates(tx, programmeId, stableKeys);
    // The values belong to the report of the lead organisation: they are reviewed with it.
    const items = await tx.actionItem.findMany({
      where: { versionId: { in: [...new Set(approved.map((r) => r.versionId))] }, stableKey: { in: stableKeys }, indicators: { some: {} } },
      select: { versionId: true, stableKey: true, indicators: { select: { stableKey: true } }, organisations: { where: { lead: true }, select: { organisationId: true } } },
    });
    const indicatorKeys = items
      .filter((item) => approved.some((r) => r.versionId === item.versionId && r.actionStableKey === item.stableKey && item.organisations.some((o) => o.organisationId === r.organisationId)))
      .flatMap((item) => item.indicators.map((i) => i.stableKey));
    if (indicatorKeys.length > 0) {
      await tx.indicatorValue.updateMany({ where: { programmeId, year: period.year, indicatorStableKey: { in: indicatorKeys } }, data: { reviewStatus: "APPROVED" } });
    }
    await recordAuditEvents(
      tx,
      approved.map((report) => ({
        actorId: scope.actorId,
        actorEmail: scope.actorEmail,
        action: "followup.report.approve",
        entityType: "follow_up_report",
        entityId: report.id,
        countyId,
        programmeId,
        before: { reviewStatus: "SUBMITTED" },
        after: { reviewStatus: "APPROVED", message: null },
      })),
    );
    return { programmeId, periodId: period.id, year: period.year, approved: approved.length };
  });
}

// ───────────── Roll-up state ─────────────

/**
 * Fills follow_up_action_state for public versions with an action that has no state row (a
 * database from before the table, versions published outside the app, a backfill that failed
 * half-way), one transaction per programme. Idempotent: once every action of a public version has
 * its row it finds nothing. Run at server start.
 */
export async function backfillActionStates(): Promise<number> {
  const missing = await getDb().programmeVersion.findMany({
    where: { ...publicVersionWhere(), items: { some: { followUpState: { is: null } } } },
    distinct: ["programmeId"],
    select: { programmeId: true },
  });
  for (const { programmeId } of missing) await inTransaction(getDb(), (tx) => refreshActionStates(tx, programmeId));
  return missing.length;
}
