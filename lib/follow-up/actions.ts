"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { formValues, toFormState, type FormState } from "@/lib/actions/form-state";
import { countiesWhere } from "@/lib/auth/policy";
import { findPeriodCountyId, findReportCountyId, findVersionCountyId } from "@/lib/follow-up/data";
import { invalidatePublicFollowUp } from "@/lib/follow-up/loaders";
import { approveSubmittedReports, closePeriod, openPeriod, reviewReport, saveReports, type CoordinatorScope } from "@/lib/follow-up/mutations";
import type { PeriodChanged, ReportReviewed, ReportsApproved, ReportsSaved } from "@/lib/follow-up/types";
import { approveSubmittedSchema, closePeriodSchema, importReportsSchema, openPeriodSchema, reviewReportSchema, saveReportsSchema } from "@/lib/follow-up/schema";
import type { Permission } from "@/lib/auth/policy";
import type { Actor } from "@/lib/users/types";

/*
 * Follow-up server actions: parse → authorize (the county of the record looked up in the database;
 * for reports, the organisation the actor speaks for) → one domain call → revalidate. The
 * mutations scope their where again (counties, responsibility for the action, statuses).
 */

function coordinatorScope(actor: Actor, permission: Permission): CoordinatorScope {
  return { actorId: actor.userId, actorEmail: actor.email, countyIds: countiesWhere(actor, permission) };
}

const periodPaths = (changed: PeriodChanged) => [`/arbetsyta/program/${changed.programmeId}/uppfoljning`, "/arbetsyta/uppfoljning", `/arbetsyta/uppfoljning/${changed.periodId}`];

const openPeriodCommand = defineAction({
  name: "followup.period.open",
  input: openPeriodSchema,
  access: "permission",
  permission: "followup.managePeriods",
  resource: async (input) => ({ countyId: await findVersionCountyId(input.versionId) }),
  run: (input, { actor }) => openPeriod(coordinatorScope(actor, "followup.managePeriods"), input),
  revalidate: (_input, changed) => periodPaths(changed),
});

const closePeriodCommand = defineAction({
  name: "followup.period.close",
  input: closePeriodSchema,
  access: "permission",
  permission: "followup.managePeriods",
  resource: async (input) => ({ countyId: await findPeriodCountyId(input.periodId) }),
  run: (input, { actor }) => closePeriod(coordinatorScope(actor, "followup.managePeriods"), input),
  revalidate: (_input, changed) => periodPaths(changed),
});

const reportPaths = (saved: ReportsSaved) => ["/arbetsyta/uppfoljning", `/arbetsyta/uppfoljning/${saved.periodId}`, `/arbetsyta/program/${saved.programmeId}/uppfoljning`];

// The organisation comes from the form, but the policy lets only its signatories through and the
// mutation accepts only actions that organisation is responsible for in the period's version.
const saveReportsCommand = defineAction({
  name: "followup.report.save",
  input: saveReportsSchema,
  access: "permission",
  permission: "followup.report",
  resource: (input) => ({ organisationId: input.organisationId }),
  run: (input, { actor }) => saveReports({ actorId: actor.userId, actorEmail: actor.email, organisationId: input.organisationId }, input),
  revalidate: (_input, saved) => reportPaths(saved),
});

const importReportsCommand = defineAction({
  name: "followup.report.import",
  input: importReportsSchema,
  access: "permission",
  permission: "followup.report",
  resource: (input) => ({ organisationId: input.organisationId }),
  run: (input, { actor }) => saveReports({ actorId: actor.userId, actorEmail: actor.email, organisationId: input.organisationId }, input),
  revalidate: (_input, saved) => reportPaths(saved),
});

const reviewReportCommand = defineAction({
  name: "followup.report.review",
  input: reviewReportSchema,
  access: "permission",
  permission: "followup.review",
  resource: async (input) => ({ countyId: await findReportCountyId(input.reportId) }),
  run: (input, { actor }) => reviewReport(coordinatorScope(actor, "followup.review"), input),
  revalidate: (_input, reviewed) => [`/arbetsyta/program/${reviewed.programmeId}/uppfoljning`, "/arbetsyta/uppfoljning"],
});

// The same rule as reviewing one report: the county of the period, looked up, never from the form.
const approveSubmittedCommand = defineAction({
  name: "followup.report.approveAll",
  input: approveSubmittedSchema,
  access: "permission",
  permission: "followup.review",
  resource: async (input) => ({ countyId: await findPeriodCountyId(input.periodId) }),
  run: (input, { actor }) => approveSubmittedReports(coordinatorScope(actor, "followup.review"), input),
  revalidate: (_input, approved) => [`/arbetsyta/program/${approved.programmeId}/uppfoljning`, "/arbetsyta/uppfoljning"],
});

export async function openPeriodAction(_previous: FormState<PeriodChanged>, formData: FormData): Promise<FormState<PeriodChanged>> {
  return toFormState(await openPeriodCommand(formData), formValues(formData));
}

export async function closePeriodAction(_previous: FormState<PeriodChanged>, formData: FormData): Promise<FormState<PeriodChanged>> {
  return toFormState(await closePeriodCommand(formData), formValues(formData));
}

export async function saveReportsAction(_previous: FormState<ReportsSaved>, formData: FormData): Promise<FormState<ReportsSaved>> {
  return toFormState(await saveReportsCommand(formData), formValues(formData));
}

export async function importReportsAction(_previous: FormState<ReportsSaved>, formData: FormData): Promise<FormState<ReportsSaved>> {
  return toFormState(await importReportsCommand(formData), formValues(formData));
}

/** Approving or sending back changes what the public sees: the public follow-up pages are renewed. */
export async function reviewReportAction(_previous: FormState<ReportReviewed>, formData: FormData): Promise<FormState<ReportReviewed>> {
  const result = await reviewReportCommand(formData);
  if (result.ok) await invalidatePublicFollowUp();
  return toFormState(result, formValues(formData));
}

/**
 * "Godkänn alla inskickade" of a period. The public follow-up pages are renewed; the button is gone
 * after it, so the page says what happened instead (?klart=godkanda).
 */
export async function approveSubmittedReportsAction(_previous: FormState<ReportsApproved>, formData: FormData): Promise<FormState<ReportsApproved>> {
  const result = await approveSubmittedCommand(formData);
  if (result.ok) {
    await invalidatePublicFollowUp();
    redirect(`/arbetsyta/program/${result.data.programmeId}/uppfoljning?ar=${result.data.year}&klart=godkanda`);
  }
  return toFormState(result, formValues(formData));
}
