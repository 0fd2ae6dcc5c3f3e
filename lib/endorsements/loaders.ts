import "server-only";
import { can, isCoordinatorOfCounty, isMemberOfOrganisation } from "@/lib/auth/policy";
import { getCurrentActor, requireActor } from "@/lib/auth/session";
import { listCountyOrganisations } from "@/lib/consultations/data";
import { findCoordinatedVersion } from "@/lib/consultations/loaders";
import { loadChangesForOrganisation } from "@/lib/decision-basis/loaders";
import { findDecisionScope, findEndorsementForOrganisations, findMinutes, findRevisionChanges, listEndorsementRequests, listLeftOut, listStoodBehind, listVersionEndorsements, toEndorsementView } from "@/lib/endorsements/data";
import { listOrganisationsById } from "@/lib/organisations/data";
import { defaultSignatories, endorsementOutcome } from "@/lib/endorsements/lifecycle";
import type { DecisionPage, EndorsementAdminPage, EndorsementRoundView, MyEndorsement } from "@/lib/endorsements/types";
import { findVersionBookkeeping } from "@/lib/programmes/data";
import { isPublic, transition, validityAt } from "@/lib/programmes/lifecycle";

/*
 * Workspace pages of endorsement, ratification and publishing. The coordinator's page is scoped to
 * their counties; an organisation's decision page to the organisations the actor belongs to.
 */

/** /arbetsyta/program/[programmeId]/version/[number]/stallningstagande. */
export async function loadEndorsementAdmin(programmeId: string, number: number): Promise<EndorsementAdminPage | null> {
  const coordinated = await findCoordinatedVersion(programmeId, number);
  if (coordinated === null) return null;
  const { actor, found, header } = coordinated;
  const { version } = found;
  const resource = { countyId: version.countyId };
  const [endorsementRows, bookkeeping] = await Promise.all([
    listVersionEndorsements(version.id, [version.countyId]),
    findVersionBookkeeping(version.id, [version.countyId]),
  ]);
  const rows = endorsementRows.map((row) => ({ row, view: toEndorsementView(row) }));
  const current = rows.filter(({ row }) => row.current === true).map(({ view }) => view);
  const history = new Map<number, EndorsementRoundView["rows"][number][]>();
  for (const { row, view } of rows) {
    if (row.current === true) continue;
    history.set(row.round, [...(history.get(row.round) ?? []), view]);
  }
  const outcome = current.length === 0 ? null : endorsementOutcome(current.map((c) => ({ ...c, carriedOver: c.carriedOverFromVersion !== null })));
  const mayRatify = can(actor, "version.ratify", resource);
  const canSend = transition(version.status, "SEND_FOR_ENDORSEMENT").ok && can(actor, "version.sendForEndorsement", resource);

  let organisations: EndorsementAdminPage["organisations"] = [];
  let carryOverCandidates: EndorsementAdminPage["carryOverCandidates"] = [];
  let changedOrganisations: EndorsementAdminPage["changedOrganisations"] = [];
  let organisationNames: Record<string, string> = {};
  let basisNumber: number | null = null;
  if (canSend) {
    const countyOrganisations = await listCountyOrganisations(version.countyId);
    const countyDefaults = countyOrganisations
      .filter((o) => o.kind === "MUNICIPALITY" || o.kind === "POLICE" || o.kind === "REGION" || o.kind === "COUNTY_BOARD")
      .map((o) => o.id);
    const revision = await findRevisionChanges({ programmeId, countyId: version.countyId, number: version.number, supersedesId: version.supersedesId });
    const previous = revision === null ? [] : await listStoodBehind(revision.basis.versionId);
    basisNumber = revision?.basis.number ?? null;
    const affected = revision?.changes.map((c) => c.organisationId) ?? [];
    const defaults = defaultSignatories({
      kind: version.kind,
      countyDefaults,
      affected,
      previous: previous.map((p) => ({ endorsementId: p.id, organisationId: p.organisationId, status: p.status })),
    });
    const required = new Set(defaults.required);
    const known = new Set(countyOrganisations.map((o) => o.id));
    organisationNames = Object.fromEntries(revision?.names ?? []);
    organisations = countyOrganisations.map((o) => ({ ...o, isDefault: required.has(o.id) }));
    // A changed organisation outside the county (a national agency) is listed too; never a wound-up one.
    const outside = await listOrganisationsById(affected.filter((id) => !known.has(id)));
    organisations = [...organisations, ...outside.filter((o) => o.active).map((o) => ({ id: o.id, name: o.name, kind: o.kind, isDefault: true }))];
    changedOrganisations = (revision?.changes ?? []).map((change) => ({ ...change, name: organisationNames[change.organisationId] ?? "" }));
    carryOverCandidates = previous.map((p) => ({ organisationId: p.organisationId, organisationName: p.organisation.name }));
  }
  const round = bookkeeping?.endorsementRound ?? 0;
  const leftOut = round === 0 ? [] : await listLeftOut(version.id, round);
  return {
    version: {
      ...header,
      kind: version.kind,
      contentHash: bookkeeping?.contentHash ?? null,
      round: bookkeeping?.endorsementRound ?? 0,
      ratification: { body: bookkeeping?.ratificationBody ?? null, date: bookkeeping?.ratificationDate ?? null, dnr: bookkeeping?.ratificationDnr ?? null },
      validityEndedOn: bookkeeping !== null && bookkeeping !== undefined && validityAt(bookkeeping.validFrom, bookkeeping.validTo, new Date()) === "EXPIRED" ? bookkeeping.validTo : null,
    },
    canSend,
    organisations,
    carryOverCandidates,
    affectedOrganisations: changedOrganisations.map((c) => c.organisationId),
    basisNumber,
    changedOrganisations,
    organisationNames,
    leftOut,
    current,
    outcome,
    history: [...history.entries()].map(([round, list]) => ({ round, rows: list })),
    canReopen: transition(version.status, "REOPEN").ok && can(actor, "version.reopen", resource),
    canRatify: transition(version.status, "RATIFY", { endorsementsComplete: outcome?.isComplete === true }).ok && mayRatify,
    mayRatify: version.status === "ENDORSEMENT" && mayRatify,
    canPublish: transition(version.status, "PUBLISH").ok && can(actor, "version.publish", resource),
  };
}

/** /arbetsyta/stallningstagande/[endorsementId]: any member of the organisation may read it. */
export async function loadDecisionPage(endorsementId: string): Promise<DecisionPage | null> {
  const actor = await requireActor();
  const row = await findEndorsementForOrganisations(
    endorsementId,
    actor.memberships.map((m) => m.organisationId),
  );
  if (row === null) return null;
  const { version } = row;
  const [view, scope] = await Promise.all([
    loadChangesForOrganisation(version, { id: row.organisationId, name: row.organisation.name }),
    findDecisionScope(endorsementId, actor.userId),
  ]);
  if (view === null || scope === null) return null;
  const isDelegated = scope.signingDelegationFor !== undefined;
  return {
    endorsement: toEndorsementView(row),
    version: {
      programmeId: version.programmeId,
      programmeTitle: version.programme.title,
      versionId: version.id,
      number: version.number,
      title: version.title,
      status: version.status,
      countyName: version.county.name,
      contentHash: version.contentHash,
      kind: version.kind,
      supersedesNumber: version.supersedes?.number ?? null,
    },
    canDecide: version.status === "ENDORSEMENT" && row.current === true && row.required && can(actor, "endorsement.decide", scope),
    isDelegated,
    // The beslutsunderlag is the version as sent: only once the content is frozen.
    hasDecisionBasis: version.status !== "DRAFT" && version.status !== "CONSULTATION" && version.status !== "WITHDRAWN",
    ...view,
  };
}

export async function loadMyEndorsements(): Promise<MyEndorsement[]> {
  const actor = await requireActor();
  return listEndorsementRequests(actor.memberships.map((m) => m.organisationId));
}

/**
 * The minutes extract of a decision, byte for byte. Public once the version is public (the decision
 * is shown there); before that only to the organisation's members and the county's coordinators.
 */
export async function loadMinutesFile(endorsementId: string) {
  const found = await findMinutes(endorsementId);
  if (found === null || found.minutesFile === null) return null;
  if (!isPublic(found.version.status)) {
    const actor = await getCurrentActor();
    const allowed = actor !== null && (isMemberOfOrganisation(actor, found.organisationId) || isCoordinatorOfCounty(actor, found.version.countyId));
    if (!allowed) return null;
  }
  return { ...found.minutesFile, isPublic: isPublic(found.version.status) };
}

