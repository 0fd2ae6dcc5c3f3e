import "server-only";
import { countiesWhere, mayReadDecisionBasis, organisationsWhere } from "@/lib/auth/policy";
import { getCurrentActor } from "@/lib/auth/session";
import { findEndorsementSubject, findInvitationSubject, findSentVersion, type SubjectScope } from "@/lib/decision-basis/data";
import type {
  ChangesForOrganisation,
  DecisionBasisFile,
  DecisionBasisPdfLabels,
  IndicatorAspect,
  IndicatorChangeView,
  IndicatorView,
  ItemFieldChange,
  ItemRole,
  OrganisationItemChange,
  OrganisationVersionView,
  ResponsibilityChangeView,
  TimeframeView,
} from "@/lib/decision-basis/types";
import { computeContentHash, type ContentHashIndicator, type ContentHashInput, type ContentHashItem } from "@/lib/programmes/content-hash";
import { findSuccessorsForContent } from "@/lib/organisations/data";
import { loadProgrammeContents } from "@/lib/programmes/data";
import { diffForOrganisation, diffVersions, type FieldChange, type IndicatorChange, type IndicatorField, type ItemDiff, type ResponsibilityChange, type VersionDiff } from "@/lib/programmes/diff";
import type { DiffNames } from "@/lib/programmes/types";
import { renderVersionPdf, type PdfLabels } from "@/lib/publications/pdf";
import type { Actor } from "@/lib/users/types";

/*
 * "Det här har ändrats för <organisation>" and the beslutsunderlag PDF. The page loaders of the
 * decision page and the remiss page call loadChangesForOrganisation after their own authorization;
 * the PDF loaders authorize here (members of the organisation, the county's coordinators).
 */

// ───────────── The view model (pure) ─────────────

const isoDate = (date: Date | null) => (date === null ? null : date.toISOString().slice(0, 10));

function roleOf(item: ContentHashItem, organisationId: string): ItemRole | null {
  const link = item.organisations.find((o) => o.organisationId === organisationId);
  if (link === undefined) return null;
  return link.lead === true ? "LEAD" : link.role === "PARTNER" ? "PARTNER" : "RESPONSIBLE";
}

function timeframeOf(item: ContentHashItem): TimeframeView {
  return { kind: item.timeframeKind, startYear: item.startYear, endYear: item.endYear, startDate: isoDate(item.startDate), endDate: isoDate(item.endDate) };
}

/** A value with its year, as a reader compares them: "30 % (2025)". */
const withYear = (value: string, year: number | null) => (year === null ? value : value === "" ? `(${year})` : `${value} (${year})`);

function indicatorView(indicator: ContentHashIndicator): IndicatorView {
  return {
    name: indicator.name,
    unit: indicator.unit,
    baseline: withYear(indicator.baseline, indicator.baselineYear),
    target: withYear(indicator.target, indicator.targetYear),
    dataSource: indicator.dataSource,
  };
}

const aspectOf = {
  name: "name",
  unit: "unit",
  baseline: "baseline",
  baselineYear: "baseline",
  target: "target",
  targetYear: "target",
  dataSource: "dataSource",
} as const satisfies Record<IndicatorField, IndicatorAspect>;

function indicatorChangeView(change: IndicatorChange): IndicatorChangeView {
  if (change.kind === "added") return { kind: "added", key: change.stableKey, indicator: indicatorView(change.after) };
  if (change.kind === "removed") return { kind: "removed", key: change.stableKey, indicator: indicatorView(change.before) };
  const before = indicatorView(change.before);
  const after = indicatorView(change.after);
  const aspects = [...new Set(change.fields.map((field) => aspectOf[field]))];
  return { kind: "changed", key: change.stableKey, name: change.after.name, changes: aspects.map((aspect) => ({ aspect, before: before[aspect], after: after[aspect] })) };
}

const roleName = (value: string): "RESPONSIBLE" | "PARTNER" => (value === "PARTNER" ? "PARTNER" : "RESPONSIBLE");

function responsibilityViews(change: ResponsibilityChange | null, organisation: (id: string) => string): ResponsibilityChangeView[] {
  if (change === null) return [];
  return [
    ...change.added.map((o): ResponsibilityChangeView => ({ kind: "added", organisation: organisation(o.organisationId), role: roleName(o.role) })),
    ...change.removed.map((o): ResponsibilityChangeView => ({ kind: "removed", organisation: organisation(o.organisationId), role: roleName(o.role) })),
    ...change.roleChanged.map((o): ResponsibilityChangeView => ({ kind: "roleChanged", organisation: organisation(o.organisationId), before: roleName(o.before), after: roleName(o.after) })),
    ...change.replaced.map((o): ResponsibilityChangeView => ({ kind: "replaced", before: organisation(o.before), after: organisation(o.after), role: roleName(o.role) })),
    ...(change.lead === null
      ? []
      : [{ kind: "leadChanged" as const, before: change.lead.before === null ? null : organisation(change.lead.before), after: change.lead.after === null ? null : organisation(change.lead.after) }]),
  ];
}

const itemFields: readonly ItemFieldChange["field"][] = ["number", "title", "description", "timeframe", "followUpText"];
const isItemField = (change: FieldChange): change is FieldChange & { field: ItemFieldChange["field"] } => itemFields.some((f) => f === change.field);

function itemChangeView(diff: ItemDiff, organisationId: string, organisation: (id: string) => string, focusArea: (key: string) => string): OrganisationItemChange {
  const base = { key: diff.item.stableKey, number: diff.item.number, title: diff.item.title, focusArea: focusArea(diff.item.focusAreaKey) };
  if (diff.kind !== "changed") {
    const item = diff.kind === "added" ? diff.after : diff.before;
    return {
      ...base,
      kind: diff.kind,
      roleBefore: diff.kind === "removed" ? roleOf(item, organisationId) : null,
      roleAfter: diff.kind === "added" ? roleOf(item, organisationId) : null,
      moved: null,
      fields: [],
      indicators: item.indicators.map((indicator) => indicatorChangeView(diff.kind === "added" ? { kind: "added", stableKey: indicator.stableKey, after: indicator } : { kind: "removed", stableKey: indicator.stableKey, before: indicator })),
      responsibility: [],
      description: item.description,
      timeframe: timeframeOf(item),
    };
  }
  return {
    ...base,
    kind: "changed",
    roleBefore: roleOf(diff.before, organisationId),
    roleAfter: roleOf(diff.after, organisationId),
    moved: diff.moved === null ? null : { from: focusArea(diff.moved.fromFocusAreaKey), to: focusArea(diff.moved.toFocusAreaKey) },
    fields: diff.fields.filter(isItemField).map((f) => ({ field: f.field, before: f.before, after: f.after })),
    indicators: diff.indicators.map(indicatorChangeView),
    responsibility: responsibilityViews(diff.responsibility, organisation),
    description: diff.after.description,
    timeframe: timeframeOf(diff.after),
  };
}

/**
 * What changed for one organisation between the version it revises (`before`, null for a first
 * version) and `after`: every action it is named in on either side whose content, indicators,
 * responsibilities or focus area changed, with names instead of ids.
 */
export function buildChangesForOrganisation(input: {
  organisation: { id: string; name: string };
  before: { number: number; content: ContentHashInput } | null;
  after: ContentHashInput;
  names: DiffNames;
  diff: VersionDiff | null;
}): ChangesForOrganisation {
  const { organisation, before, after, names, diff } = input;
  const organisationName = (id: string) => names.organisations[id] ?? id;
  const focusAreaName = (key: string) => names.focusAreas[key] ?? key;
  const items = after.focusAreas.flatMap((area) =>
    area.items.flatMap((item) => {
      const role = roleOf(item, organisation.id);
      return role === null ? [] : [{ key: item.stableKey, number: item.number, title: item.title, focusArea: area.title, role, timeframe: timeframeOf(item), indicators: item.indicators.map(indicatorView) }];
    }),
  );
  return {
    organisationName: organisation.name,
    basisNumber: before?.number ?? null,
    changes: diff === null ? [] : diffForOrganisation(diff, organisation.id).map((d) => itemChangeView(d, organisation.id, organisationName, focusAreaName)),
    items,
    changeSummary: after.changeSummary,
  };
}

// ───────────── Loading for the pages ─────────────

/**
 * The version `number` of a programme, read for `organisation`, against the version it revises.
 * Callers have authorized the actor for this version and organisation already.
 */
export async function loadChangesForOrganisation(
  version: { programmeId: string; countyId: string; number: number },
  organisation: { id: string; name: string },
): Promise<OrganisationVersionView | null> {
  const picked: { basis: number | null } = { basis: null };
  const loaded = await loadProgrammeContents(version.programmeId, [version.countyId], (versions) => {
    const self = versions.find((v) => v.number === version.number);
    picked.basis = self?.supersedesId === null || self === undefined ? null : (versions.find((v) => v.id === self.supersedesId)?.number ?? null);
    return picked.basis === null ? [version.number] : [picked.basis, version.number];
  });
  const after = loaded?.contents.get(version.number);
  if (loaded === null || after === undefined) return null;
  const before = picked.basis === null ? undefined : loaded.contents.get(picked.basis);
  const focusAreas: Record<string, string> = {};
  for (const content of [before, after]) for (const area of content?.content.focusAreas ?? []) focusAreas[area.stableKey] = area.title;
  const names: DiffNames = {
    organisations: Object.fromEntries(loaded.organisations),
    focusAreas,
    nationalStrategies: Object.fromEntries(loaded.versions.map((v) => [v.nationalStrategyId, v.nationalStrategyTitle])),
  };
  const diff = before === undefined ? null : diffVersions(before.content, after.content, { successorOf: await findSuccessorsForContent(before.content) });
  return {
    changes: buildChangesForOrganisation({
      organisation,
      before: before === undefined ? null : { number: before.meta.number, content: before.content },
      after: after.content,
      names,
      diff,
    }),
    readable: { content: after.content, organisations: names.organisations },
    fullDiff: before === undefined || diff === null ? null : { basisNumber: before.meta.number, diff, names },
    contentHash: computeContentHash(after.content),
  };
}

// ───────────── The beslutsunderlag PDF ─────────────

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole: string, key: string) => values[key] ?? whole);

function timeframeText(timeframe: TimeframeView, labels: DecisionBasisPdfLabels): string {
  if (timeframe.kind === "YEARS") return `${timeframe.startYear ?? ""}–${timeframe.endYear ?? ""}`;
  if (timeframe.kind === "DATES") return `${timeframe.startDate ?? ""} – ${timeframe.endDate ?? ""}`;
  return labels.ongoing;
}

function indicatorLine(indicator: IndicatorView, labels: DecisionBasisPdfLabels): string {
  const parts = [`${labels.indicatorAspects.baseline}: ${indicator.baseline || "–"}`, `${labels.indicatorAspects.target}: ${indicator.target || "–"}`];
  return `${indicator.name}. ${parts.join("; ")}`;
}

function responsibilityLine(change: ResponsibilityChangeView, labels: DecisionBasisPdfLabels): string {
  switch (change.kind) {
    case "added":
      return fill(labels.responsibilityAdded, { organisation: change.organisation, role: labels.responsibility[change.role] });
    case "removed":
      return fill(labels.responsibilityRemoved, { organisation: change.organisation, role: labels.responsibility[change.role] });
    case "roleChanged":
      return fill(labels.responsibilityRole, { organisation: change.organisation, before: labels.responsibility[change.before], after: labels.responsibility[change.after] });
    case "leadChanged":
      return fill(labels.leadChanged, { before: change.before ?? labels.none, after: change.after ?? labels.none });
    case "replaced":
      return fill(labels.responsibilityReplaced, { before: change.before, after: change.after, role: labels.responsibility[change.role] });
  }
}

/** The organisation's changes as text entries, for the PDF's preface. */
export function changesAsText(changes: ChangesForOrganisation, labels: DecisionBasisPdfLabels): { title: string; lines: string[] }[] {
  const intro = changes.basisNumber === null ? fill(labels.firstVersion, { organisation: changes.organisationName }) : fill(labels.revisionOf, { number: String(changes.basisNumber) });
  const entries: { title: string; lines: string[] }[] = [{ title: intro, lines: [] }];
  if (changes.basisNumber === null) {
    for (const item of changes.items) {
      entries.push({
        title: `${item.number} ${item.title}`,
        lines: [`${labels.role}: ${labels.roles[item.role]}`, `${labels.focusArea}: ${item.focusArea}`, `${labels.fields.timeframe}: ${timeframeText(item.timeframe, labels)}`, ...item.indicators.map((i) => `${labels.indicator}: ${indicatorLine(i, labels)}`)],
      });
    }
  } else if (changes.changes.length === 0) {
    entries.push({ title: labels.noChanges, lines: [] });
  }
  const fromTo = (label: string, before: string, after: string) => fill(labels.fromTo, { label, before: before || "–", after: after || "–" });
  for (const change of changes.changes) {
    const lines: string[] = [`${labels.focusArea}: ${change.focusArea}`];
    if (change.roleBefore !== change.roleAfter && change.roleBefore !== null && change.roleAfter !== null) lines.push(fromTo(labels.roleChanged, labels.roles[change.roleBefore], labels.roles[change.roleAfter]));
    else {
      const role = change.roleAfter ?? change.roleBefore;
      if (role !== null) lines.push(`${labels.role}: ${labels.roles[role]}`);
    }
    if (change.moved !== null) lines.push(fill(labels.moved, change.moved));
    if (change.kind !== "changed") {
      if (change.description !== "") lines.push(`${labels.fields.description}: ${change.description}`);
      lines.push(`${labels.fields.timeframe}: ${timeframeText(change.timeframe, labels)}`);
    }
    for (const field of change.fields) lines.push(fromTo(labels.fields[field.field], field.before, field.after));
    for (const indicator of change.indicators) {
      if (indicator.kind === "added") lines.push(`${labels.indicatorAdded}: ${indicatorLine(indicator.indicator, labels)}`);
      else if (indicator.kind === "removed") lines.push(`${labels.indicatorRemoved}: ${indicatorLine(indicator.indicator, labels)}`);
      else lines.push(`${labels.indicator}: ${indicator.name}`, ...indicator.changes.map((aspect) => `– ${fromTo(labels.indicatorAspects[aspect.aspect], aspect.before, aspect.after)}`));
    }
    for (const responsibility of change.responsibility) lines.push(responsibilityLine(responsibility, labels));
    entries.push({ title: `${labels.kinds[change.kind]}: ${change.number} ${change.title}`, lines });
  }
  // The coordinator's summary follows in the document itself ("Vad som ändrats i den här versionen").
  return entries;
}

/** Where the caller may look for subjects: their own organisations, and the counties they coordinate. */
function subjectScope(actor: Actor): SubjectScope {
  return { organisationIds: organisationsWhere(actor, "decisionBasis.read"), countyIds: countiesWhere(actor, "programme.viewDraft") };
}

type Subject = { organisationId: string; organisationName: string; version: { id: string; number: number; countyId: string; programmeId: string; contentHash: string | null } };

async function renderDecisionBasis(actor: Actor, subject: Subject | null, pdfLabels: PdfLabels, labels: DecisionBasisPdfLabels): Promise<DecisionBasisFile | null> {
  // Security-critical: the read was scoped already; the named rule decides, and says no by default.
  if (subject === null || !mayReadDecisionBasis(actor, { organisationId: subject.organisationId, countyId: subject.version.countyId })) return null;
  const [version, view] = await Promise.all([
    findSentVersion(subject.version.id, subject.version.countyId),
    loadChangesForOrganisation(subject.version, { id: subject.organisationId, name: subject.organisationName }),
  ]);
  if (version === null || view === null) return null;
  const contentHash = subject.version.contentHash ?? view.contentHash;
  const body = await renderVersionPdf({ ...version, contentHash }, pdfLabels, {
    band: labels.band,
    preface: { heading: fill(labels.heading, { organisation: subject.organisationName }), entries: changesAsText(view.changes, labels) },
  });
  const filename = fill(labels.filename, { programme: version.programme.slug, number: String(version.number) });
  return { body, filename, contentHash };
}

/** The beslutsunderlag of an endorsement request; null (→ 404) for anyone but its organisation's members and the county's coordinators. */
export async function loadEndorsementDecisionBasis(endorsementId: string, pdfLabels: PdfLabels, labels: DecisionBasisPdfLabels): Promise<DecisionBasisFile | null> {
  const actor = await getCurrentActor();
  if (actor === null) return null;
  return renderDecisionBasis(actor, await findEndorsementSubject(endorsementId, subjectScope(actor)), pdfLabels, labels);
}

/** The beslutsunderlag of a remiss invitation while its round is open; same rule as above. */
export async function loadInvitationDecisionBasis(invitationId: string, pdfLabels: PdfLabels, labels: DecisionBasisPdfLabels): Promise<DecisionBasisFile | null> {
  const actor = await getCurrentActor();
  if (actor === null) return null;
  return renderDecisionBasis(actor, await findInvitationSubject(invitationId, subjectScope(actor)), pdfLabels, labels);
}
